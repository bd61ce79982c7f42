import { describe, expect, it } from 'vitest';
import { MPP_2009 } from './mpp2009';
import { parseRuleset } from './ruleset-schema';
import { REQUIREMENT_IDS } from './types';
import builtIn from './rulesets/mpp-2009.json';
import testRuleset from '../../test/fixtures/rulesets/test-2011.json';

// A copy, so no test can change the imported document.
const read = (document: unknown): unknown => structuredClone(document);
const BUILT_IN = builtIn;
const TEST_RULESET = testRuleset;

describe('ruleset documents', () => {
  it('the built-in mpp-2009 is a valid ruleset document, and MPP_2009 is exactly it', () => {
    const parsed = parseRuleset(read(BUILT_IN));
    expect(parsed).toEqual({ ok: true, value: MPP_2009 });
    expect(Object.keys(MPP_2009.requirements)).toEqual([...REQUIREMENT_IDS]);
  });

  it('the test ruleset is valid and differs from mpp-2009 in every threshold the tests rely on', () => {
    const parsed = parseRuleset(read(TEST_RULESET));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const test = parsed.value;
    expect(test.id).not.toBe(MPP_2009.id);
    expect(test.windowDays).not.toBe(MPP_2009.windowDays);
    expect(test.points.certified).not.toBe(MPP_2009.points.certified);
    expect(test.points.gold).not.toBe(MPP_2009.points.gold);
    expect(test.mcps.required).not.toBe(MPP_2009.mcps.required);
    expect(test.csat.responsesRequired).not.toBe(MPP_2009.csat.responsesRequired);
    expect(test.csat.maxPerCustomer).not.toBe(MPP_2009.csat.maxPerCustomer);
    expect(test.csat.requiredFrom).not.toBe(MPP_2009.csat.requiredFrom);
    expect(test.maps.renewingWaivedThrough).not.toBe(MPP_2009.maps.renewingWaivedThrough);
  });
});

describe('requirement titles', () => {
  // Titles are the document's text, so a number written in one must be the number it sets.
  it.each([BUILT_IN, TEST_RULESET])('of $id write the numbers the document sets, in digits', (doc) => {
    const parsed = parseRuleset(read(doc));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const r = parsed.value;
    const titles = (id: keyof typeof r.requirements) => [
      r.requirements[id].title,
      r.requirements[id].shortTitle,
    ];
    expect(titles('registered.maps-assessment')[0]).toContain(`${r.maps.passPercent} %`);
    for (const t of titles('certified.points')) expect(t).toContain(String(r.points.certified));
    for (const t of titles('gold.points')) expect(t).toContain(String(r.points.gold));
    for (const t of titles('gold.mcps-or-solution')) expect(t).toContain(`${r.mcps.required} MCPs`);
  });
});

describe('parseRuleset', () => {
  const good = () => read(BUILT_IN) as Record<string, Record<string, unknown>>;

  it('names the path of a wrong type', () => {
    const doc = good();
    (doc.points as Record<string, unknown>).certified = 'fifty';
    expect(parseRuleset(doc)).toEqual({
      ok: false,
      problems: [{ path: 'points.certified', message: 'Expected a number' }],
    });
  });

  it('names a missing requirement, an unknown field and a bad date, each by its path', () => {
    const doc = good();
    delete doc.requirements!['gold.csat'];
    (doc.csat as Record<string, unknown>).requiredFrom = '2009-11-31';
    (doc as Record<string, unknown>).extra = true;
    const parsed = parseRuleset(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path).sort()).toEqual([
      'csat.requiredFrom',
      'extra',
      'requirements.gold.csat',
    ]);
  });

  it('refuses negative, fractional and out-of-range numbers and a blank title', () => {
    const doc = good();
    doc.windowDays = 0 as never;
    (doc.points as Record<string, unknown>).gold = 12.5;
    (doc.maps as Record<string, unknown>).passPercent = 101;
    (doc.requirements!['gold.fee'] as Record<string, unknown>).title = '  ';
    const parsed = parseRuleset(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { path: 'windowDays', message: 'Expected 1 or more' },
        { path: 'points.gold', message: 'Expected a whole number' },
        { path: 'maps.passPercent', message: 'Expected 100 or less' },
        { path: 'requirements.gold.fee.title', message: 'Expected text, not an empty string' },
      ]),
    );
  });
});
