/**
 * The renderer in Debian Chromium, on the BUILT bundle served by browser mode over the real
 * handlers and a real SQLite file (as the e2e harness runs it). Each figure is measured inside
 * the page with performance.now() and printed as a ratio to a baseline measured in the same run.
 * Start-up, against an empty React page built with Vite's API and served from 127.0.0.1 as well:
 *  - navigation → workspace home usable: the screen that opens at start when the workspace holds
 *    a membership, its heading and its table's rows painted (the rows come from the data);
 *  - navigation → wizard usable with that membership open: the home's first row clicked as soon
 *    as it appears, then the first tab's heading painted (it shows only once the membership is
 *    loaded);
 *  - navigation → wizard usable when the address names that membership and tab, as a reload
 *    finds it (the home is not shown);
 * each for the sample workspace and for a workspace holding one 5,000-MCP membership. Then the
 * figures in an open page (renderer-interaction.ts) and the gzip size of the renderer bundle.
 * Figures are printed, never asserted.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ROOT, RENDERER_DIR, SAMPLE_PATH, startWorkspace, type Workspace } from '../e2e/harness';
import { importDocument, parseImportText } from '../../electron/services/import';
import { median, navigationToMark, serveDir } from './browser-pages';
import { ratioLine } from './measure';
import { buildEmptyReact, staticTablePage, type Doc } from './renderer-baselines';
import { keystrokeToPanel, listAndDeadlines } from './renderer-interaction';
import { syntheticDocument } from './synthetic';

const RUNS = 7;
const SCRATCH = join(ROOT, 'node_modules', '.cache', 'bench-renderer');
const HOME_ROW = '[data-testid="home-table"] tbody tr.vtable__row';
const OPEN_FIRST_ROW = '.home-table__open';
const FIRST_TAB = '#overview-heading';

/** A served workspace holding the interchange text `json`. */
async function workspaceWith(json: string): Promise<Workspace> {
  const workspace = await startWorkspace();
  const backupDir = join(workspace.dir, 'backups');
  importDocument(workspace.db, parseImportText(json), { backupDir, onConflict: 'refuse' });
  return workspace;
}

const synthetic = (mcps: number) =>
  syntheticDocument({
    memberships: 1,
    mcpsPerMembership: mcps,
    referencesPerMembership: 20,
    surveysPerMembership: 2,
  });

/** The address of `workspace`'s first membership on the first tab, as a reload finds it (app/address.ts). */
function addressOfFirst(workspace: Workspace): string {
  const { id } = workspace.db.prepare('SELECT id FROM memberships ORDER BY position LIMIT 1').get() as {
    id: string;
  };
  return `${workspace.bridge.url}&membership=${encodeURIComponent(id)}&screen=overview`;
}

/** Start-up figures; returns the static table page's median for the list figure. */
async function startUp(
  browser: Browser,
  baselineUrl: string,
  sample: Workspace,
  big: Workspace,
): Promise<number> {
  const samples = {
    empty: [] as number[],
    table: [] as number[],
    sampleHome: [] as number[],
    sampleTab: [] as number[],
    bigHome: [] as number[],
    bigTab: [] as number[],
    sampleAddress: [] as number[],
    bigAddress: [] as number[],
  };
  const sampleAt = addressOfFirst(sample);
  const bigAt = addressOfFirst(big);
  for (let i = 0; i < RUNS; i += 1) {
    samples.empty.push(await navigationToMark(browser, baselineUrl, '#ready'));
    samples.sampleHome.push(await navigationToMark(browser, sample.bridge.url, HOME_ROW));
    samples.sampleTab.push(await navigationToMark(browser, sample.bridge.url, FIRST_TAB, OPEN_FIRST_ROW));
    samples.bigHome.push(await navigationToMark(browser, big.bridge.url, HOME_ROW));
    samples.bigTab.push(await navigationToMark(browser, big.bridge.url, FIRST_TAB, OPEN_FIRST_ROW));
    samples.sampleAddress.push(await navigationToMark(browser, sampleAt, FIRST_TAB));
    samples.bigAddress.push(await navigationToMark(browser, bigAt, FIRST_TAB));
    // The static page marks itself once its table is parsed and painted.
    samples.table.push(await navigationToMark(browser, `${baselineUrl}static-table.html`, null));
  }
  const empty = median(samples.empty);
  const lines: [string, number[]][] = [
    ['navigation → workspace home usable (sample workspace)', samples.sampleHome],
    [
      'navigation → wizard usable, first membership opened from the home (sample workspace)',
      samples.sampleTab,
    ],
    ['navigation → workspace home usable (one 5,000-MCP membership)', samples.bigHome],
    ['navigation → wizard usable, 5,000-MCP membership opened from the home', samples.bigTab],
    [
      'navigation → wizard usable, first membership named in the address (a reload; sample workspace)',
      samples.sampleAddress,
    ],
    ['navigation → wizard usable, 5,000-MCP membership named in the address (a reload)', samples.bigAddress],
  ];
  for (const [what, times] of lines)
    console.log(ratioLine(what, median(times), 'empty React page', empty, 2));
  return median(samples.table);
}

function bundleSize(): void {
  const assets = join(RENDERER_DIR, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js') || n.endsWith('.css'))) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(
    `renderer bundle (JS + CSS): ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`,
  );
}

export async function run(): Promise<void> {
  rmSync(SCRATCH, { recursive: true, force: true });
  const emptyDir = join(SCRATCH, 'empty-react');
  await buildEmptyReact(emptyDir);
  const bigDoc: Doc = synthetic(5_000);
  writeFileSync(join(emptyDir, 'dist', 'static-table.html'), staticTablePage(bigDoc));
  const baselines = await serveDir(join(emptyDir, 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const big = await workspaceWith(JSON.stringify(bigDoc));
  const sample = await workspaceWith(readFileSync(SAMPLE_PATH, 'utf8'));
  const midsize = await workspaceWith(JSON.stringify(synthetic(500)));
  try {
    const tableMs = await startUp(browser, baselines.url, sample, big);
    await listAndDeadlines(browser, big, tableMs);
    await keystrokeToPanel(browser, midsize);
  } finally {
    await browser.close();
    baselines.server.close();
    await Promise.all([big.close(), sample.close(), midsize.close()]);
    rmSync(SCRATCH, { recursive: true, force: true });
  }
  bundleSize();
}
