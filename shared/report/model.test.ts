import { describe, expect, it } from 'vitest';
import { sampleEvaluation } from '../../test/fixtures/report/evaluation';
import { sampleMembership, STAMP } from '../../test/fixtures/report/membership';
import { MPP_2009 } from '../rules/mpp2009';
import { buildMembershipReport, buildReport, preparerOf } from './model';

describe('buildMembershipReport', () => {
  const report = buildMembershipReport(sampleMembership(), sampleEvaluation(), STAMP);

  it('holds the membership identity, levels, asOf, window and whether the preparer may re-enroll', () => {
    expect(report.organization).toEqual({
      name: 'Fabrikam Ltd',
      partnerId: '1234567',
      location: 'Seattle',
      country: 'US',
    });
    expect([report.level, report.targetLevel, report.asOf]).toEqual(['gold', 'gold', '2009-08-15']);
    expect(report.window).toEqual({
      status: 'open',
      daysLeft: 46,
      opensOn: '2009-07-02',
      expiresOn: '2009-09-30',
    });
    expect(report.mayReenroll.allowed).toBe(false);
    expect(report.mayReenroll.detail).toContain('Dana Smith');
  });

  it('lets the preparer re-enroll exactly when the administrator requirement is met', () => {
    const evaluation = sampleEvaluation();
    const met = {
      ...evaluation,
      requirements: evaluation.requirements.map((r) =>
        r.id === 'admin.global-program-administrator' ? { ...r, status: 'met' as const } : r,
      ),
    };
    expect(buildMembershipReport(sampleMembership(), met, STAMP).mayReenroll.allowed).toBe(true);
  });

  it('titles every requirement and gap, and keeps the fallback', () => {
    expect(report.requirements.map((r) => r.title)).toContain('Gold: 120 partner points');
    expect(report.gaps.map((g) => g.title)).toEqual([
      'Gold: 120 partner points',
      'Gold: MCPs stay certified through expiry',
    ]);
    expect(report.fallback?.level).toBe('certified');
  });

  it('shows points against the thresholds the evaluation required', () => {
    expect(report.points).toEqual({
      total: 60,
      competencies: 30,
      bonus: 20,
      other: 10,
      competencyCount: 1,
      thresholds: { certified: 50, gold: 120 },
    });
  });

  it('sorts deadlines by date', () => {
    expect(report.deadlines.map((d) => d.dueOn)).toEqual([
      '2009-07-02',
      '2009-09-01',
      '2009-09-10',
      '2009-09-30',
    ]);
  });

  it('lists the roster with competency names and certification dates, and the references', () => {
    expect(report.roster[0]?.links).toEqual([
      { competency: 'Information Worker Solutions', specialization: 'Unified Communications' },
    ]);
    expect(report.roster[0]?.certifications[0]?.newerExamRequiredBy).toBe('2009-09-01');
    expect(report.references[0]).toMatchObject({
      customer: 'Contoso',
      competency: 'Information Worker Solutions',
    });
  });

  it('caps CSAT responses at 8 per customer organization, counting a customer listed twice once', () => {
    const membership = sampleMembership();
    const withRepeat = {
      ...membership,
      csatSurveys: [
        {
          id: 'v-1',
          participatedOn: '2009-04-01',
          responses: [
            { customer: 'Contoso', count: 6 },
            { customer: 'Tailspin', count: 3 },
            { customer: 'Contoso', count: 5 },
          ],
        },
        { id: 'v-2', participatedOn: '2008-08-14', responses: [{ customer: 'Wingtip', count: 12 }] },
      ],
    };
    const csat = buildMembershipReport(withRepeat, sampleEvaluation(), STAMP).csat;
    expect(csat).toMatchObject({ perCustomerCap: 8, responsesRequired: 10, windowStartsOn: '2008-08-15' });
    expect(csat.surveys[0]).toMatchObject({ id: 'v-1', inWindow: true, received: 14, counted: 11 });
    expect(csat.surveys[0]?.customers).toEqual([
      { customer: 'Contoso', received: 11, counted: 8 },
      { customer: 'Tailspin', received: 3, counted: 3 },
    ]);
    expect(csat.surveys[1]).toMatchObject({ id: 'v-2', inWindow: false, counted: 8 });
  });

  it('takes thresholds from the ruleset when the evaluation gives none', () => {
    const evaluation = { ...sampleEvaluation(), requirements: [] };
    const ruleset = { ...MPP_2009, points: { ...MPP_2009.points, certified: 40, gold: 100 } };
    expect(buildMembershipReport(sampleMembership(), evaluation, STAMP, ruleset).points.thresholds).toEqual({
      certified: 40,
      gold: 100,
    });
  });
});

describe('buildReport', () => {
  it('pairs memberships with their evaluations by id and stamps the report', () => {
    const first = sampleMembership();
    const second = {
      ...sampleMembership(),
      id: 'm-2',
      organization: { ...first.organization, name: 'Contoso' },
    };
    const evaluation = {
      ruleset: 'mpp-2009',
      asOf: '2009-08-15',
      memberships: [{ ...sampleEvaluation(), id: 'm-2' }, sampleEvaluation()],
    };
    const report = buildReport([first, second], evaluation, {
      generatedAt: STAMP.generatedAt,
      preparer: 'Lee Chen',
    });
    expect(report.stamp).toEqual(STAMP);
    expect(report.memberships.map((m) => [m.id, m.organization.name])).toEqual([
      ['m-1', 'Fabrikam Ltd'],
      ['m-2', 'Contoso'],
    ]);
  });
});

describe('preparerOf', () => {
  it('joins the distinct preparer names, or gives null when none is named', () => {
    const a = sampleMembership();
    const b = {
      ...a,
      contacts: { ...a.contacts, preparer: { name: 'Ana Ruiz', isGlobalProgramAdministrator: true } },
    };
    const none = {
      ...a,
      contacts: { ...a.contacts, preparer: { name: null, isGlobalProgramAdministrator: false } },
    };
    expect(preparerOf([a, b, a])).toBe('Lee Chen, Ana Ruiz');
    expect(preparerOf([none])).toBeNull();
  });
});
