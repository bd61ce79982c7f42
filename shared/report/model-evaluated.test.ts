import { describe, expect, it } from 'vitest';
import sample from '../../examples/fabrikam.json';
import { parseInterchange } from '../interchange/parse';
import { evaluate } from '../rules/evaluate';
import { buildReport, preparerOf } from './model';
import { REPORT_FORMATS, renderReport } from './render';
import { MPP_2009 } from '../rules/mpp2009';

const AS_OF = '2009-08-15';

function sampleReport() {
  const parsed = parseInterchange(sample);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const memberships = parsed.value.memberships;
  const evaluation = evaluate(memberships, { asOf: AS_OF, ruleset: MPP_2009 });
  const report = buildReport(memberships, evaluation, {
    generatedAt: '2009-08-15T09:30:00.000Z',
    preparer: preparerOf(memberships),
  });
  return { evaluation, report };
}

describe('the report of the sample, built from the real evaluator', () => {
  const { evaluation, report } = sampleReport();

  it('holds every membership with its requirements, gaps and deadlines', () => {
    expect(report.memberships.map((m) => m.id)).toEqual(evaluation.memberships.map((m) => m.id));
    report.memberships.forEach((m, i) => {
      const evaluated = evaluation.memberships[i]!;
      expect(m.requirements.map((r) => r.id)).toEqual(evaluated.requirements.map((r) => r.id));
      expect(m.gaps).toHaveLength(evaluated.gaps.length);
      expect(m.deadlines).toHaveLength(evaluated.deadlines.length);
      expect(new Set(m.deadlines.map((d) => d.uid)).size).toBe(m.deadlines.length);
    });
  });

  it('shows the same points and CSAT counts as the rules judged', () => {
    for (const m of report.memberships) {
      const gold = m.requirements.find((r) => r.id === 'gold.points');
      expect(m.points.total).toBe(gold?.actual);
      const csat = m.requirements.find((r) => r.id === 'gold.csat');
      const best = Math.max(0, ...m.csat.surveys.filter((s) => s.inWindow).map((s) => s.counted));
      expect(best).toBe(csat?.actual);
    }
  });

  it('renders in every format', () => {
    for (const format of REPORT_FORMATS) {
      expect(renderReport(report, format).text).toContain(report.memberships[0]!.organization.name);
    }
  });
});
