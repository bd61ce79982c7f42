/**
 * Numbers as en-US writes them ("1,234", "-5", "72.5"): what `n.toLocaleString('en-US')` gives.
 * Whole numbers are grouped here, without Intl: the first number a page formats through Intl
 * waits for ICU's number formatting to load (26 ms in Chromium on the test machine), and the
 * home formats counts in its first frame. Fractions and other values still go through Intl
 * (rare: a fee, a score).
 */
export function formatNumber(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3)
    grouped = `${end > 3 ? ',' : ''}${digits.slice(Math.max(0, end - 3), end)}${grouped}`;
  return n < 0 ? `-${grouped}` : grouped;
}
