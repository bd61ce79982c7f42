import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type WorkspaceDb } from '../db/open';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { exportReport, reportFileName } from './report-service';
import { REPORT_FORMATS } from '../../shared/report/render';
import type { Membership } from '../../shared/interchange/schema';

const SAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'fabrikam.json');
let dir: string;
let db: WorkspaceDb;

afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sampleWorkspace() {
  dir = mkdtempSync(join(tmpdir(), 'report-service-'));
  db = openWorkspace(join(dir, 'w.db'), { backupDir: join(dir, 'backups') });
  const handlers = createHandlers(db, { backupDir: join(dir, 'backups'), samplePath: SAMPLE });
  const text = readFileSync(SAMPLE, 'utf8');
  const imported = await dispatch(handlers, 'workspace:import', { text, onConflict: 'refuse' });
  if (!imported.ok) throw new Error(imported.error.message);
  return (JSON.parse(text) as { memberships: { id: string; organization: { name: string } }[] }).memberships;
}

describe('exportReport', () => {
  it('renders every format for one membership, stamped with asOf and the generation time', async () => {
    const [first] = await sampleWorkspace();
    const now = new Date('2009-08-15T10:00:00Z');
    for (const format of REPORT_FORMATS) {
      const exported = exportReport(db, { ids: [first!.id], asOf: '2009-08-15', format }, now);
      expect(exported.fileName).toMatch(/-2009-08-15\.(html|md|json|csv|ics)$/);
      expect(exported.text.length).toBeGreaterThan(100);
      // People read the HTML and Markdown stamp; JSON keeps the machine formats.
      if (format === 'html' || format === 'md') {
        expect(exported.text).toContain('as of 15 Aug 2009 · generated 15 Aug 2009, 10:00 UTC');
      }
      if (format === 'json') expect(exported.text).toContain('2009-08-15');
    }
    const html = exportReport(db, { ids: [first!.id], asOf: '2009-08-15', format: 'html' }, now);
    expect(html.text).toContain(first!.organization.name.replace(/&/g, '&amp;'));
    expect(html.mimeType).toBe('text/html; charset=utf-8');
  });

  it('refuses an unknown membership id by name', async () => {
    await sampleWorkspace();
    expect(() => exportReport(db, { ids: ['nope'], asOf: '2009-08-15', format: 'md' }, new Date())).toThrow(
      /No membership with id "nope"/,
    );
  });
});

describe('reportFileName', () => {
  const one = { organization: { name: 'Fabrikam Ltd.', location: 'Zürich / HQ' } } as unknown as Membership;
  it('slugs the organization and location, and names CSV and ICS after deadlines', () => {
    expect(reportFileName([one], '2009-08-15', 'html', 'html')).toBe(
      'readiness-fabrikam-ltd-zurich-hq-2009-08-15.html',
    );
    expect(reportFileName([one], '2009-08-15', 'ics', 'ics')).toBe(
      'deadlines-fabrikam-ltd-zurich-hq-2009-08-15.ics',
    );
    expect(reportFileName([one, one], '2009-08-15', 'requirements-csv', 'csv')).toBe(
      'requirements-workspace-2009-08-15.csv',
    );
  });
});
