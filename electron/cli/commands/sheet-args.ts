/**
 * The options `import-sheet` and `export-sheet` share, and the workspace, membership and list
 * they name.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SHEET_LISTS, type SheetList } from '../../../shared/sheets/types';
import { option, requiredOption, type OptionSpec, type ParsedArgs } from '../args';
import { CliInputError } from '../io';
import { WORKSPACE_OPTIONS } from './import';

export const SHEET_OPTIONS: Readonly<Record<'db' | 'membership' | 'list' | 'backup-dir', OptionSpec>> = {
  db: WORKSPACE_OPTIONS.db,
  membership: { value: 'ID', required: true, help: 'The membership whose list is read or written.' },
  list: { value: SHEET_LISTS.join('|'), required: true, help: 'Which list.' },
  'backup-dir': WORKSPACE_OPTIONS['backup-dir'],
};

/** The workspace file (which must exist), its backup folder, the membership and the list. */
export function sheetTarget(
  args: ParsedArgs,
  cwd: string,
): { file: string; backupDir: string; membershipId: string; list: SheetList } {
  const list = SHEET_LISTS.find((l) => l === option(args, 'list'));
  if (list === undefined) throw new CliInputError(`--list: Expected one of ${SHEET_LISTS.join(', ')}`);
  const file = resolve(cwd, requiredOption(args, 'db'));
  if (!existsSync(file)) throw new CliInputError(`no workspace database at ${file}`);
  const backupDir = resolve(cwd, option(args, 'backup-dir') ?? join(dirname(file), 'backups'));
  return { file, backupDir, membershipId: requiredOption(args, 'membership'), list };
}
