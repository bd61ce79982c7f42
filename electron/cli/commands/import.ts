/**
 * `reenroll import FILE --db PATH [--on-conflict refuse|replace|new] [--backup-dir DIR]`: the
 * whole file is validated first, then the database backed up, then everything written in one
 * transaction. Invalid input exits 2 with one `path: message` line per problem on stderr.
 */
import { dirname, join, resolve } from 'node:path';
import type { InterchangeDocument } from '../../../shared/interchange/schema';
import { conflictPolicySchema } from '../../../shared/ipc/contract';
import { describeProblems } from '../../../shared/validation';
import { openWorkspace } from '../../db/open';
import { ImportConflictError, UserFacingError } from '../../services/dispatch';
import { membershipLabel } from '../../../shared/interchange/same-membership';
import type { ImportConflict } from '../../../shared/ipc/errors';
import { ImportFileError, importDocument, parseImportText, readImportFile } from '../../services/import';
import { option, requiredOption, type OptionSpec, type ParsedArgs } from '../args';
import { CliInputError, EXIT_INVALID, EXIT_OK, type Command } from '../io';

/** The options naming the workspace database, shared by import and export. */
export const WORKSPACE_OPTIONS: Readonly<Record<'db' | 'backup-dir', OptionSpec>> = {
  db: { value: 'PATH', required: true, help: 'The workspace database (SQLite file).' },
  'backup-dir': { value: 'DIR', help: 'Where backups go (default: backups/ beside the database).' },
};

/** The database path from `--db`, and where its backups go (`--backup-dir`, else `backups/` beside it). */
export function workspacePaths(args: ParsedArgs, cwd: string) {
  const file = resolve(cwd, requiredOption(args, 'db'));
  const backupDir = resolve(cwd, option(args, 'backup-dir') ?? join(dirname(file), 'backups'));
  return { file, backupDir };
}

/** `memberships[0]: "Contoso (Dublin)" is "Contoso Ltd (Dublin)" in the workspace (same partner ID)`: names, not ids. */
function describeConflict(c: ImportConflict): string {
  const why = c.matchedBy === 'partnerId' ? 'same partner ID' : 'same organization and location';
  return (
    `memberships[${c.index}]: "${membershipLabel(c.file)}" is "${membershipLabel(c.workspace)}" ` +
    `in the workspace (${why})\n`
  );
}

export const importCommand: Command = {
  spec: {
    name: 'import',
    summary:
      'Import an interchange file into the workspace: validated first, backed up, then written in one transaction.',
    positionals: ['FILE'],
    options: {
      db: WORKSPACE_OPTIONS.db,
      'on-conflict': {
        value: 'refuse|replace|new',
        help: 'What to do with memberships the workspace already has (default: refuse).',
      },
      'backup-dir': WORKSPACE_OPTIONS['backup-dir'],
    },
  },
  run: async (args, io) => {
    const input = args.positionals[0] as string;
    const policy = conflictPolicySchema.safeParse(option(args, 'on-conflict') ?? 'refuse');
    if (!policy.success) throw new CliInputError('--on-conflict: Expected one of refuse, replace, new');
    const { file, backupDir } = workspacePaths(args, io.cwd);

    let text: string;
    try {
      text = readImportFile(resolve(io.cwd, input));
    } catch (error) {
      if (error instanceof ImportFileError) throw new CliInputError(error.message);
      throw error;
    }
    let doc: InterchangeDocument;
    try {
      doc = parseImportText(text);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      io.stderr(`reenroll import: ${input}: ${error.message}\n${describeProblems(error.problems ?? [])}\n`);
      return EXIT_INVALID;
    }

    const db = openWorkspace(file, { backupDir, now: io.now });
    try {
      const summary = importDocument(db, doc, { backupDir, now: io.now, onConflict: policy.data });
      const list = (ids: readonly string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');
      io.stdout(
        `imported ${input} into ${file}\n` +
          `added: ${summary.added.length}${list(summary.added)}\n` +
          `replaced: ${summary.replaced.length}${list(summary.replaced)}\n` +
          summary.renamed.map((r) => `renamed: ${r.from} -> ${r.to}\n`).join('') +
          `backup: ${summary.backupPath}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ImportConflictError)) throw error;
      const hint =
        '\nUse --on-conflict replace to overwrite them, or --on-conflict new to import them as new memberships.';
      io.stderr(
        `reenroll import: ${error.message}${hint}\n${error.conflicts.map(describeConflict).join('')}`,
      );
      return EXIT_INVALID;
    } finally {
      db.close();
    }
  },
};
