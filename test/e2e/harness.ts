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
import type { Ruleset } from '../../shared/rules/ruleset';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const SAMPLE_PATH = join(ROOT, 'examples', 'fabrikam.json');

export interface Workspace {
  readonly dir: string;
  readonly dbFile: string;
  db: WorkspaceDb;
  bridge: RunningBridge;
  /** Closes the server and the database, then opens both again on the same file: an app restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function serve(
  dbFile: string,
  backupDir: string,
  ruleset: Ruleset | undefined,
): Promise<{ db: WorkspaceDb; bridge: RunningBridge }> {
  const db = openWorkspace(dbFile, { backupDir });
  const previews = createPreviewStore();
  const handlers = createHandlers(db, {
    backupDir,
    samplePath: SAMPLE_PATH,
    previews,
    ...(ruleset ? { ruleset } : {}),
  });
  const bridge = await startBridge({ handlers, rendererDir: RENDERER_DIR, previews });
  return { db, bridge };
}

/** A new workspace in its own temporary folder, evaluated under `ruleset` (mpp-2009 when absent). */
export async function startWorkspace(options: { readonly ruleset?: Ruleset } = {}): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'reenroll-e2e-'));
  const dbFile = join(dir, 'workspace.db');
  const backupDir = join(dir, 'backups');
  const first = await serve(dbFile, backupDir, options.ruleset);
  const workspace: Workspace = {
    dir,
    dbFile,
    db: first.db,
    bridge: first.bridge,
    async restart() {
      await workspace.bridge.close();
      workspace.db.close();
      const next = await serve(dbFile, backupDir, options.ruleset);
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
