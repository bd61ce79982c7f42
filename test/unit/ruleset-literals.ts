/**
 * Finds what would tie the renderer to one ruleset (shared/rules/README.md, "Rulesets are
 * data"): an import of a built-in ruleset document, or one of a ruleset's numbers and dates
 * written into the source — "90 days", "120 points", "70 %", "8 per customer", "two MCPs",
 * "1 Nov 2009". Comments are left out (they explain, people never read them on screen).
 */
import type { Ruleset } from '../../shared/rules/ruleset';
import { humanDate } from '../../shared/vocabulary/dates';

export interface Finding {
  readonly line: number;
  readonly why: string;
  readonly text: string;
}

interface Pattern {
  readonly why: string;
  readonly re: RegExp;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `8` or `eight`, as a regular-expression alternative. */
const numberRe = (n: number) => (n < WORDS.length ? `(?:${n}|${WORDS[n]})` : String(n));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The patterns of one ruleset's numbers and dates in text for people. */
export function rulesetPatterns(ruleset: Ruleset): readonly Pattern[] {
  const { windowDays, points, mcps, csat, maps, references, deadlines } = ruleset;
  const p = (why: string, source: string): Pattern => ({ why, re: new RegExp(source, 'i') });
  const n = (value: number) => `\\b${numberRe(value)}\\b`;
  const dayCounts = [...new Set([windowDays, references.leadDays, deadlines.soonDays])];
  const pointNumbers = [
    ...new Set([points.certified, points.gold, points.perCompetency, points.firstCompetencyBonus]),
  ];
  const dates = [csat.requiredFrom, maps.renewingWaivedThrough];
  return [
    p(
      'a built-in ruleset imported',
      String.raw`(?:from|import\()\s*['"][^'"]*(?:rules/mpp2009|rulesets/)[^'"]*['"]`,
    ),
    p('the ruleset id', `\\b${escape(ruleset.id)}\\b`),
    ...dayCounts.map((d) => p(`${d} days`, `${n(d)}[\\s-]*days?\\b`)),
    ...pointNumbers.map((v) =>
      p(`${v} points`, `${n(v)}\\s+(?:qualifying\\s+|partner\\s+|bonus\\s+)*points?\\b`),
    ),
    p(`of ${points.gold}`, `\\bof\\s+${points.gold}\\b`),
    p(`${points.gold} alone`, `\\(${points.gold}\\)`),
    p(`${points.firstCompetencyBonus} bonus`, `${n(points.firstCompetencyBonus)}\\s+(?:once|bonus)\\b`),
    p(`${maps.passPercent} %`, `${n(maps.passPercent)}\\s*(?:%|percent)`),
    p(`${mcps.required} MCPs`, `${n(mcps.required)}\\s+(?:MCPs?|Microsoft Certified Professionals)\\b`),
    p(
      `${csat.responsesRequired} responses`,
      `${n(csat.responsesRequired)}\\s+(?:or more\\s+)?(?:counted\\s+)?responses\\b`,
    ),
    p(`${csat.responsesRequired} needed`, `${n(csat.responsesRequired)}\\s+needed\\b`),
    p(
      `${csat.maxPerCustomer} per customer`,
      `${n(csat.maxPerCustomer)}\\s+(?:responses\\s+)?(?:per|from\\s+(?:one|any one|the same|a single))\\s+customer`,
    ),
    p(`up to ${csat.maxPerCustomer}`, `\\bup to\\s+${numberRe(csat.maxPerCustomer)}\\b`),
    ...dates.flatMap((d) => [p(d, `\\b${d}\\b`), p(humanDate(d), `\\b${escape(humanDate(d))}\\b`)]),
    // "after October 2009", "until late 2009", "the end of 2009": an effective date in words.
    ...[...new Set(dates.map((d) => d.slice(0, 4)))].map((year) =>
      p(
        `${year} in words`,
        `\\b(?:after|before|until|through|late|early|end of|from)\\s+(?:\\w+\\s+)?${year}\\b`,
      ),
    ),
  ];
}

/** The source with its comments blanked (line breaks kept), strings and templates untouched. */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const ch = source[i] as string;
    const next = source[i + 1];
    if (quote) {
      out += ch;
      if (ch === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (ch === quote) quote = null;
      i += 1;
    } else if (ch === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Every line of `source` that imports a ruleset or writes one of its numbers. */
export function scanSource(source: string, ruleset: Ruleset): Finding[] {
  const patterns = rulesetPatterns(ruleset);
  const findings: Finding[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((text, index) => {
      for (const { why, re } of patterns) {
        if (re.test(text)) findings.push({ line: index + 1, why, text: text.trim() });
      }
    });
  return findings;
}
