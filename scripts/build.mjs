// Builds everything the app, the CLI and browser mode run: the renderer (Vite) into
// dist/renderer, the Electron main and preload (esbuild, CommonJS as sandboxed preloads require)
// into dist/electron, and the CLI into dist/cli.
import { rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
};

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// Vite empties dist/renderer; esbuild never empties its outputs, and the CLI's chunks are named
// by hash: without this, every build would leave the last one's chunks beside its own.
for (const dir of ['dist/electron', 'dist/cli']) rmSync(dir, { recursive: true, force: true });
await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
  }),
  // The database worker (plain Node): a utilityProcess in the app, a worker thread in Node.
  // dist/electron/** is packaged, better-sqlite3 stays external and unpacked from the asar.
  esbuild({
    ...common,
    entryPoints: ['electron/worker/db-worker.ts'],
    outfile: 'dist/electron/db-worker.cjs',
    format: 'cjs',
  }),
  esbuild({
    ...common,
    entryPoints: { reenroll: 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // Each command's code (exceljs for the sheet commands, SQLite for the workspace ones) in its
    // own chunk, loaded when the command runs, so `evaluate` and `--help` start as fast as before.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // better-sqlite3 is CommonJS; give the ESM bundle a require() to load it with.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
]);
console.log('built dist/renderer, dist/electron, dist/cli');
