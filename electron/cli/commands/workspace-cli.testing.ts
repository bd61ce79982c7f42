/** Running the CLI in-process in a temporary folder, for the import and export tests. */
import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { runCli } from '../main';
import type { CliIo } from '../io';
import { tempDir } from '../../db/testing';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the CLI in-process in a fresh folder, capturing what it prints. */
export function cliRunner() {
  const cwd = tempDir();
  dirs.push(cwd);
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      stdoutIsTty: false,
      now: () => new Date('2009-08-01T10:00:00Z'),
      cwd,
    };
    const code = await runCli(argv, io);
    return { code, stdout, stderr };
  };
  return { cwd, run };
}
