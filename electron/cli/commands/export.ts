/**
 * `reenroll export --db PATH [--out FILE]`: the whole workspace as an interchange document, on
 * stdout or written to FILE (through a temporary file and a rename, so FILE is never half-written).
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toInterchange } from '../../../shared/interchange/parse';
import { loadMemberships } from '../../db/membership-read';
import { openWorkspace } from '../../db/open';
import { option } from '../args';
import { CliInputError, EXIT_OK, type Command } from '../io';
import { WORKSPACE_OPTIONS, workspacePaths } from './import';

export const exportCommand: Command = {
  spec: {
    name: 'export',
    summary: 'Export the whole workspace as one interchange file (to stdout without --out).',
    positionals: [],
    options: {
      db: WORKSPACE_OPTIONS.db,
      out: { value: 'FILE', help: 'Write to this file (never half-written) instead of stdout.' },
      'backup-dir': WORKSPACE_OPTIONS['backup-dir'],
    },
  },
  run: async (args, io) => {
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
  },
};
