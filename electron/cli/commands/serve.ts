/**
 * `reenroll serve [--db PATH] [--port N]`: the app in a browser, for machines where Electron
 * cannot run. Runs until interrupted; prints the one URL (with this run's token) to open.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from '../args';
import { CliInputError, EXIT_OK, type Command } from '../io';
import { userDataDir, workspacePaths } from '../data-dir';
import { openWorkspace } from '../../db/open';
import { RULESET_OPTION, rulesetOption } from '../ruleset-option';
import { startBridge } from '../../server/bridge';
import { createPreviewStore } from '../../services/previews';
import { createWorkerClient } from '../../worker/client';
import { relayPreviewsToBridge } from '../../worker/previews-relay';
import { startThread } from '../../worker/threads';

/** The repository root, from the source file or from the bundle in dist/cli. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const serve: Command = {
  spec: {
    name: 'serve',
    summary: 'Serve the app and its handlers on 127.0.0.1 for a browser, until interrupted.',
    positionals: [],
    options: {
      db: { value: 'PATH', help: "The workspace database (default: the desktop app's)." },
      port: { value: 'N', help: 'The port (default: any free port).' },
      ruleset: RULESET_OPTION,
    },
  },
  run: async (parsed, io) => {
    const portText = option(parsed, 'port') ?? '0';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65_535)
      throw new CliInputError(`--port: Expected a port number 0–65535`);

    const ruleset = await rulesetOption(parsed, io.cwd);
    const root = packageRoot();
    const rendererDir = join(root, 'dist', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new Error(`the renderer is not built (${rendererDir}); run \`npm run build\` first`);
    }
    const dbOption = option(parsed, 'db');
    const defaults = workspacePaths(userDataDir());
    const dbFile = dbOption ? resolve(io.cwd, dbOption) : defaults.dbFile;
    const backupDir = dbOption ? join(dirname(dbFile), 'backups') : defaults.backupDir;

    // Opened here first so a file that cannot be opened (too new, damaged) is said at once, here.
    openWorkspace(dbFile, { backupDir }).close();
    // The handlers run in the database worker, so an import never holds up the server's thread:
    // its progress events and every other request get through while it runs.
    const worker = createWorkerClient(
      startThread(join(root, 'dist', 'electron', 'db-worker.cjs'), {
        file: dbFile,
        backupDir,
        samplePath: join(root, 'examples', 'fabrikam.json'),
        ruleset,
      }),
    );
    worker.onCrash((code) => io.stderr(`The database worker stopped (exit code ${code}); restarted.\n`));
    const previews = createPreviewStore();
    const bridge = await startBridge({
      ...relayPreviewsToBridge(worker, previews),
      previews,
      rendererDir,
      port,
      log: (error) => io.stderr(`${String(error)}\n`),
    });
    io.stdout(`Partner Re-enrollment Wizard — workspace ${dbFile}\nOpen ${bridge.url}\n(Ctrl+C to stop)\n`);

    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await bridge.close();
    worker.close();
    return EXIT_OK;
  },
};
