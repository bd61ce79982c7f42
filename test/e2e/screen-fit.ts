/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Whether a screen fits its window: the tab row is one row (every tab's top the same), and no
 * text in the header, a tab, a table cell or (from 1280 px) a list cell is cut (more content
 * than box, across or down). The screen sweep checks this on every screen at both window sizes.
 */
import type { Page, TestInfo } from '@playwright/test';
import { checkScreen, type AuditOptions } from './check-screen';
import { expect } from './fixtures';

/** What does not fit on the page as it is, one sentence each (empty when everything fits). */
export function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const tabs = [...document.querySelectorAll('.app__tabs [role="tablist"] > [role="tab"]')].filter(visible);
    const tops = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    if (tops.size > 1) problems.push(`the tab row wraps onto ${tops.size} rows`);
    const TEXT = [
      '.app__header input',
      '.app__header button',
      '.app__header label',
      '[role="tab"]',
      'th',
      'td',
      // A list cell shows three lines, then cuts with its tooltip; from 1280 px wide names and
      // dates are whole.
      ...(window.innerWidth >= 1280 ? ['.vtable__cell'] : []),
      '[role="dialog"] label',
    ].join(', ');
    for (const el of document.querySelectorAll<HTMLElement>(TEXT)) {
      // Text for screen readers only (a visually hidden label, a 1 px box) is clipped on purpose.
      if (!visible(el) || el.closest('[aria-hidden="true"], .visually-hidden')) continue;
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      // A cell that holds a scrolling region (the table inside a dialog) is not itself cut.
      if (el.querySelector('table')) continue;
      const across = el.scrollWidth - el.clientWidth;
      const down = el.scrollHeight - el.clientHeight;
      if (across > 1 || down > 1) {
        const text = (el instanceof HTMLInputElement ? el.value : el.innerText).replace(/\s+/g, ' ').trim();
        if (text)
          problems.push(
            `${el.tagName.toLowerCase()} "${text.slice(0, 60)}" is cut (${across}px across, ${down}px down)`,
          );
      }
    }
    return problems;
  });
}

/**
 * A screen as the sweep looks at it: `checkScreen` (axe in light and dark, screenshots under
 * `screen-sweep/` when SHOTS_DIR is set), then the fit checks.
 */
export async function sweepScreen(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: AuditOptions = {},
): Promise<void> {
  const size = page.viewportSize();
  const suffix = size ? `${size.width}x${size.height}` : 'default';
  await checkScreen(page, testInfo, `${name}-${suffix}`, options);
  expect.soft(await fitProblems(page), `what does not fit on ${name} at ${suffix}`).toEqual([]);
}
