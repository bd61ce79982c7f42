/**
 * The options `import-sheet` and `export-sheet` share, read with Node's `util.parseArgs` in strict
 * mode (an unknown option or a missing value is refused, never ignored).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SHEET_LISTS, type SheetList } from '../../../shared/sheets/types';
import { CliInputError } from '../io';

/** Runs `util.parseArgs` strictly, turning its errors into usage errors (exit 2). */
export function strictArgs(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
): { values: SheetValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as SheetValues, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^[A-Z_]+: /, '') : String(error);
    throw new CliInputError(`${message}\n${usage}`);
  }
}

/** Every option's value by name: text, or true for a flag given. */
export type SheetValues = Readonly<Record<string, string | boolean | undefined>>;

/** A text option's value (flags never reach here: parseArgs checked the types). */
export const text = (values: SheetValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

export const SHEET_OPTIONS = {
  db: { type: 'string' },
  membership: { type: 'string' },
  list: { type: 'string' },
  'backup-dir': { type: 'string' },
} as const;

/** The workspace file (which must exist), its backup folder, the membership and the list. */
export function sheetTarget(
  values: {
    db?: string | undefined;
    membership?: string | undefined;
    list?: string | undefined;
    'backup-dir'?: string | undefined;
  },
  cwd: string,
  usage: string,
): { file: string; backupDir: string; membershipId: string; list: SheetList } {
  const db = text(values, 'db');
  const membership = text(values, 'membership');
  if (db === undefined) throw new CliInputError(`--db PATH is required\n${usage}`);
  if (membership === undefined) throw new CliInputError(`--membership ID is required\n${usage}`);
  const list = SHEET_LISTS.find((l) => l === values.list);
  if (list === undefined)
    throw new CliInputError(`--list: expected one of ${SHEET_LISTS.join(', ')}\n${usage}`);
  const file = resolve(cwd, db);
  if (!existsSync(file)) throw new CliInputError(`no workspace database at ${file}`);
  const backupDir = resolve(cwd, text(values, 'backup-dir') ?? join(dirname(file), 'backups'));
  return { file, backupDir, membershipId: membership, list };
}
