import { describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { describeProblems } from '../validation';
import { parseInterchange } from './parse';

const document = (membership: unknown) => ({
  format: 'partner-reenrollment',
  version: 1,
  memberships: [membership],
});

describe('parseInterchange: the chosen competency', () => {
  it('accepts a chosen specialization the chosen competency offers', () => {
    expect(parseInterchange(document(goldMembership())).ok).toBe(true);
  });

  it('refuses a chosen specialization the chosen competency does not offer, naming the path', () => {
    const m = goldMembership({ chosen: { competencyId: 'c-1', specialization: 'Advanced Infrastructure' } });
    const parsed = parseInterchange(document(m));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        path: 'memberships[0].chosen.specialization',
        message:
          'The competency Information Worker Solutions has no specialization "Advanced Infrastructure" (it offers "Unified Communications")',
        membership: `${m.organization.name} — ${m.organization.location}`,
      },
    ]);
  });
});

describe('parseInterchange: problems name their membership', () => {
  it('names the organization and location of the membership a field belongs to, as a field', () => {
    const valid = goldMembership();
    const nameless = { ...valid, organization: { ...valid.organization, name: ' ' } };
    const bad = { ...valid, enrollment: { ...valid.enrollment, expiresOn: '2009-02-30' } };
    const parsed = parseInterchange({ ...document(bad), memberships: [valid, bad, nameless] });
    expect(!parsed.ok && parsed.problems).toEqual([
      {
        path: 'memberships[1].enrollment.expiresOn',
        message: 'Expected a date YYYY-MM-DD',
        membership: `${valid.organization.name} — ${valid.organization.location}`,
      },
      { path: 'memberships[2].organization.name', message: 'The organization name is required' },
    ]);
  });

  it('writes each problem on one line for the CLI and the import dialog, membership first', () => {
    const problems = [
      {
        path: 'memberships[0].level',
        message: 'Expected one of registered, certified, gold',
        membership: 'Fabrikam Ltd — Seattle',
      },
      { path: 'format', message: 'Expected "partner-reenrollment"' },
    ];
    expect(describeProblems(problems)).toBe(
      'Fabrikam Ltd — Seattle, memberships[0].level: Expected one of registered, certified, gold\n' +
        'format: Expected "partner-reenrollment"',
    );
  });
});
