/**
 * Crash-test child: takes backups of a workspace one after another and prints `backup PATH`
 * after each returned. The parent kills it with SIGKILL at a random moment and checks that every
 * file left under a backup's name is a good backup.
 *
 * usage: node --import tsx test/crash/backup-loop.ts DB BACKUP_DIR
 */
import { backupDatabase } from '../../electron/db/backups';
import { openWorkspace } from '../../electron/db/open';
import { importDocument } from '../../electron/services/import';
import { syntheticDocument } from '../bench/synthetic';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const db = openWorkspace(file, { backupDir });
if (db.prepare('SELECT count(*) FROM memberships').pluck().get() === 0) {
  // A few megabytes, so that a backup takes long enough for kills to land inside it.
  const doc = syntheticDocument({
    memberships: 6,
    mcpsPerMembership: 300,
    referencesPerMembership: 30,
    surveysPerMembership: 2,
  });
  importDocument(db, doc, { backupDir, onConflict: 'new' });
}
process.stdout.write('ready\n');
for (;;) {
  const backup = backupDatabase(db, { backupDir, reason: 'daily' });
  process.stdout.write(`backup ${backup.path}\n`);
}
