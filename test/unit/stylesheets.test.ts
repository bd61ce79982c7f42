/**
 * The renderer's stylesheets stay small and on the design tokens: one beside each feature, none
 * over 300 lines, at most one print block each, and colours only from `shared/design-tokens.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const sheets = stylesheets(RENDERER).map((path) => ({
  name: relative(RENDERER, path),
  text: readFileSync(path, 'utf8'),
}));

describe('renderer stylesheets', () => {
  it('exist, one per feature', () => {
    expect(sheets.length).toBeGreaterThan(10);
  });

  it.each(sheets)('$name stays under 300 lines with at most one print block', ({ text }) => {
    expect(text.split('\n').length).toBeLessThanOrEqual(300);
    expect(text.match(/@media print/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it.each(sheets)('$name takes its colours from the design tokens', ({ text }) => {
    const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '');
    // Print forces black ink on paper; every other colour is a custom property.
    const literals = (withoutComments.match(/#[0-9a-f]{3,8}\b/gi) ?? []).filter((c) => c !== '#000');
    expect(literals).toEqual([]);
  });
});
