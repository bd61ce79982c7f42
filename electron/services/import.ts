/**
 * Importing an interchange document into the workspace: validate the whole file first, refuse
 * or resolve conflicting membership ids as the caller chose, back up, then write everything in
 * ONE transaction — all or nothing.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { parseInterchangeText } from '../../shared/interchange/parse';
import type { InterchangeDocument } from '../../shared/interchange/schema';
import type { ConflictPolicy, ImportSummary } from '../../shared/ipc/contract';
import { backupDatabase, type BackupOptions } from '../db/backups';
import {
  deleteMembership,
  insertMembership,
  membershipPosition,
  nextMembershipPosition,
} from '../db/membership-write';
import { statement } from '../db/statements';
import { UserFacingError } from './dispatch';
import { illFormedText } from './well-formed';
import { readWhole } from './read-whole';

/**
 * The largest interchange file accepted, in bytes (80 MiB). Reading, parsing and validating
 * needs about five times the file's size in memory; the largest synthetic workspace (200
 * memberships, 100,000 MCPs) exports to 72 MiB with indentation and imports in about 350 MB.
 * Larger files are refused from their size alone, before a byte is read.
 */
export const MAX_IMPORT_BYTES = 80 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file too large or unreadable to import; its message names the file and the limit. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

/**
 * Reads an interchange file as UTF-8 text, refusing one larger than `limit` from its size alone,
 * before reading a byte of it.
 */
export function readImportFile(path: string, limit: number = MAX_IMPORT_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new ImportFileError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    const { size } = fstatSync(fd);
    if (size > limit) throw tooLarge(path, size, limit);
    const bytes = readWhole(fd, size);
    if (bytes.length > size) throw tooLarge(path, bytes.length, limit);
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number, limit: number): ImportFileError {
  return new ImportFileError(
    `${path} is ${megabytes(size)}; the largest file that can be imported is ${megabytes(limit)}. ` +
      'Export fewer memberships per file and import them one file at a time.',
  );
}

/** Parses interchange text, throwing a UserFacingError listing every problem with its JSON path. */
export function parseImportText(text: string): InterchangeDocument {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new UserFacingError(
      `The file is ${megabytes(bytes)}; the largest file that can be imported is ${megabytes(MAX_IMPORT_BYTES)}.`,
      [{ path: 'text', message: `larger than ${megabytes(MAX_IMPORT_BYTES)}` }],
    );
  }
  const parsed = parseInterchangeText(text);
  const problems = parsed.ok ? illFormedText(parsed.value) : parsed.problems;
  if (!parsed.ok || problems.length > 0) {
    const count = problems.length;
    throw new UserFacingError(
      `The file was not imported: ${count} problem${count === 1 ? '' : 's'} found. Nothing was changed.`,
      problems,
    );
  }
  return parsed.value;
}

/** The ids of every membership in the workspace. */
export function membershipIds(db: Database.Database): Set<string> {
  return new Set(statement(db, 'SELECT id FROM memberships').pluck().all() as string[]);
}

/** `m-N` with the smallest N not in `taken` (the same scheme the parser uses), added to `taken`. */
export function freshMembershipId(taken: Set<string>): string {
  let n = 1;
  while (taken.has(`m-${n}`)) n += 1;
  const id = `m-${n}`;
  taken.add(id);
  return id;
}

/** Imports a validated document. Throws a UserFacingError naming the ids when `refuse` meets a conflict. */
export function importDocument(
  db: Database.Database,
  doc: InterchangeDocument,
  options: BackupOptions & { readonly onConflict: ConflictPolicy },
): ImportSummary {
  const existing = membershipIds(db);
  const conflicts = doc.memberships
    .map((m, index) => ({ id: m.id, index }))
    .filter((m) => existing.has(m.id));
  if (conflicts.length > 0 && options.onConflict === 'refuse') {
    const ids = conflicts.map((c) => `"${c.id}"`).join(', ');
    throw new UserFacingError(
      `The workspace already has ${conflicts.length === 1 ? 'a membership' : 'memberships'} with id ${ids}. ` +
        'Choose to replace them or to import them as new memberships. Nothing was changed.',
      conflicts.map((c) => ({
        path: `memberships[${c.index}].id`,
        message: `a membership with id "${c.id}" is already in the workspace`,
      })),
    );
  }
  const backup = backupDatabase(db, { ...options, reason: 'before-import' });
  const summary = {
    added: [] as string[],
    replaced: [] as string[],
    renamed: [] as { from: string; to: string }[],
  };
  db.transaction(() => {
    const taken = new Set([...existing, ...doc.memberships.map((m) => m.id)]);
    let next = nextMembershipPosition(db);
    for (const membership of doc.memberships) {
      const position = existing.has(membership.id) ? membershipPosition(db, membership.id) : null;
      if (position === null) {
        insertMembership(db, membership, next++);
        summary.added.push(membership.id);
      } else if (options.onConflict === 'replace') {
        deleteMembership(db, membership.id);
        insertMembership(db, membership, position);
        summary.replaced.push(membership.id);
      } else {
        const id = freshMembershipId(taken);
        insertMembership(db, { ...membership, id }, next++);
        summary.added.push(id);
        summary.renamed.push({ from: membership.id, to: id });
      }
    }
  })();
  return { ...summary, backupPath: backup.path };
}

/**
 * Restores the workspace from an interchange document: after a backup, every membership is
 * replaced by the document's, in one transaction. Settings are kept.
 */
export function restoreWorkspace(
  db: Database.Database,
  doc: InterchangeDocument,
  options: BackupOptions,
): ImportSummary {
  const backup = backupDatabase(db, { ...options, reason: 'before-restore' });
  const existing = membershipIds(db);
  db.transaction(() => {
    statement(db, 'DELETE FROM memberships').run();
    doc.memberships.forEach((membership, index) => insertMembership(db, membership, index));
  })();
  return {
    added: doc.memberships.filter((m) => !existing.has(m.id)).map((m) => m.id),
    replaced: doc.memberships.filter((m) => existing.has(m.id)).map((m) => m.id),
    renamed: [],
    backupPath: backup.path,
  };
}
