/**
 * The renderer bench's figures after start-up, in a page already open on the built bundle:
 *  - click on the MCP step → the 5,000-MCP list painted, against a static HTML page holding the
 *    same 5,000-row table (navigation → table painted);
 *  - click → the Deadlines of that membership painted, against the same static page;
 *  - keystroke in the "As of" field → readiness panel updated, for a 500-MCP membership, against
 *    one frame (16.7 ms).
 */
import type { Browser } from '@playwright/test';
import type { Workspace } from '../e2e/harness';
import { median, type Marks } from './browser-pages';
import { ratioLine } from './measure';

const RUNS = 7;
const FRAME_MS = 1000 / 60;
const MCP_ROW = '[data-testid="professionals"] tbody tr.vtable__row';
const DEADLINE_ROW = '[data-testid="deadlines-mcp"] tbody tr.vtable__row';

// Page code is kept as text: this file is compiled for Node, without the DOM's types.

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

/** The 5,000-MCP list and the Deadlines view of `workspace`'s one membership, against the static table. */
export async function listAndDeadlines(
  browser: Browser,
  workspace: Workspace,
  tableMs: number,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(workspace.bridge.url);
  await page.locator('.home-table__open').first().click();
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
      tableMs,
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
      tableMs,
    ),
  );
  await page.close();
}

/** Keystroke → readiness panel, in a workspace whose one membership has 500 MCPs. */
export async function keystrokeToPanel(browser: Browser, workspace: Workspace): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(workspace.bridge.url);
  await page.locator('.home-table__open').first().click();
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
}
