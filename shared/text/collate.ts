/**
 * Compare functions over one `Intl.Collator`, made on first use. `a.localeCompare(b, locales,
 * options)` builds a collator on every call in V8: sorting the home's 200 rows took 14 ms each
 * time in Chromium, against 0.2 ms through one collator (after its first use, which loads ICU's
 * collation once per page either way).
 */
export function collatorCompare(
  locales: string | undefined,
  options: Intl.CollatorOptions,
): (a: string, b: string) => number {
  let collator: Intl.Collator | undefined;
  return (a, b) => (collator ??= new Intl.Collator(locales, options)).compare(a, b);
}
