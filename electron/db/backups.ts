/**
 * Backups of the workspace: verified copies taken before every migration and import and once a
 * day, the last seven kept; listing them, restoring one, and setting a broken file aside.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { localToday } from '../../shared/dates';
import { connect } from './connect';

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

/** `PRAGMA integrity_check` on an open connection. */
export function integrityOf(db: Database.Database): { readonly ok: boolean; readonly detail: string } {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const detail = rows.map((row) => row.integrity_check).join('; ');
  return { ok: detail === 'ok', detail };
}

/**
 * Writes a consistent copy of `db` into the backup folder (VACUUM INTO reads one snapshot, so
 * concurrent writers cannot tear it), verifies it, and prunes to the last seven.
 */
export function backupDatabase(
  db: Database.Database,
  options: BackupOptions & { readonly reason: string },
): BackupInfo {
  mkdirSync(options.backupDir, { recursive: true });
  const takenAt = (options.now ?? (() => new Date()))();
  const base = `workspace-${stamp(takenAt)}`;
  // Several backups in one millisecond are numbered, so their order stays the order taken.
  const sameStamp = readdirSync(options.backupDir).filter((name) => name.startsWith(base)).length;
  const sequence = sameStamp === 0 ? '' : `-${sameStamp + 1}`;
  const path = join(options.backupDir, `${base}${sequence}.${options.reason}.sqlite3`);
  db.prepare('VACUUM INTO ?').run(path);
  const check = checkDatabaseFile(path, options.nativeBinding);
  if (!check.ok) {
    // Our own unusable copy: removing it loses nothing, keeping it would be offered as "good".
    rmSync(path, { force: true });
    throw new Error(`The backup copy failed its integrity check (${check.detail}); nothing was changed.`);
  }
  pruneBackups(options.backupDir);
  return { path, takenAt: takenAt.toISOString(), reason: options.reason, bytes: statSync(path).size };
}

/** Every backup in the folder, newest first. */
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

/** Keeps the newest `BACKUPS_KEPT` backups and removes older ones. */
export function pruneBackups(backupDir: string): void {
  for (const old of listBackups(backupDir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
}

/** Takes the day's backup unless one was already taken today (local date). Call it at start. */
export function ensureDailyBackup(db: Database.Database, options: BackupOptions): BackupInfo | null {
  const now = (options.now ?? (() => new Date()))();
  const today = localToday(now);
  if (listBackups(options.backupDir).some((b) => localToday(new Date(b.takenAt)) === today)) return null;
  return backupDatabase(db, { ...options, now: () => now, reason: 'daily' });
}

/** The newest backup that passes `integrity_check`, or null. */
export function newestGoodBackup(backupDir: string, nativeBinding?: string): BackupInfo | null {
  return listBackups(backupDir).find((b) => checkDatabaseFile(b.path, nativeBinding).ok) ?? null;
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
  const check = checkDatabaseFile(backupPath, options.nativeBinding);
  if (!check.ok)
    throw new Error(`The backup ${backupPath} is damaged (${check.detail}); nothing was changed.`);
  const movedAside = moveAside(file, 'before-restore', options.now);
  copyFileSync(backupPath, file);
  return { movedAside };
}
