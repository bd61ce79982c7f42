#!/usr/bin/env node
// The `reenroll` command. Runs the bundle that `npm install` builds (prepare → build); runs the
// TypeScript source through tsx where it was never built, or when REENROLL_FROM_SOURCE=1.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'reenroll.mjs');
let entry = bundle;
if (process.env.REENROLL_FROM_SOURCE === '1' || !existsSync(bundle)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = join(root, 'electron', 'cli', 'main.ts');
}
const { runCli, processIo } = await import(pathToFileURL(entry).href);
process.exitCode = await runCli(process.argv.slice(2), processIo());
