/**
 * The readiness report against the evaluation it is built from (issue 6): for the largest
 * synthetic membership, the time to build the report model and render it as HTML and as ICS,
 * each as a ratio to evaluating the same membership in the same run. Figures are printed, never
 * asserted.
 */
import type { Membership } from '../../shared/interchange/schema';
import { buildMembershipReport, renderHtml, renderIcs, type Report } from '../../shared/report';
import { evaluate } from '../../shared/rules/evaluate';
import type { MembershipEvaluation } from '../../shared/rules/types';
import { medianMs, ratioLine } from './measure';
import { LARGE, syntheticDocument } from './synthetic';
import { MPP_2009 } from '../../shared/rules/mpp2009';

const AS_OF = '2009-08-15';
const STAMP = {
  ruleset: 'mpp-2009',
  asOf: AS_OF,
  generatedAt: '2009-08-15T09:30:00.000Z',
  preparer: 'Bench',
};

/** Rows the report walks: MCPs and their certifications, references, CSAT responses. */
function rows(m: Membership): number {
  return (
    m.professionals.reduce((sum, p) => sum + 1 + p.certifications.length, 0) +
    m.references.length +
    m.csatSurveys.reduce((sum, v) => sum + v.responses.length, 0)
  );
}

async function measure(label: string, membership: Membership): Promise<void> {
  const evaluateOne = (): MembershipEvaluation =>
    evaluate([membership], { asOf: AS_OF, ruleset: MPP_2009 }).memberships[0] as MembershipEvaluation;
  const evaluation = evaluateOne();
  const report = (): Report => ({
    stamp: STAMP,
    memberships: [buildMembershipReport(membership, evaluation, STAMP)],
  });
  const html = renderHtml(report());
  const ics = renderIcs(report());
  console.log(
    `${label}: ${membership.professionals.length} MCPs, ${rows(membership)} rows, ` +
      `${evaluation.deadlines.length} deadlines; HTML ${(html.length / 1024).toFixed(0)} KiB, ` +
      `ICS ${(ics.length / 1024).toFixed(0)} KiB`,
  );

  const baseline = await medianMs(evaluateOne, 21, 5);
  const model = await medianMs(report, 21, 5);
  const htmlMs = await medianMs(() => renderHtml(report()), 21, 5);
  const icsMs = await medianMs(() => renderIcs(report()), 21, 5);
  console.log(ratioLine('  report model', model, 'evaluation', baseline));
  console.log(ratioLine('  HTML report (model + render)', htmlMs, 'evaluation', baseline));
  console.log(ratioLine('  ICS deadlines (model + render)', icsMs, 'evaluation', baseline));
}

/** The largest membership of the LARGE workspace; the rest of the workspace is left for the GC. */
function largestMembership(): Membership {
  const doc = syntheticDocument(LARGE);
  return [...doc.memberships].sort((a, b) => rows(b) - rows(a))[0] as Membership;
}

export async function run(): Promise<void> {
  const largest = largestMembership();
  await measure(`largest of the ${LARGE.memberships}-membership workspace (${largest.id})`, largest);

  // Ten times the MCPs, to see how the report scales with the roster.
  const big = syntheticDocument({ ...LARGE, memberships: 1, mcpsPerMembership: 5_000 })
    .memberships[0] as Membership;
  await measure('one membership with 5,000 MCPs', big);
}
