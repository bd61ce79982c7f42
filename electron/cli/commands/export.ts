/**
 * `reenroll export --db PATH [--out FILE]`: the whole workspace as an interchange document, on
 * stdout or written to FILE (through a temporary file and a rename, so FILE is never half-written).
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toInterchange } from '../../../shared/interchange/parse';
import { loadMemberships } from '../../db/membership-read';
import { openWorkspace } from '../../db/open';
import { option, parseArgs } from '../args';
import { CliInputError, EXIT_OK, type Command } from '../io';
import { workspacePaths } from './import';

export const exportCommand: Command = async (argv, io) => {
  const args = parseArgs(argv, { valued: ['db', 'out', 'backup-dir'] });
  if (args.positionals.length > 0) {
    throw new CliInputError(
      `unexpected argument "${args.positionals[0]}"\nusage: reenroll export --db PATH [--out FILE]`,
    );
  }
  const { file, backupDir } = workspacePaths(args, io.cwd);
  if (!existsSync(file)) throw new CliInputError(`no workspace database at ${file}`);

  const db = openWorkspace(file, { backupDir, now: io.now });
  let text: string;
  let count: number;
  try {
    const memberships = loadMemberships(db);
    count = memberships.length;
    text = `${JSON.stringify(toInterchange(memberships), null, 2)}\n`;
  } finally {
    db.close();
  }

  const out = option(args, 'out');
  if (out === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, out);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flush: true });
  renameSync(temporary, target);
  io.stdout(`exported ${count} membership${count === 1 ? '' : 's'} to ${target}\n`);
  return EXIT_OK;
};
