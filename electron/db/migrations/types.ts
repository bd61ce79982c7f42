import type Database from 'better-sqlite3';

/** One schema change: applied once, in order, inside the single migration transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}
