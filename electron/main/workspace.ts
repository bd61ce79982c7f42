/**
 * Where the desktop app keeps its data: one workspace database in the user-data folder, its
 * backups beside it, and the handlers over it.
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { openWorkspace, type WorkspaceDb } from '../db/open';
import { createHandlers } from '../services/handlers';

export interface AppWorkspace {
  readonly file: string;
  readonly backupDir: string;
  readonly db: WorkspaceDb;
  readonly handlers: Handlers;
}

/** The Electron-ABI build of better-sqlite3 `npm start` keeps apart; packaged apps ship their own. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

/** Opens the workspace of this user. */
export function openAppWorkspace(): AppWorkspace {
  const dataDir = app.getPath('userData');
  const file = join(dataDir, 'workspace.db');
  const backupDir = join(dataDir, 'backups');
  const binding = nativeBinding();
  const db = openWorkspace(file, { backupDir, ...(binding ? { nativeBinding: binding } : {}) });
  const samplePath = join(app.getAppPath(), 'examples', 'fabrikam.json');
  return { file, backupDir, db, handlers: createHandlers(db, { backupDir, samplePath }) };
}
