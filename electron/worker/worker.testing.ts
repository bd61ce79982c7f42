/** Running the TypeScript db-worker entry in tests: in a thread (through tsx) or a forked process. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toInterchange } from '../../shared/interchange/parse';
import { syntheticDocument } from '../../test/bench/synthetic';
import { FIXTURES, tempDir } from '../db/testing';
import type { WorkerOptions } from './db-worker';

const TSX_API = pathToFileURL(
  join(
    dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist',
    'esm',
    'api',
    'index.mjs',
  ),
).href;
/** The entry's source (what the build bundles to db-worker.cjs). */
export const WORKER_SOURCE = new URL('./db-worker.ts', import.meta.url);
/** A thread entry that loads the source through tsx. */
export const THREAD_ENTRY = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { tsImport } from ${JSON.stringify(TSX_API)}; await tsImport(${JSON.stringify(WORKER_SOURCE.href)}, ${JSON.stringify(WORKER_SOURCE.href)});`,
  )}`,
);

/** Options for a worker over a fresh workspace in a temporary folder. */
export function freshWorkerOptions(): WorkerOptions {
  const dir = tempDir('reenroll-worker-');
  return {
    file: join(dir, 'workspace.db'),
    backupDir: join(dir, 'backups'),
    samplePath: join(FIXTURES, 'workspace-two-memberships.json'),
  };
}

/** Interchange text of `memberships` synthetic memberships with `mcps` MCPs each. */
export const documentText = (memberships: number, mcps = 20) =>
  JSON.stringify(
    toInterchange(
      syntheticDocument({
        memberships,
        mcpsPerMembership: mcps,
        referencesPerMembership: 5,
        surveysPerMembership: 1,
      }).memberships,
    ),
  );
