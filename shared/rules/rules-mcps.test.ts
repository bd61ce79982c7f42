import { describe, expect, it } from 'vitest';
import type { Certification } from '../interchange/schema';
import { EXPIRES_ON, goldMembership, mcp, requirementOf } from '../../test/fixtures/gold-membership';

const cert = (overrides: Partial<Certification>): Certification => ({
  name: 'MCITP',
  earnedOn: '2007-03-01',
  expiresOn: null,
  newerExamRequiredBy: null,
  ...overrides,
});
const solution = { id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn: '2010-01-10' };
const withSam = (certification: Certification) =>
  goldMembership({
    professionals: [mcp('p-1', 'Sam Lee', { certifications: [certification] }), mcp('p-2', 'Ana Ruiz')],
  });

describe('gold.mcps-or-solution', () => {
  it('is met with 2 associated MCPs holding a current certification', () => {
    const r = requirementOf(goldMembership(), 'gold.mcps-or-solution');
    expect(r).toMatchObject({ status: 'met', actual: 2, required: 2 });
    expect(r.detail).toContain('Sam Lee and Ana Ruiz');
  });

  it('counts only associated MCPs', () => {
    const m = goldMembership({
      professionals: [mcp('p-1', 'Sam Lee'), mcp('p-2', 'Ana Ruiz', { associated: false })],
    });
    expect(requirementOf(m, 'gold.mcps-or-solution')).toMatchObject({ status: 'unmet', actual: 1 });
    expect(requirementOf(m, 'gold.mcps-or-solution').action).toContain('one more MCP');
  });

  it('a certification expiring the day before asOf does not count; on and after asOf it does', () => {
    expect(requirementOf(withSam(cert({ expiresOn: '2009-08-14' })), 'gold.mcps-or-solution').status).toBe(
      'unmet',
    );
    expect(
      requirementOf(withSam(cert({ expiresOn: '2009-08-15' })), 'gold.mcps-or-solution').status,
    ).not.toBe('unmet');
    expect(
      requirementOf(withSam(cert({ expiresOn: '2009-08-16' })), 'gold.mcps-or-solution').status,
    ).not.toBe('unmet');
  });

  it('is met through a current certified solution', () => {
    const m = goldMembership({ professionals: [mcp('p-1', 'Sam Lee')], certifiedSolutions: [solution] });
    const r = requirementOf(m, 'gold.mcps-or-solution');
    expect(r.status).toBe('met');
    expect(r.detail).toContain('Fabrikam CRM');
    expect(
      requirementOf(
        { ...m, certifiedSolutions: [{ ...solution, expiresOn: '2009-08-14' }] },
        'gold.mcps-or-solution',
      ).status,
    ).toBe('unmet');
  });

  it('is at-risk when neither path lasts through expiresOn', () => {
    const r = requirementOf(withSam(cert({ expiresOn: '2009-09-29' })), 'gold.mcps-or-solution');
    expect(r).toMatchObject({ status: 'at-risk', dueOn: '2009-09-29' });
    expect(r.action).toContain('Sam Lee must renew MCITP by 29 Sep 2009');
    const solutionOnly = goldMembership({
      professionals: [],
      certifiedSolutions: [{ ...solution, expiresOn: '2009-09-20' }],
    });
    expect(requirementOf(solutionOnly, 'gold.mcps-or-solution')).toMatchObject({
      status: 'at-risk',
      dueOn: '2009-09-20',
    });
    expect(requirementOf(solutionOnly, 'gold.mcps-or-solution').action).toContain('Fabrikam CRM');
  });

  it('stays met when a certified solution lasts though the MCPs lapse', () => {
    const m = { ...withSam(cert({ expiresOn: '2009-09-29' })), certifiedSolutions: [solution] };
    expect(requirementOf(m, 'gold.mcps-or-solution').status).toBe('met');
  });
});

describe('gold.mcp-links', () => {
  it('is met with 2 current MCPs linked to the chosen competency and specialization', () => {
    expect(requirementOf(goldMembership(), 'gold.mcp-links')).toMatchObject({ status: 'met', actual: 2 });
  });

  it('is unmet with too few links, suggesting associated MCPs to link', () => {
    const m = goldMembership({
      professionals: [
        mcp('p-1', 'Sam Lee'),
        mcp('p-2', 'Ana Ruiz', { links: [{ competencyId: 'c-1', specialization: 'Portals' }] }),
      ],
    });
    const r = requirementOf(m, 'gold.mcp-links');
    expect(r).toMatchObject({ status: 'unmet', actual: 1, required: 2 });
    expect(r.action).toBe(
      'Link one more MCP to Information Worker Solutions / Unified Communications, for example Ana Ruiz',
    );
  });

  it('says to associate MCPs when no associated MCP is left to link', () => {
    const m = goldMembership({ professionals: [mcp('p-1', 'Sam Lee')] });
    expect(requirementOf(m, 'gold.mcp-links').action).toBe(
      'Associate one more MCP with a current certification with Fabrikam Ltd (Seattle) and link them to Information Worker Solutions / Unified Communications',
    );
  });

  it('is unmet when no competency is chosen', () => {
    expect(requirementOf(goldMembership({ chosen: null }), 'gold.mcp-links').status).toBe('unmet');
  });

  it('is waived when the MCP requirement is met only through a certified solution', () => {
    const m = goldMembership({ professionals: [mcp('p-1', 'Sam Lee')], certifiedSolutions: [solution] });
    expect(requirementOf(m, 'gold.mcp-links').status).toBe('waived');
    expect(requirementOf({ ...m, chosen: null }, 'gold.mcp-links').status).toBe('waived');
  });

  // DESIGN §3.2 as revised: waived whenever a current certified solution satisfies
  // gold.mcps-or-solution, linked MCPs or not, so adding an MCP never changes the outcome.
  it('is waived when a solution is current, whether the associated MCPs are linked or not', () => {
    const unlinked = goldMembership({
      professionals: [mcp('p-1', 'Sam Lee', { links: [] }), mcp('p-2', 'Ana Ruiz', { links: [] })],
      certifiedSolutions: [solution],
    });
    expect(requirementOf(unlinked, 'gold.mcp-links').status).toBe('waived');
    expect(
      requirementOf({ ...unlinked, professionals: goldMembership().professionals }, 'gold.mcp-links').status,
    ).toBe('waived');
    expect(requirementOf(goldMembership(), 'gold.mcp-links').status).toBe('met');
  });
});

describe('gold.mcp-exams', () => {
  it('is met when the linked MCPs stay current through expiresOn', () => {
    expect(requirementOf(goldMembership(), 'gold.mcp-exams')).toMatchObject({ status: 'met', actual: 2 });
  });

  it('a newer exam required before expiresOn puts it at risk, naming who, which exam and when', () => {
    const r = requirementOf(withSam(cert({ newerExamRequiredBy: '2009-09-29' })), 'gold.mcp-exams');
    expect(r).toMatchObject({ status: 'at-risk', actual: 1, required: 2, dueOn: '2009-09-29' });
    expect(r.action).toContain('Sam Lee must pass the newer exam for MCITP by 29 Sep 2009');
  });

  it('a newer exam required on or after expiresOn does not', () => {
    expect(requirementOf(withSam(cert({ newerExamRequiredBy: EXPIRES_ON })), 'gold.mcp-exams').status).toBe(
      'met',
    );
    expect(requirementOf(withSam(cert({ newerExamRequiredBy: '2009-10-01' })), 'gold.mcp-exams').status).toBe(
      'met',
    );
  });

  it('a certification expiring the day before, on and after expiresOn', () => {
    expect(requirementOf(withSam(cert({ expiresOn: '2009-09-29' })), 'gold.mcp-exams').status).toBe(
      'at-risk',
    );
    expect(requirementOf(withSam(cert({ expiresOn: EXPIRES_ON })), 'gold.mcp-exams').status).toBe('met');
    expect(requirementOf(withSam(cert({ expiresOn: '2009-10-01' })), 'gold.mcp-exams').status).toBe('met');
  });

  it('stays met when a third linked MCP covers the one who lapses', () => {
    const m = goldMembership({
      professionals: [
        mcp('p-1', 'Sam Lee', { certifications: [cert({ expiresOn: '2009-09-01' })] }),
        mcp('p-2', 'Ana Ruiz'),
        mcp('p-3', 'Ravi Patel'),
      ],
    });
    const r = requirementOf(m, 'gold.mcp-exams');
    expect(r).toMatchObject({ status: 'met', actual: 2 });
    expect(r.detail).toContain('Sam Lee');
  });

  it('is unmet when fewer than 2 linked MCPs are current today, and waived through a solution', () => {
    const one = goldMembership({
      professionals: [mcp('p-1', 'Sam Lee'), mcp('p-2', 'Ana Ruiz', { links: [] })],
    });
    expect(requirementOf(one, 'gold.mcp-exams').status).toBe('unmet');
    expect(
      requirementOf(
        { ...one, professionals: [mcp('p-1', 'Sam Lee')], certifiedSolutions: [solution] },
        'gold.mcp-exams',
      ).status,
    ).toBe('waived');
  });

  it('is waived rather than at-risk when a current solution carries the requirement', () => {
    const m = { ...withSam(cert({ expiresOn: '2009-09-29' })), certifiedSolutions: [solution] };
    expect(requirementOf(m, 'gold.mcp-exams').status).toBe('waived');
  });

  it('once the enrollment expired, judges at asOf', () => {
    const r = requirementOf(withSam(cert({ expiresOn: '2009-10-15' })), 'gold.mcp-exams', '2009-10-10');
    expect(r.status).toBe('met');
  });
});
