/**
 * The workspace home with 200 memberships × 500 MCPs (the issue's large workspace):
 *  - navigation → home table painted, in Chromium on the built bundle through browser mode,
 *    against a static HTML page holding the same 200-row table (target ≤ 2×); the first visit
 *    (every membership evaluated in the main process) and later ones (rows from its cache);
 *  - `reenroll status --db` against `reenroll export --db` of the same workspace, in-process
 *    (target ≤ 1.5×).
 * Figures are printed, never asserted.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ROOT, startWorkspace } from '../e2e/harness';
import { importDocument, parseImportText } from '../../electron/services/import';
import { loadMemberships } from '../../electron/db/membership-read';
import { statusRow } from '../../shared/status/status-row';
import { windowPhrase } from '../../shared/status/status-labels';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { medianMs, ratioLine } from './measure';
import { MARK_NOW, median, navigationToMark, serveDir } from './browser-pages';
import { LARGE, syntheticDocument } from './synthetic';
import { MPP_2009 } from '../../shared/rules/mpp2009';

const RUNS = 5;
const SCRATCH = join(ROOT, 'node_modules', '.cache', 'bench-home');
const HOME_ROW = '[data-testid="home-table"] tbody tr.vtable__row';

/** The same columns as the home table, every row in the page, no script but the paint mark. */
function staticHomePage(rows: readonly string[][]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
  const head = [
    'Organization',
    'Location',
    'Country',
    'Level',
    'Window',
    'Readiness',
    'Gaps',
    'Next deadline',
  ];
  return (
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Static</title></head><body>' +
    `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>` +
    `<script>requestAnimationFrame(() => setTimeout(() => { ${MARK_NOW} }));</script>` +
    '</body></html>'
  );
}

const quietIo = (cwd: string): CliIo => ({
  stdout: () => {},
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: false,
  now: () => new Date(),
  cwd,
});

export async function run(): Promise<void> {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const doc = syntheticDocument(LARGE);
  const workspace = await startWorkspace();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    importDocument(workspace.db, parseImportText(JSON.stringify(doc)), {
      backupDir: join(workspace.dir, 'backups'),
      onConflict: 'refuse',
    });
    const asOf = new Date().toISOString().slice(0, 10);
    const rows = loadMemberships(workspace.db).map((m) => {
      const r = statusRow(m, asOf, MPP_2009);
      return [
        r.organization,
        r.location ?? '',
        r.country ?? '',
        `${r.level} → ${r.targetLevel}`,
        windowPhrase(r.window),
        r.readiness,
        String(r.blockingGaps.length),
        r.nextDeadline ? `${r.nextDeadline.dueOn} ${r.nextDeadline.subject}` : '',
      ];
    });
    writeFileSync(join(SCRATCH, 'index.html'), staticHomePage(rows));
    const baseline = await serveDir(SCRATCH);
    try {
      const first = await navigationToMark(browser, workspace.bridge.url, HOME_ROW);
      const warm: number[] = [];
      const table: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        table.push(await navigationToMark(browser, baseline.url, null));
        warm.push(await navigationToMark(browser, workspace.bridge.url, HOME_ROW));
      }
      const name = `static ${rows.length}-row table page`;
      console.log(
        ratioLine(
          'navigation → home table painted, first visit (200 × 500 MCPs evaluated)',
          first,
          name,
          median(table),
          2,
        ),
      );
      console.log(
        ratioLine(
          'navigation → home table painted, later visits (rows kept in SQLite, as after a restart)',
          median(warm),
          name,
          median(table),
          2,
        ),
      );
    } finally {
      baseline.server.close();
    }

    const db = workspace.dbFile;
    const io = quietIo(workspace.dir);
    const status = await medianMs(() => runCli(['status', '--db', db, '--format', 'json'], io), 3);
    const exported = await medianMs(() => runCli(['export', '--db', db], io), 3);
    // The same with nothing kept: every membership evaluated, as after an import.
    const forget = () => workspace.db.prepare('DELETE FROM status_cache').run();
    const cold = await medianMs(() => {
      forget();
      return runCli(['status', '--db', db, '--format', 'json'], io);
    }, 3);
    console.log(
      ratioLine('reenroll status --format json (200 × 500 MCPs)', status, 'reenroll export', exported, 1.5),
    );
    console.log(
      ratioLine(
        'reenroll status, nothing kept (every row evaluated)',
        cold,
        'reenroll export',
        exported,
        1.5,
      ),
    );
  } finally {
    await browser.close();
    await workspace.close();
    rmSync(SCRATCH, { recursive: true, force: true });
  }
}
