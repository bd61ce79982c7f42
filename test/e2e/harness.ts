/**
 * Browser mode as the end-to-end harness: a real SQLite file in a fresh folder, the real
 * handlers, the built renderer, served on 127.0.0.1 — the same path `reenroll serve` takes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkspace, type WorkspaceDb } from '../../electron/db/open';
import { startBridge, type RunningBridge } from '../../electron/server/bridge';
import { createPreviewStore } from '../../electron/services/previews';
import { createWorkerClient, type WorkerClient } from '../../electron/worker/client';
import { relayPreviewsToBridge } from '../../electron/worker/previews-relay';
import { startThread } from '../../electron/worker/threads';
import type { Ruleset } from '../../shared/rules/ruleset';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const SAMPLE_PATH = join(ROOT, 'examples', 'fabrikam.json');
/** The built database worker `reenroll serve` runs the handlers in. */
export const DB_WORKER = join(ROOT, 'dist', 'electron', 'db-worker.cjs');

export interface Workspace {
  readonly dir: string;
  readonly dbFile: string;
  /** The test's own connection to the file, for arranging and checking rows. */
  db: WorkspaceDb;
  bridge: RunningBridge;
  /** The database worker the bridge's requests run in. */
  worker: WorkerClient;
  /** Delays every API answer by what `delay` returns (ms): a slow disk, a busy machine. */
  setResponseDelay(delay: () => number): void;
  /** Closes the server and the database, then opens both again on the same file: an app restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

type Served = Pick<Workspace, 'db' | 'bridge' | 'worker'>;

/** The file opened (and migrated) by the test, then served from a database worker as `reenroll serve` does. */
async function serve(
  dbFile: string,
  backupDir: string,
  responseDelay: () => number,
  ruleset: Ruleset | undefined,
): Promise<Served> {
  const db = openWorkspace(dbFile, { backupDir });
  const previews = createPreviewStore();
  const worker = createWorkerClient(
    startThread(DB_WORKER, {
      file: dbFile,
      backupDir,
      samplePath: SAMPLE_PATH,
      ...(ruleset ? { ruleset } : {}),
    }),
  );
  const bridge = await startBridge({
    ...relayPreviewsToBridge(worker, previews),
    rendererDir: RENDERER_DIR,
    previews,
    responseDelay,
  });
  return { db, bridge, worker };
}

async function stop(served: Served): Promise<void> {
  await served.bridge.close();
  served.worker.close();
  served.db.close();
}

/** A new workspace in its own temporary folder, evaluated under `ruleset` (mpp-2009 when absent). */
export async function startWorkspace(options: { readonly ruleset?: Ruleset } = {}): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'reenroll-e2e-'));
  const dbFile = join(dir, 'workspace.db');
  const backupDir = join(dir, 'backups');
  let delay = () => 0;
  const responseDelay = () => delay();
  const first = await serve(dbFile, backupDir, responseDelay, options.ruleset);
  const workspace: Workspace = {
    dir,
    dbFile,
    ...first,
    setResponseDelay(next) {
      delay = next;
    },
    async restart() {
      await stop(workspace);
      Object.assign(workspace, await serve(dbFile, backupDir, responseDelay, options.ruleset));
    },
    async close() {
      await stop(workspace);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return workspace;
}
