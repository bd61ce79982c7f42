/**
 * Crash-test child: the `reenroll` CLI itself, bundled once by electron/sheets/crash.test.ts
 * (which also shows that exceljs and csv-parse bundle and run in an esbuild bundle).
 *
 * usage: node sheet-cli.mjs import-sheet FILE --db PATH --membership ID --list mcps
 */
import { processIo, runCli } from '../../electron/cli/main';

process.exitCode = await runCli(process.argv.slice(2), processIo());
