/**
 * Helpers for tests against real better-sqlite3 files: a temporary workspace, the fixture
 * documents, and a hash of every row so "nothing changed" is checked exactly.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { parseInterchangeText } from '../../shared/interchange/parse';
import type { InterchangeDocument } from '../../shared/interchange/schema';
import { openWorkspace } from './open';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

/** A fresh temporary folder. */
export function tempDir(prefix = 'reenroll-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TempWorkspace {
  readonly dir: string;
  readonly file: string;
  readonly backupDir: string;
  readonly db: Database.Database;
  /** Closes the database and removes the folder. */
  readonly dispose: () => void;
}

/** A new, migrated workspace database in a temporary folder. */
export function openTempWorkspace(now?: () => Date): TempWorkspace {
  const dir = tempDir();
  const file = join(dir, 'workspace.sqlite3');
  const backupDir = join(dir, 'backups');
  const db = openWorkspace(file, { backupDir, ...(now ? { now } : {}) });
  return {
    dir,
    file,
    backupDir,
    db,
    dispose: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text of a file in test/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture parsed as an interchange document (throws if the fixture itself is invalid). */
export function fixtureDocument(name = 'workspace-two-memberships.json'): InterchangeDocument {
  const parsed = parseInterchangeText(fixtureText(name));
  if (!parsed.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** A hash of the schema version and every row of every table, in rowid order. */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  hash.update(String(db.pragma('user_version', { simple: true })));
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\n${table}\n`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
