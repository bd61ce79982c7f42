/**
 * The database against raw better-sqlite3 doing the same work in the same run (issue 4):
 * loading the largest synthetic membership, saving one field, importing the whole synthetic
 * workspace. Figures are printed, never asserted.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { toInterchange } from '../../shared/interchange/parse';
import type { Membership } from '../../shared/interchange/schema';
import { openWorkspace } from '../../electron/db/open';
import { fixtureText, tempDir } from '../../electron/db/testing';
import { loadMembership, membershipExists } from '../../electron/db/membership-read';
import { setStep } from '../../electron/db/membership-write';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { importDocument, parseImportText } from '../../electron/services/import';
import { interleavedMediansMs, medianMs, ratioLine } from './measure';
import { LARGE, syntheticDocument } from './synthetic';

const TABLES = [
  'competencies',
  'competency_specializations',
  'professionals',
  'certifications',
  'professional_links',
  'certified_solutions',
  'customer_references',
  'csat_surveys',
  'csat_responses',
  'other_points',
  'manual_steps',
] as const;

/** Median of `runs` timings of `work`, each after an untimed `setup`. */
async function timed<T>(setup: () => T, work: (input: T) => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const input = setup();
    const start = performance.now();
    await work(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** Every row the import writes, table by table, as the raw baseline inserts them. */
function rowsOf(db: Database.Database): Map<string, { sql: string; rows: unknown[][] }> {
  const result = new Map<string, { sql: string; rows: unknown[][] }>();
  for (const table of ['memberships', 'contacts', 'chosen_competencies', 'maps_assessments', ...TABLES]) {
    const rows = db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][];
    const columns = (db.prepare(`SELECT * FROM ${table} LIMIT 0`).columns() as { name: string }[]).length;
    result.set(table, { sql: `INSERT INTO ${table} VALUES (${Array(columns).fill('?').join(', ')})`, rows });
  }
  return result;
}

export async function run(): Promise<void> {
  const dir = tempDir('reenroll-bench-');
  const backupDir = join(dir, 'backups');
  let n = 0;
  const freshDb = () => openWorkspace(join(dir, `ws-${n++}.sqlite3`), { backupDir });
  try {
    const doc = syntheticDocument(LARGE);
    const rowsPerMembership = (m: Membership) =>
      m.professionals.reduce((sum, p) => sum + 1 + p.certifications.length + p.links.length, 0) +
      m.references.length +
      m.csatSurveys.reduce((sum, v) => sum + 1 + v.responses.length, 0);
    const largest = [...doc.memberships].sort(
      (a, b) => rowsPerMembership(b) - rowsPerMembership(a),
    )[0] as Membership;
    console.log(
      `workspace: ${doc.memberships.length} memberships, ${doc.memberships.reduce((s, m) => s + m.professionals.length, 0)} MCPs; ` +
        `largest membership ${largest.id}: ${rowsPerMembership(largest)} rows`,
    );

    // Import: the whole workspace through importDocument, against raw INSERTs of the same rows.
    const imported = freshDb();
    importDocument(imported, doc, { backupDir, onConflict: 'refuse' });
    const rows = rowsOf(imported);
    const totalRows = [...rows.values()].reduce((sum, t) => sum + t.rows.length, 0);
    const importMs = await timed(
      freshDb,
      (db) => {
        importDocument(db, doc, { backupDir, onConflict: 'refuse' });
        db.close();
      },
      3,
    );
    const rawImportMs = await timed(
      freshDb,
      (db) => {
        db.transaction(() => {
          for (const { sql, rows: tableRows } of rows.values()) {
            const insert = db.prepare(sql);
            for (const row of tableRows) insert.run(row);
          }
        })();
        db.close();
      },
      3,
    );
    console.log(
      ratioLine(
        `import whole workspace (${totalRows} rows, backup included)`,
        importMs,
        'raw INSERTs in one transaction',
        rawImportMs,
        2,
      ),
    );
    const text = JSON.stringify(toInterchange(doc.memberships), null, 2);
    const textImportMs = await timed(
      freshDb,
      (db) => importDocument(db, parseImportText(text), { backupDir, onConflict: 'refuse' }),
      1,
    );
    console.log(
      ratioLine(
        `  the same from ${(text.length / 1e6).toFixed(0)} MB of JSON text (parse + validate + import)`,
        textImportMs,
        'raw INSERTs',
        rawImportMs,
      ),
    );

    // Load: the largest membership, against the plain SELECTs of the same rows.
    const selects = [
      imported.prepare(
        `SELECT * FROM memberships m LEFT JOIN contacts c ON c.membership_id = m.id
         LEFT JOIN chosen_competencies ch ON ch.membership_id = m.id
         LEFT JOIN maps_assessments a ON a.membership_id = m.id WHERE m.id = ?`,
      ),
      ...TABLES.map((table) => imported.prepare(`SELECT * FROM ${table} WHERE membership_id = ?`)),
    ];
    const loadMs = await medianMs(() => loadMembership(imported, largest.id), 21, 3);
    const rawLoadMs = await medianMs(() => selects.map((s) => s.all(largest.id)), 21, 3);
    console.log(
      ratioLine(
        `load largest membership (${rowsPerMembership(largest)} rows)`,
        loadMs,
        'plain SELECTs',
        rawLoadMs,
        2,
      ),
    );

    // Save one field: a manual step's note, against a single-row UPDATE (both commit with fsync).
    // The handler returns the saved part (a MembershipChange), not the membership, so its time
    // should not grow with the membership's size; the write alone is measured too.
    const handlers = createHandlers(imported, { backupDir, samplePath: '' });
    const fixture = parseImportText(fixtureText('workspace-two-memberships.json'))
      .memberships[0] as Membership;
    importDocument(
      imported,
      { ...toInterchange([{ ...fixture, id: 'small' }]) },
      { backupDir, onConflict: 'refuse' },
    );
    const update = imported.prepare(
      `UPDATE manual_steps SET note = ? WHERE membership_id = ? AND step = 'termsAgreed'`,
    );
    let k = 0;
    const rawSave = () => update.run(`note ${k++}`, largest.id);
    const step = () => ({ done: false, on: null, note: `note ${k++}` });
    const write = () =>
      imported.transaction(
        () => membershipExists(imported, largest.id) && setStep(imported, largest.id, 'termsAgreed', step()),
      )();
    const save = (id: string) => () =>
      dispatch(handlers, 'membership:save-step', {
        id,
        step: 'termsAgreed',
        value: { ...step(), on: '' },
      }).then((result) => {
        if (!result.ok) throw new Error(result.error.message);
      });
    // Sub-millisecond figures: each round runs all four once, so load on the machine falls on
    // the baseline and the measured alike.
    const [rawSaveMs, writeMs, saveSmallMs, saveLargeMs] = (await interleavedMediansMs(
      [rawSave, write, save('small'), save(largest.id)],
      301,
      5,
    )) as [number, number, number, number];
    console.log(
      ratioLine(
        'save one field: the write (one transaction, id checked)',
        writeMs,
        'single-row UPDATE',
        rawSaveMs,
        2,
      ),
    );
    console.log(
      ratioLine(
        `save one field via handler (dispatch, validation, change returned), ${rowsPerMembership(fixture)}-row membership`,
        saveSmallMs,
        'single-row UPDATE',
        rawSaveMs,
        2,
      ),
    );
    console.log(
      ratioLine(
        `save one field via handler, largest membership (${rowsPerMembership(largest)} rows)`,
        saveLargeMs,
        'single-row UPDATE',
        rawSaveMs,
        2,
      ),
    );
    imported.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
