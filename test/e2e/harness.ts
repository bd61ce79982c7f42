/**
 * Browser mode as the end-to-end harness: a real SQLite file in a fresh folder, the real
 * handlers, the built renderer, served on 127.0.0.1 — the same path `reenroll serve` takes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkspace, type WorkspaceDb } from '../../electron/db/open';
import { createHandlers } from '../../electron/services/handlers';
import { startBridge, type RunningBridge } from '../../electron/server/bridge';
import { createPreviewStore } from '../../electron/services/previews';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const SAMPLE_PATH = join(ROOT, 'examples', 'fabrikam.json');

export interface Workspace {
  readonly dir: string;
  readonly dbFile: string;
  db: WorkspaceDb;
  bridge: RunningBridge;
  /** Delays every API answer by what `delay` returns (ms): a slow disk, a busy machine. */
  setResponseDelay(delay: () => number): void;
  /** Closes the server and the database, then opens both again on the same file: an app restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function serve(
  dbFile: string,
  backupDir: string,
  responseDelay: () => number,
): Promise<{ db: WorkspaceDb; bridge: RunningBridge }> {
  const db = openWorkspace(dbFile, { backupDir });
  const previews = createPreviewStore();
  const handlers = createHandlers(db, { backupDir, samplePath: SAMPLE_PATH, previews });
  const bridge = await startBridge({ handlers, rendererDir: RENDERER_DIR, previews, responseDelay });
  return { db, bridge };
}

/** A new workspace in its own temporary folder. */
export async function startWorkspace(): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'reenroll-e2e-'));
  const dbFile = join(dir, 'workspace.db');
  const backupDir = join(dir, 'backups');
  let delay = () => 0;
  const responseDelay = () => delay();
  const first = await serve(dbFile, backupDir, responseDelay);
  const workspace: Workspace = {
    dir,
    dbFile,
    db: first.db,
    bridge: first.bridge,
    setResponseDelay(next) {
      delay = next;
    },
    async restart() {
      await workspace.bridge.close();
      workspace.db.close();
      const next = await serve(dbFile, backupDir, responseDelay);
      workspace.db = next.db;
      workspace.bridge = next.bridge;
    },
    async close() {
      await workspace.bridge.close();
      workspace.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return workspace;
}
