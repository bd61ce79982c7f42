/**
 * What makes a backup file good: it is not empty, SQLite opens it, `integrity_check` says "ok",
 * it holds a workspace schema, and (when we wrote it) as many memberships as the workspace had.
 * SQLite happily opens an empty file and finds it "ok", so integrity alone is not enough.
 */
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { connect } from './connect';

export type BackupCheck =
  | { readonly ok: true; readonly detail: 'ok'; readonly memberships: number }
  | { readonly ok: false; readonly detail: string };

/** `PRAGMA integrity_check` on an open connection. */
export function integrityOf(db: Database.Database): { readonly ok: boolean; readonly detail: string } {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const detail = rows.map((row) => row.integrity_check).join('; ');
  return { ok: detail === 'ok', detail };
}

/** The number of memberships in an open workspace, or null when it has no memberships table. */
export function membershipCount(db: Database.Database): number | null {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'memberships'")
    .pluck()
    .get();
  return table === undefined
    ? null
    : (db.prepare('SELECT count(*) FROM memberships').pluck().get() as number);
}

function inspect(file: string, expected: number | null, nativeBinding?: string): BackupCheck {
  if (statSync(file).size === 0) return { ok: false, detail: 'the file is empty' };
  let db: Database.Database | undefined;
  try {
    db = connect(file, { nativeBinding, readonly: true });
    const integrity = integrityOf(db);
    if (!integrity.ok) return { ok: false, detail: integrity.detail };
    const count = membershipCount(db);
    if (count === null) return { ok: false, detail: 'the file holds no workspace' };
    if (expected !== null && count !== expected)
      return { ok: false, detail: `it holds ${count} memberships instead of ${expected}` };
    return { ok: true, detail: 'ok', memberships: count };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

// A backup under its final name is never written again, so a check stays true for as long as
// the file keeps its size and modification time; listing seven backups then costs seven stats.
const checked = new Map<string, { readonly key: string; readonly result: BackupCheck }>();

/**
 * Checks a backup file. `expected` is the membership count the workspace had when the copy was
 * taken (null when unknown, for files found on disk).
 */
export function verifyBackupFile(file: string, expected: number | null, nativeBinding?: string): BackupCheck {
  let key: string;
  try {
    const stat = statSync(file);
    key = `${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  const known = checked.get(file);
  if (expected === null && known?.key === key) return known.result;
  const result = inspect(file, expected, nativeBinding);
  checked.set(file, { key, result });
  return result;
}
