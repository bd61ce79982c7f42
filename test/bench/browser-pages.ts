/**
 * What the browser benches share: navigation start → a selector painted, measured inside the
 * page with performance.now(), in a fresh browser context each time; a static file server on
 * 127.0.0.1 for the baseline pages; and the median of a run's samples.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import type { Browser } from '@playwright/test';

/** What the page scripts record on the window. */
export type Marks = { __mark?: number; __key?: number; __dom?: number; __paint?: number };

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// Page code is kept as text: this file is compiled for Node, without the DOM's types.

const MARK_PREFIX = 'bench-mark:';

/**
 * Page code that records the mark and reports it on the console. The runner hears it from the
 * console rather than by evaluating code in the page: Playwright's first evaluation injects its
 * own script into the page (28 ms of the main thread in a trace of the home's start-up), which
 * slowed a page still starting and never one already done, like the empty React page.
 */
export const MARK_NOW = `window.__mark = performance.now(); console.log('${MARK_PREFIX}' + window.__mark);`;

/**
 * Before any script: when `selector` first matches, record performance.now() once painted (the
 * next frame, then a task after it). With `clickFirst`, that element is clicked as soon as it
 * appears and the watch for `selector` starts then: a person's first click, taken at once.
 */
const markWhenPainted = (selector: string, clickFirst: string | null) => `
  const watch = (wanted, found) => {
    const seen = () => {
      const element = document.querySelector(wanted);
      if (!element) return false;
      found(element);
      return true;
    };
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  };
  const mark = () => watch(${JSON.stringify(selector)}, () =>
    requestAnimationFrame(() => setTimeout(() => { ${MARK_NOW} })));
  const clickFirst = ${JSON.stringify(clickFirst)};
  if (clickFirst === null) mark();
  else watch(clickFirst, (element) => { mark(); element.click(); });
`;

/**
 * Navigation start → `selector` painted (or the page's own mark when null), in a fresh context,
 * in ms. With `clickFirst`, that element is clicked once it appears (see markWhenPainted).
 */
export async function navigationToMark(
  browser: Browser,
  url: string,
  selector: string | null,
  clickFirst: string | null = null,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (selector !== null) await page.addInitScript({ content: markWhenPainted(selector, clickFirst) });
  const marked = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no mark from ${url} within 120 s`)), 120_000);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(MARK_PREFIX)) return;
      clearTimeout(timer);
      resolve(Number(text.slice(MARK_PREFIX.length)));
    });
  });
  await page.goto(url);
  const mark = await marked;
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
