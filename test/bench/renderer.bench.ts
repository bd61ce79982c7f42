/**
 * The renderer in Debian Chromium, on the BUILT bundle served by browser mode over the real
 * handlers and a real SQLite file (as the e2e harness runs it). Each figure is measured inside
 * the page with performance.now() and printed as a ratio to a baseline measured in the same run:
 *  - navigation → wizard usable (first tab's heading painted, data loaded), against an empty
 *    React page built with Vite's API and served from 127.0.0.1 as well;
 *  - click on the MCP step → the 5,000-MCP list painted, against a static HTML page holding the
 *    same 5,000-row table (navigation → table painted);
 *  - keystroke in the "As of" field → readiness panel updated, for a 500-MCP membership, against
 *    one frame (16.7 ms).
 * Plus the gzip size of the renderer bundle. Figures are printed, never asserted.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { CHROMIUM_PATH } from '../playwright.config';
import { ROOT, RENDERER_DIR, SAMPLE_PATH, startWorkspace, type Workspace } from '../e2e/harness';
import { importDocument, parseImportText } from '../../electron/services/import';
import { ratioLine } from './measure';
import { syntheticDocument } from './synthetic';

const RUNS = 7;
const FRAME_MS = 1000 / 60;
const SCRATCH = join(ROOT, 'node_modules', '.cache', 'bench-renderer');
const MCP_ROW = '[data-testid="professionals"] tbody tr.vtable__row';
const DEADLINE_ROW = '[data-testid="deadlines-mcp"] tbody tr.vtable__row';

type Doc = ReturnType<typeof syntheticDocument>;
/** What the page scripts below record on the window. */
type Marks = { __mark?: number; __key?: number; __dom?: number; __paint?: number };

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// Page code is kept as text: this file is compiled for Node, without the DOM's types.

/** Before any script: when `selector` first matches, record performance.now() once painted. */
const markWhenPainted = (selector: string) => `
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__mark = performance.now(); }));
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/** Clicks `clickSelector`; resolves with the ms until `rowSelector` matches and is painted. */
const clickToPainted = (clickSelector: string, rowSelector: string) => `
  new Promise((resolve) => {
    const target = document.querySelector(${JSON.stringify(clickSelector)});
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(rowSelector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    target.click();
  })
`;

/** On the focused input: the next input event's time stamp, then when the panel's text changes and is painted. */
const WATCH_KEYSTROKE = `
  window.__key = window.__dom = window.__paint = undefined;
  document.activeElement.addEventListener('input', (event) => { window.__key = event.timeStamp; }, { once: true, capture: true });
  const observer = new MutationObserver(() => {
    observer.disconnect();
    window.__dom = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__paint = performance.now(); }));
  });
  observer.observe(document.querySelector('[data-testid="readiness-days-left"]'), { childList: true, subtree: true, characterData: true });
`;

/** Navigation start → `selector` painted (or the page's own mark when null), in a fresh context, in ms. */
export async function navigationToMark(
  browser: Browser,
  url: string,
  selector: string | null,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (selector !== null) await page.addInitScript({ content: markWhenPainted(selector) });
  await page.goto(url);
  const marked = await page.waitForFunction(() => (globalThis as Marks).__mark, undefined, {
    timeout: 120_000,
  });
  const mark = (await marked.jsonValue()) as number;
  await context.close();
  return mark;
}

/** A static file server on 127.0.0.1 for the baselines. */
export async function serveDir(dir: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** The empty React page: createRoot and one heading, built by Vite as the renderer is. */
async function buildEmptyReact(dir: string): Promise<void> {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Empty</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(src, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n" +
      'createRoot(document.getElementById(\'root\')!).render(<h1 id="ready">Ready</h1>);\n',
  );
  await build({
    configFile: false,
    root: src,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'chrome130' },
  });
}

/** A static page with the MCP list's columns for every professional of the first membership. */
function staticTablePage(doc: Doc): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = (doc.memberships[0]?.professionals ?? [])
    .map((p) => {
      const cells = [
        p.name,
        p.mcpId ?? '',
        p.certifications.map((c) => c.name).join(', '),
        p.associated ? 'Yes' : 'No',
        p.links.map((l) => l.specialization).join(', '),
      ];
      return `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Static</title></head><body>' +
    '<table><thead><tr><th>Name</th><th>MCP ID</th><th>Certifications</th><th>Associated</th>' +
    `<th>Links</th></tr></thead><tbody>${rows}</tbody></table>` +
    '<script>requestAnimationFrame(() => setTimeout(() => { window.__mark = performance.now(); }));</script>' +
    '</body></html>'
  );
}

/** A served workspace holding `doc`. */
async function workspaceWith(doc: Doc): Promise<Workspace> {
  const workspace = await startWorkspace();
  const backupDir = join(workspace.dir, 'backups');
  importDocument(workspace.db, parseImportText(JSON.stringify(doc)), { backupDir, onConflict: 'refuse' });
  return workspace;
}

const synthetic = (mcps: number) =>
  syntheticDocument({
    memberships: 1,
    mcpsPerMembership: mcps,
    referencesPerMembership: 20,
    surveysPerMembership: 2,
  });

async function usableAndList(browser: Browser, baselineUrl: string, big: Doc): Promise<void> {
  const workspace = await workspaceWith(big);
  const sample = await startWorkspace();
  const sampleText = readFileSync(SAMPLE_PATH, 'utf8');
  importDocument(sample.db, parseImportText(sampleText), {
    backupDir: join(sample.dir, 'backups'),
    onConflict: 'refuse',
  });
  try {
    const app: number[] = [];
    const small: number[] = [];
    const empty: number[] = [];
    const table: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      empty.push(await navigationToMark(browser, baselineUrl, '#ready'));
      small.push(await navigationToMark(browser, sample.bridge.url, '#overview-heading'));
      app.push(await navigationToMark(browser, workspace.bridge.url, '#overview-heading'));
      // The static page marks itself once its table is parsed and painted.
      table.push(await navigationToMark(browser, `${baselineUrl}static-table.html`, null));
    }
    console.log(
      ratioLine(
        'navigation → wizard usable (sample workspace)',
        median(small),
        'empty React page',
        median(empty),
        2,
      ),
    );
    console.log(
      ratioLine(
        'navigation → wizard usable (5,000-MCP membership open)',
        median(app),
        'empty React page',
        median(empty),
        2,
      ),
    );

    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(workspace.bridge.url);
    await page.getByLabel('As of').fill('2009-08-01');
    await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
    const list: number[] = [];
    const deadlines: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.getByTestId('step-points').click();
      await page.waitForTimeout(50);
      list.push((await page.evaluate(clickToPainted('[data-testid="step-mcps"]', MCP_ROW))) as number);
    }
    const rows = await page.locator(MCP_ROW).count();
    console.log(
      ratioLine(
        `click → 5,000-MCP list painted (${rows} rows in the DOM)`,
        median(list),
        'static 5,000-row table page',
        median(table),
        1,
      ),
    );
    for (let i = 0; i < RUNS; i += 1) {
      await page.getByRole('tab', { name: 'Review' }).click();
      await page.waitForTimeout(50);
      deadlines.push((await page.evaluate(clickToPainted('#tab-deadlines', DEADLINE_ROW))) as number);
    }
    console.log(
      ratioLine(
        'click → Deadlines of that membership painted',
        median(deadlines),
        'static table page',
        median(table),
      ),
    );
    await page.close();
  } finally {
    await workspace.close();
    await sample.close();
  }
}

async function keystrokeToPanel(browser: Browser): Promise<void> {
  const workspace = await workspaceWith(synthetic(500));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(workspace.bridge.url);
    const asOf = page.getByLabel('As of');
    await asOf.fill('2009-08-01');
    await page.getByTestId('readiness-days-left').waitFor();
    const toDom: number[] = [];
    const toPaint: number[] = [];
    for (let i = 0; i < RUNS * 3; i += 1) {
      // One keystroke completes a new valid date: 2009-08-1 → 2009-08-1N.
      await asOf.fill('2009-08-1');
      await page.evaluate(WATCH_KEYSTROKE);
      await page.keyboard.type(String((i % 9) + 1));
      const watched = await page.waitForFunction(() => {
        const m = globalThis as Marks;
        return m.__paint !== undefined && [m.__key, m.__dom, m.__paint];
      });
      const [key, dom, paint] = (await watched.jsonValue()) as [number, number, number];
      toDom.push(dom - key);
      toPaint.push(paint - key);
    }
    console.log(
      ratioLine('keystroke → readiness panel updated (500 MCPs)', median(toDom), 'one frame', FRAME_MS, 1),
    );
    console.log(
      ratioLine('keystroke → readiness panel painted (500 MCPs)', median(toPaint), 'one frame', FRAME_MS),
    );
    await page.close();
  } finally {
    await workspace.close();
  }
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
  const big = synthetic(5_000);
  writeFileSync(join(emptyDir, 'dist', 'static-table.html'), staticTablePage(big));
  const baselines = await serveDir(join(emptyDir, 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    await usableAndList(browser, baselines.url, big);
    await keystrokeToPanel(browser);
  } finally {
    await browser.close();
    baselines.server.close();
    rmSync(SCRATCH, { recursive: true, force: true });
  }
  bundleSize();
}
