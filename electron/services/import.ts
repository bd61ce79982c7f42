/**
 * Importing an interchange document into the workspace: validate the whole file first, refuse
 * or resolve conflicting membership ids as the caller chose, back up, then write everything in
 * ONE transaction — all or nothing.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { parseInterchange, parseInterchangeText } from '../../shared/interchange/parse';
import type { InterchangeDocument, Membership } from '../../shared/interchange/schema';
import { matchMemberships, membershipLabel } from '../../shared/interchange/same-membership';
import { namedProblems } from '../../shared/interchange/problem-names';
import {
  MAX_WORKSPACE_FILE_BYTES,
  megabytes,
  type ImportConflict,
  type MembershipSide,
} from '../../shared/ipc/errors';
import type { ConflictPolicy, ImportSummary } from '../../shared/ipc/contract';
import { parseInSteps } from './parse-in-steps';
import { backupDatabase, type BackupOptions } from '../db/backups';
import {
  deleteMembership,
  insertMembership,
  membershipPosition,
  nextMembershipPosition,
} from '../db/membership-write';
import { plucked, statement } from '../db/statements';
import { ImportConflictError, UserFacingError } from './dispatch';
import { documentValidatorFor } from '../validation/compiled';
import { illFormedText } from './well-formed';
import { decodeUtf8 } from '../../shared/text/utf8';
import { readWhole } from './read-whole';

/**
 * The largest interchange file accepted, in bytes: `MAX_WORKSPACE_FILE_BYTES` (80 MiB), the one
 * limit the contract and the bridge use too. Reading, parsing and validating needs about five
 * times the file's size in memory; the largest synthetic workspace (200 memberships, 100,000
 * MCPs) exports to 72 MiB with indentation and imports in about 350 MB. Larger files are refused
 * from their size alone, before a byte is read.
 */
export const MAX_IMPORT_BYTES = MAX_WORKSPACE_FILE_BYTES;

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
    throw new ImportFileError(`Cannot read ${path}: ${reasonOf(error as NodeJS.ErrnoException)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      throw new ImportFileError(`${path} is a folder, not a file. Choose a workspace file (.json) in it.`);
    if (!stat.isFile())
      throw new ImportFileError(
        `${path} is not a file (it is a device, a pipe or a socket). Choose a workspace file (.json).`,
      );
    const { size } = stat;
    if (size > limit) throw tooLarge(path, size, limit);
    const bytes = readWhole(fd, size);
    if (bytes.length > size) throw tooLarge(path, bytes.length, limit);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) throw new ImportFileError(`${path}: ${decoded.message}`);
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be opened, in words (the system's code in brackets for a search). */
function reasonOf(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOENT: 'there is no such file',
    EACCES: 'you do not have permission to read it',
    EPERM: 'you do not have permission to read it',
  };
  const code = error.code ?? '';
  return `${words[code] ?? 'the system refused'} (${code || String(error)}).`;
}

function tooLarge(path: string, size: number, limit: number): ImportFileError {
  return new ImportFileError(
    `${path} is ${megabytes(size)}; the largest file that can be imported is ${megabytes(limit)}. ` +
      'Export fewer memberships per file and import them one file at a time.',
  );
}

const FAILED = Symbol('not JSON');

/**
 * The text of a file the window sent as its bytes, decoded strictly: bytes that are not UTF-8
 * are refused naming the offset (browser mode's client refuses them with the same sentence).
 */
export function importFileText(file: string | Uint8Array): string {
  if (typeof file === 'string') return file;
  const decoded = decodeUtf8(file);
  if (!decoded.ok) throw new UserFacingError('validation', decoded.message);
  return decoded.text;
}

/**
 * Parses interchange text, throwing a UserFacingError listing every problem with its JSON path.
 * `phase` hears each step as it starts, and how far reading the memberships has gone.
 */
export function parseImportText(
  text: string,
  phase?: (what: string, done?: number, total?: number) => void,
): InterchangeDocument {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new UserFacingError(
      'too-large',
      `The file is ${megabytes(bytes)}; the largest file that can be imported is ${megabytes(MAX_IMPORT_BYTES)}.`,
      [{ path: 'text', message: `The file is larger than ${megabytes(MAX_IMPORT_BYTES)}` }],
    );
  }
  // Each phase takes a few hundred milliseconds on a large file: each is reported as it starts.
  phase?.('Reading the file');
  let data: unknown;
  try {
    data = phase
      ? parseInSteps(text, (done, total) => phase('Reading memberships', done, total))
      : JSON.parse(text);
  } catch {
    data = FAILED;
  }
  phase?.('Checking the file');
  const parsed =
    data === FAILED
      ? parseInterchangeText(text) // names the JSON error the way every reader of files does
      : parseInterchange(
          data,
          documentValidatorFor(text, phase && ((done, total) => phase('Checking memberships', done, total))),
        );
  if (parsed.ok) phase?.('Checking the text');
  const found = parsed.ok ? illFormedText(parsed.value) : parsed.problems;
  if (!parsed.ok || found.length > 0) {
    // The parser names the membership of each problem; ill-formed text is named from the value.
    const problems = parsed.ok ? namedProblems(found, parsed.value) : found;
    const names = [...new Set(problems.flatMap((p) => (p.membership ? [p.membership] : [])))];
    const count = problems.length;
    const where =
      names.length > 0 ? ` in ${names.slice(0, 3).join('; ')}${names.length > 3 ? ' and others' : ''}` : '';
    throw new UserFacingError(
      'validation',
      `The file was not imported: ${count} problem${count === 1 ? '' : 's'} found${where}. Nothing was changed.`,
      problems,
    );
  }
  return parsed.value;
}

/** The ids of every membership in the workspace. */
export function membershipIds(db: Database.Database): Set<string> {
  return new Set(plucked<[], string>(db, 'SELECT id FROM memberships').all());
}

/**
 * A new membership id that is not in `taken` (then added to it). Random, so ids from different
 * workspaces do not collide by chance the way `m-1`, `m-2`, … did; ids still carry no meaning
 * across files (DESIGN §4).
 */
export function freshMembershipId(taken: Set<string>): string {
  for (;;) {
    const id = `m-${randomBytes(8).readBigUInt64BE().toString(36).slice(0, 10)}`;
    if (taken.has(id)) continue;
    taken.add(id);
    return id;
  }
}

function workspaceSides(db: Database.Database): MembershipSide[] {
  return statement(
    db,
    `SELECT id, organization_name AS organization, location, partner_id AS partnerId
       FROM memberships ORDER BY position`,
  ).all() as MembershipSide[];
}

const fileSide = (m: Membership): MembershipSide => ({
  id: m.id,
  organization: m.organization.name,
  location: m.organization.location ?? null,
  partnerId: m.organization.partnerId ?? null,
});

function conflictError(conflicts: readonly ImportConflict[], fileMemberships: number): ImportConflictError {
  const names = conflicts.map((c) => membershipLabel(c.workspace)).join('; ');
  const one = conflicts.length === 1;
  return new ImportConflictError(
    `The workspace already has ${one ? 'a membership' : `${conflicts.length} memberships`} in this file: ${names}. ` +
      `Choose to replace ${one ? 'it' : 'them'} with the file's or to import ${one ? 'it' : 'them'} as new. ` +
      'Nothing was changed.',
    conflicts,
    fileMemberships,
  );
}

/**
 * Imports a validated document. A membership of the file that is the same as one in the
 * workspace (same partner id, or same organization and location) is a conflict: `refuse` throws
 * an ImportConflictError naming both sides, `replace` puts the file's in its place (keeping the
 * workspace's id and position), `new` adds it beside. Every other membership is added; one whose
 * id is already taken by an unrelated membership gets a fresh id and never replaces anything.
 */
export function importDocument(
  db: Database.Database,
  doc: InterchangeDocument,
  options: BackupOptions & {
    readonly onConflict: ConflictPolicy;
    /** Called after each membership is written (inside the transaction). */
    readonly onProgress?: (done: number, total: number) => void;
  },
): ImportSummary {
  const conflicts = matchMemberships(doc.memberships.map(fileSide), workspaceSides(db));
  if (conflicts.length > 0 && options.onConflict === 'refuse')
    throw conflictError(conflicts, doc.memberships.length);
  const replacing = new Map(
    options.onConflict === 'replace' ? conflicts.map((c) => [c.index, c.workspace.id] as const) : [],
  );
  const backup = backupDatabase(db, { ...options, reason: 'before-import' });
  const summary = {
    added: [] as string[],
    replaced: [] as string[],
    renamed: [] as { from: string; to: string }[],
  };
  db.transaction(() => {
    const taken = membershipIds(db);
    let next = nextMembershipPosition(db);
    doc.memberships.forEach((membership, index) => {
      const replaced = replacing.get(index);
      if (replaced !== undefined) {
        const position = membershipPosition(db, replaced) as number;
        deleteMembership(db, replaced);
        insertMembership(db, { ...membership, id: replaced }, position);
        summary.replaced.push(replaced);
        options.onProgress?.(index + 1, doc.memberships.length);
        return;
      }
      const id = taken.has(membership.id) ? freshMembershipId(taken) : membership.id;
      taken.add(id);
      insertMembership(db, { ...membership, id }, next++);
      summary.added.push(id);
      if (id !== membership.id) summary.renamed.push({ from: membership.id, to: id });
      options.onProgress?.(index + 1, doc.memberships.length);
    });
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
  options: BackupOptions & {
    /** Called after each membership is written (inside the transaction). */
    readonly onProgress?: (done: number, total: number) => void;
  },
): ImportSummary {
  const backup = backupDatabase(db, { ...options, reason: 'before-restore' });
  const existing = membershipIds(db);
  db.transaction(() => {
    statement(db, 'DELETE FROM memberships').run();
    doc.memberships.forEach((membership, index) => {
      insertMembership(db, membership, index);
      options.onProgress?.(index + 1, doc.memberships.length);
    });
  })();
  return {
    added: doc.memberships.filter((m) => !existing.has(m.id)).map((m) => m.id),
    replaced: doc.memberships.filter((m) => existing.has(m.id)).map((m) => m.id),
    renamed: [],
    backupPath: backup.path,
  };
}

/** The sample workspace's text (examples/fabrikam.json); a file that cannot be read is refused. */
export function readSampleFile(path: string): string {
  try {
    return readImportFile(path);
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw new UserFacingError('not-found', `The sample workspace could not be opened (${error.message}).`);
    }
    throw error;
  }
}
