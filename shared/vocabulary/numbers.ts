/**
 * A requirement's numbers as people read them, in one pattern everywhere (card, readiness panel,
 * report, CLI): what there is, then what is needed — "85 points, 70 needed", "3 MCPs, 2 needed"
 * — never "85 of 70" (shared/rules/README.md, "Words").
 */
import type { Requirement, RequirementId } from '../rules/types';
import { formatNumber } from '../text/format-number';

/** What a requirement's `actual` and `required` count, singular and plural. */
const UNITS: Readonly<Partial<Record<RequirementId, readonly [string, string]>>> = {
  'registered.maps-assessment': ['%', '%'],
  'certified.points': ['point', 'points'],
  'gold.points': ['point', 'points'],
  'gold.mcps-or-solution': ['MCP', 'MCPs'],
  'gold.mcp-links': ['linked MCP', 'linked MCPs'],
  'gold.mcp-exams': ['MCP current through expiry', 'MCPs current through expiry'],
  'gold.csat': ['counted response', 'counted responses'],
  'gold.references-current': ['current reference', 'current references'],
  'gold.references-assigned': ['reference assigned', 'references assigned'],
};

const amount = (n: number, [singular, plural]: readonly [string, string]) => {
  const word = n === 1 ? singular : plural;
  return word === '' ? formatNumber(n) : `${formatNumber(n)} ${word}`;
};

/** `85 points, 70 needed`, `72 %, 70 % needed`: `actual` counted in `unit`, then `required`. */
export function neededPhrase(actual: number, required: number, unit: readonly [string, string]): string {
  const needed = unit[1] === '%' ? `${formatNumber(required)} %` : formatNumber(required);
  return `${amount(actual, unit)}, ${needed} needed`;
}

/** Points: `0 points, 120 needed`. */
export function pointsNeeded(total: number, required: number): string {
  return neededPhrase(total, required, ['point', 'points']);
}

/** The requirement's numbers in that pattern, or null when it carries none. */
export function requirementNumbers(r: Pick<Requirement, 'id' | 'actual' | 'required'>): string | null {
  if (r.actual === undefined || r.required === undefined) return null;
  return neededPhrase(r.actual, r.required, UNITS[r.id] ?? ['', '']);
}
