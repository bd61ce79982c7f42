/**
 * import-sheet of a 5,000-row MCP sheet, as XLSX and as CSV, against the raw parse of the same
 * file by the same library plus raw prepared INSERTs of the rows it writes (issue 10, target
 * ≤ 2×). The measured path is the CLI's: read, analyse against the membership, back up, write
 * in one transaction. Figures are printed, never asserted.
 */
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { exportSheetRows } from '../../shared/sheets/export-rows';
import { goldMembership } from '../fixtures/gold-membership';
import { insertMembership } from '../../electron/db/membership-write';
import { openWorkspace } from '../../electron/db/open';
import { tempDir } from '../../electron/db/testing';
import { analyzeImport, applyImport, readSheet } from '../../electron/sheets/import-sheet';
import { sheetCsv, sheetXlsx } from '../../electron/sheets/write-sheet';
import { ratioLine } from './measure';

const ROWS = 5_000;
const RUNS = 5;

/** Median of `RUNS` timings of `work` on a fresh workspace holding the gold membership. */
async function timed(
  fresh: () => Database.Database,
  work: (db: Database.Database) => unknown,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const db = fresh();
    const start = performance.now();
    await work(db);
    times.push(performance.now() - start);
    db.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

export async function run(): Promise<void> {
  const dir = tempDir('reenroll-sheet-bench-');
  const backupDir = join(dir, 'backups');
  let n = 0;
  const fresh = () => {
    const db = openWorkspace(join(dir, `ws-${n++}.sqlite3`), { backupDir });
    db.transaction(() => insertMembership(db, goldMembership({ professionals: [] }), 0))();
    return db;
  };
  const professionals = Array.from({ length: ROWS }, (_, i) => ({
    id: `p-${i + 1}`,
    name: `Professional ${i + 1}`,
    mcpId: String(1_000_000 + i),
    associated: i % 7 !== 0,
    links: [{ competencyId: 'c-1', specialization: 'Unified Communications' }],
    certifications: [
      {
        name: 'MCITP',
        earnedOn: '2008-03-01',
        expiresOn: i % 3 ? '2010-06-30' : null,
        newerExamRequiredBy: null,
      },
    ],
  }));
  const exported = exportSheetRows('mcps', goldMembership({ professionals }));
  const files = {
    xlsx: await sheetXlsx(exported, 'MCPs'),
    csv: Buffer.from(sheetCsv(exported), 'utf8'),
  };

  const importSheet = async (db: Database.Database, name: string, bytes: Uint8Array) => {
    const table = await readSheet({ name, bytes });
    const plan = analyzeImport(db, 'm-1', 'mcps', table).plan;
    if (!plan) throw new Error('the bench sheet has problems');
    applyImport(db, 'm-1', 'mcps', plan, { backupDir });
  };

  // The rows the import writes, as the raw baseline inserts them.
  const sample = fresh();
  await importSheet(sample, 'mcps.csv', files.csv);
  const tables = ['professionals', 'certifications', 'professional_links'].map((table) => ({
    sql: `INSERT INTO ${table} VALUES (${(sample.prepare(`SELECT * FROM ${table} LIMIT 0`).columns() as unknown[]).map(() => '?').join(', ')})`,
    rows: sample.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][],
  }));
  sample.close();
  const written = tables.reduce((sum, t) => sum + t.rows.length, 0);
  const rawInserts = (db: Database.Database) =>
    db.transaction(() => {
      for (const { sql, rows } of tables) {
        const insert = db.prepare(sql);
        for (const row of rows) insert.run(row);
      }
    })();

  const rawParse = {
    xlsx: async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const cells: unknown[] = [];
      workbook.worksheets[0]?.eachRow((row) => cells.push(row.values));
      return cells;
    },
    csv: async (bytes: Uint8Array) => parse(Buffer.from(bytes).toString('utf8'), { bom: true }) as unknown,
  };

  console.log(
    `${ROWS} MCP rows; ${written} database rows written; XLSX ${(files.xlsx.length / 1e3).toFixed(0)} kB, CSV ${(files.csv.length / 1e3).toFixed(0)} kB`,
  );
  for (const format of ['xlsx', 'csv'] as const) {
    const bytes = files[format];
    const ms = await timed(fresh, (db) => importSheet(db, `mcps.${format}`, bytes));
    const rawMs = await timed(fresh, async (db) => {
      await rawParse[format](bytes);
      rawInserts(db);
    });
    console.log(
      ratioLine(
        `import-sheet ${format.toUpperCase()} (${ROWS} rows: read, analyse, back up, one transaction)`,
        ms,
        `raw ${format === 'xlsx' ? 'exceljs load' : 'csv-parse'} + prepared INSERTs`,
        rawMs,
        2,
      ),
    );
  }
}
