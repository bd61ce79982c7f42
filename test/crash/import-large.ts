/**
 * Crash-test child: imports a large document through the `workspace:import` handler (as new
 * memberships). Prints `plan MEMBERSHIPS PROFESSIONALS`, then `importing` just before the
 * import and `imported` once it returned ok. The parent kills it part-way with SIGKILL.
 *
 * usage: node --import tsx test/crash/import-large.ts DB BACKUP_DIR
 */
import { openWorkspace } from '../../electron/db/open';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { syntheticDocument } from '../bench/synthetic';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const db = openWorkspace(file, { backupDir });
const handlers = createHandlers(db, { backupDir, samplePath: '' });
const doc = syntheticDocument({
  memberships: 8,
  mcpsPerMembership: 200,
  referencesPerMembership: 20,
  surveysPerMembership: 2,
});
const professionals = doc.memberships.reduce((sum, m) => sum + m.professionals.length, 0);
const text = JSON.stringify(doc);
process.stdout.write(`plan ${doc.memberships.length} ${professionals}\n`);
process.stdout.write('importing\n');
const result = await dispatch(handlers, 'workspace:import', { text, onConflict: 'new' });
if (!result.ok) throw new Error(result.error.message);
process.stdout.write('imported\n');
db.close();
