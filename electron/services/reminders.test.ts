import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type WorkspaceDb } from '../db/open';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { markRemindersShown, pendingReminders } from './reminders';

let dir: string;
let db: WorkspaceDb;

afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function workspaceWithCertification(expiresOn: string) {
  dir = mkdtempSync(join(tmpdir(), 'reminders-'));
  db = openWorkspace(join(dir, 'w.db'), { backupDir: join(dir, 'backups') });
  const handlers = createHandlers(db, {
    backupDir: join(dir, 'backups'),
    samplePath: join(dir, 'none.json'),
  });
  const text = JSON.stringify({
    format: 'partner-reenrollment',
    version: 1,
    memberships: [
      {
        id: 'm-1',
        organization: { name: 'Fabrikam Ltd' },
        level: 'gold',
        targetLevel: 'gold',
        enrollment: { expiresOn: '2009-12-31' },
        professionals: [
          {
            id: 'p-1',
            name: 'Sam Lee',
            // Only associated MCPs' dates are the membership's obligations.
            associated: true,
            certifications: [{ name: 'MCITP', earnedOn: '2007-01-01', expiresOn }],
          },
        ],
      },
    ],
  });
  const imported = await dispatch(handlers, 'workspace:import', { text, onConflict: 'refuse' });
  expect(imported.ok).toBe(true);
}

describe('reminders', () => {
  it('announces a deadline entering the 30-day window once', async () => {
    await workspaceWithCertification('2009-09-20');
    expect(pendingReminders(db, '2009-08-20').map((r) => r.subject)).toEqual([]);
    const due = pendingReminders(db, '2009-08-21');
    expect(due.map((r) => [r.kind, r.dueOn, r.daysLeft])).toEqual([
      ['certification-expires', '2009-09-20', 30],
    ]);
    expect(due[0]?.subject).toContain('Sam Lee');
    markRemindersShown(db, due, new Date('2009-08-21T09:00:00Z'));
    expect(pendingReminders(db, '2009-08-21')).toEqual([]);
    expect(pendingReminders(db, '2009-09-01')).toEqual([]);
  });

  it('does not announce what is already past', async () => {
    await workspaceWithCertification('2009-08-01');
    expect(pendingReminders(db, '2009-08-21').filter((r) => r.kind === 'certification-expires')).toEqual([]);
  });
});
