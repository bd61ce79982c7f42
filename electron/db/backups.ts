/**
 * Backups of the workspace: verified copies taken before every migration and import and once a
 * day, the last seven kept; listing them, restoring one, and setting a broken file aside.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { localToday } from '../../shared/dates';
import { connect } from './connect';
import { integrityOf, membershipCount, verifyBackupFile } from './backup-check';

export { integrityOf } from './backup-check';

export const BACKUPS_KEPT = 7;

export interface BackupOptions {
  readonly backupDir: string;
  readonly now?: () => Date;
  readonly nativeBinding?: string;
}

export interface BackupInfo {
  readonly path: string;
  /** When it was taken (ISO timestamp, UTC). */
  readonly takenAt: string;
  /** Why: `daily`, `before-import`, `before-migration-N`, `before-restore`. */
  readonly reason: string;
  readonly bytes: number;
}

const NAME =
  /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.([a-z0-9-]+)\.sqlite3$/;

/** `2009-08-01T10:20:30.123Z` → `2009-08-01T10-20-30-123Z`: sortable and valid in every file system. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Runs `PRAGMA integrity_check` on a database file; `ok` only when SQLite says exactly "ok". */
export function checkDatabaseFile(
  file: string,
  nativeBinding?: string,
): { readonly ok: boolean; readonly detail: string } {
  let db: Database.Database | undefined;
  try {
    db = connect(file, { nativeBinding, readonly: true });
    return integrityOf(db);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/** A backup copy that failed its check; the copy was deleted and nothing else was changed. */
export class BackupFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup copy failed its check (${detail}); it was deleted and nothing was changed.`);
  }
}

const PARTIAL = /^\.partial-(\d+)-/;

/** Removes copies that a process killed mid-backup left under their temporary names. */
function removeAbandonedCopies(backupDir: string): void {
  for (const name of readdirSync(backupDir)) {
    const pid = Number(PARTIAL.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || (pid !== process.pid && processAlive(pid))) continue;
    // Our own leftovers are from a failed earlier attempt: the copy being written now is not yet named.
    rmSync(join(backupDir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes a file (or, where the system allows, a folder) to disk. */
function flush(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on Windows; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a consistent copy of `db` into the backup folder and prunes to the last seven good
 * ones. The copy is written under a temporary name (VACUUM INTO reads one snapshot, so concurrent
 * writers cannot tear it), flushed, checked — it opens, passes integrity_check and holds the
 * workspace's memberships — and only then renamed into place, so a crash at any moment leaves
 * either a good backup or none. A copy that fails is deleted and `BackupFailedError` is thrown.
 */
export function backupDatabase(
  db: Database.Database,
  options: BackupOptions & { readonly reason: string },
): BackupInfo {
  mkdirSync(options.backupDir, { recursive: true });
  removeAbandonedCopies(options.backupDir);
  // Pruning first too keeps the count bounded when a process is killed between rename and prune.
  pruneBackups(options.backupDir, options.nativeBinding);
  const takenAt = (options.now ?? (() => new Date()))();
  const base = `workspace-${stamp(takenAt)}`;
  // Several backups in one millisecond are numbered, so their order stays the order taken.
  const sameStamp = readdirSync(options.backupDir).filter((name) => name.startsWith(base)).length;
  const sequence = sameStamp === 0 ? '' : `-${sameStamp + 1}`;
  const name = `${base}${sequence}.${options.reason}.sqlite3`;
  const path = join(options.backupDir, name);
  const partial = join(options.backupDir, `.partial-${process.pid}-${name}`);
  const expected = membershipCount(db);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    flush(partial);
    const check = verifyBackupFile(partial, expected, options.nativeBinding);
    if (!check.ok) throw new BackupFailedError(check.detail);
    renameSync(partial, path);
    flush(options.backupDir);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  pruneBackups(options.backupDir, options.nativeBinding);
  return { path, takenAt: takenAt.toISOString(), reason: options.reason, bytes: statSync(path).size };
}

/** Every file named as a backup in the folder, checked or not, newest first. */
export function listBackups(backupDir: string): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  const backups: BackupInfo[] = [];
  const order = new Map<string, number>();
  for (const name of readdirSync(backupDir)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const [, day, hh, mm, ss, ms, sequence, reason] = match;
    const path = join(backupDir, name);
    order.set(path, Number(sequence ?? 1));
    backups.push({
      path,
      takenAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
      reason: reason as string,
      bytes: statSync(path).size,
    });
  }
  const newestFirst = (a: BackupInfo, b: BackupInfo) =>
    a.takenAt === b.takenAt
      ? (order.get(b.path) as number) - (order.get(a.path) as number)
      : b.takenAt.localeCompare(a.takenAt);
  return backups.sort(newestFirst);
}

export interface VerifiedBackup extends BackupInfo {
  readonly memberships: number;
}

/** The backups that pass their check, newest first: the only ones offered, kept or counted. */
export function listVerifiedBackups(backupDir: string, nativeBinding?: string): VerifiedBackup[] {
  return listBackups(backupDir).flatMap((backup) => {
    const check = verifyBackupFile(backup.path, null, nativeBinding);
    return check.ok ? [{ ...backup, memberships: check.memberships }] : [];
  });
}

/**
 * Keeps the newest `BACKUPS_KEPT` good backups, removes older ones, and removes files named as
 * backups that fail their check (an empty or damaged file is no backup). Returns what it removed
 * for failing, with why.
 */
export function pruneBackups(
  backupDir: string,
  nativeBinding?: string,
): { readonly path: string; readonly detail: string }[] {
  const failed: { path: string; detail: string }[] = [];
  let kept = 0;
  for (const backup of listBackups(backupDir)) {
    const check = verifyBackupFile(backup.path, null, nativeBinding);
    if (!check.ok) failed.push({ path: backup.path, detail: check.detail });
    if (check.ok && kept < BACKUPS_KEPT) kept += 1;
    else rmSync(backup.path, { force: true });
  }
  for (const { path, detail } of failed) process.emitWarning(`Removed the damaged backup ${path}: ${detail}`);
  return failed;
}

/** Takes the day's backup unless a good one was already taken today (local date). Call it at start. */
export function ensureDailyBackup(db: Database.Database, options: BackupOptions): BackupInfo | null {
  const now = (options.now ?? (() => new Date()))();
  const today = localToday(now);
  const taken = listVerifiedBackups(options.backupDir, options.nativeBinding);
  if (taken.some((b) => localToday(new Date(b.takenAt)) === today)) return null;
  return backupDatabase(db, { ...options, now: () => now, reason: 'daily' });
}

/** The newest backup that passes its check (never an empty or damaged file), or null. */
export function newestGoodBackup(backupDir: string, nativeBinding?: string): VerifiedBackup | null {
  return listVerifiedBackups(backupDir, nativeBinding)[0] ?? null;
}

/**
 * Renames the database file and its WAL and shared-memory files to `FILE.LABEL-STAMP` (never
 * deletes them). Returns the new path of the main file, or null when there was none.
 */
export function moveAside(file: string, label: string, now: () => Date = () => new Date()): string | null {
  const target = `${file}.${label}-${stamp(now())}`;
  let moved: string | null = null;
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(file + suffix)) continue;
    renameSync(file + suffix, target + suffix);
    if (suffix === '') moved = target;
  }
  return moved;
}

/**
 * Replaces the (closed) database at `file` with a copy of `backupPath`. The file it replaces is
 * moved aside first, never deleted. Refuses a backup that fails `integrity_check`.
 */
export function restoreBackupFile(
  file: string,
  backupPath: string,
  options: BackupOptions,
): { readonly movedAside: string | null } {
  const check = verifyBackupFile(backupPath, null, options.nativeBinding);
  if (!check.ok)
    throw new Error(`The backup ${backupPath} is damaged (${check.detail}); nothing was changed.`);
  const movedAside = moveAside(file, 'before-restore', options.now);
  copyFileSync(backupPath, file);
  return { movedAside };
}
