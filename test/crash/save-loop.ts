/**
 * Crash-test child: makes small saves through the real handlers, one after another, and prints
 * `ack TOKEN` on stdout after each save returned ok. The parent kills it with SIGKILL at a
 * random moment and checks that every acknowledged token is in the database.
 *
 * usage: node --import tsx test/crash/save-loop.ts DB BACKUP_DIR
 */
import { openWorkspace } from '../../electron/db/open';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { overview } from '../../electron/services/handlers.testing';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const db = openWorkspace(file, { backupDir });
const handlers = createHandlers(db, { backupDir, samplePath: '' });

const list = await dispatch(handlers, 'workspace:list', {});
if (!list.ok) throw new Error(list.error.message);
let membershipId = (list.value as { id: string }[])[0]?.id;
if (membershipId === undefined) {
  const created = await dispatch(handlers, 'membership:create', { overview });
  if (!created.ok) throw new Error(created.error.message);
  membershipId = (created.value as { id: string }).id;
}
process.stdout.write('ready\n');

for (let i = 0; ; i += 1) {
  const token = `${process.pid}-${i}`;
  const saved = await dispatch(handlers, 'entity:save', {
    membershipId,
    list: 'otherPoints',
    item: { description: token, points: i % 50 },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  // Pipes are written synchronously on Linux: once this returns, the parent can read the line.
  process.stdout.write(`ack ${token}\n`);
}
