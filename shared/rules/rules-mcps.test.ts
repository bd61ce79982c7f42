import { describe, expect, it } from 'vitest';
import type { Certification, Membership } from '../interchange/schema';
import {
  AS_OF,
  EXPIRES_ON,
  MCP_NAMES,
  goldMembership,
  mcp,
  requirementOf,
  team,
} from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import type { RequirementId } from './types';

const cert = (overrides: Partial<Certification>): Certification => ({
  name: 'MCITP',
  earnedOn: '2007-03-01',
  expiresOn: null,
  newerExamRequiredBy: null,
  ...overrides,
});
const solution = { id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn: '2010-01-10' };
/** `A and B`, `A, B and C`. */
const andList = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

// Every test runs under each ruleset, with the number of MCPs it requires (shared/rules/README.md).
describe.each(RULESETS)('under $id', (R) => {
  const need = R.mcps.required;
  const gold = (overrides: Partial<Membership> = {}) => goldMembership(overrides, R);
  const req = (m: Membership, id: RequirementId, asOf = AS_OF) => requirementOf(m, id, asOf, R);
  /** The team, Sam Lee (the first) holding only `certification`. */
  const withSam = (certification: Certification) =>
    gold({
      professionals: [mcp('p-1', 'Sam Lee', { certifications: [certification] }), ...team(need).slice(1)],
    });
  const last = MCP_NAMES[need - 1] as string;

  describe('gold.mcps-or-solution', () => {
    it('is met with the required number of associated MCPs holding a current certification', () => {
      const r = req(gold(), 'gold.mcps-or-solution');
      expect(r).toMatchObject({ status: 'met', actual: need, required: need });
      expect(r.detail).toContain(andList(MCP_NAMES.slice(0, need)));
    });

    it('counts only associated MCPs', () => {
      const m = gold({
        professionals: [...team(need - 1), mcp(`p-${need}`, last, { associated: false })],
      });
      expect(req(m, 'gold.mcps-or-solution')).toMatchObject({ status: 'unmet', actual: need - 1 });
      expect(req(m, 'gold.mcps-or-solution').action).toContain('one more MCP');
    });

    it('a certification expiring the day before asOf does not count; on and after asOf it does', () => {
      expect(req(withSam(cert({ expiresOn: '2009-08-14' })), 'gold.mcps-or-solution').status).toBe('unmet');
      expect(req(withSam(cert({ expiresOn: '2009-08-15' })), 'gold.mcps-or-solution').status).not.toBe(
        'unmet',
      );
      expect(req(withSam(cert({ expiresOn: '2009-08-16' })), 'gold.mcps-or-solution').status).not.toBe(
        'unmet',
      );
    });

    it('is met through a current certified solution', () => {
      const m = gold({ professionals: team(need - 1), certifiedSolutions: [solution] });
      const r = req(m, 'gold.mcps-or-solution');
      expect(r.status).toBe('met');
      expect(r.detail).toContain('Fabrikam CRM');
      expect(
        req({ ...m, certifiedSolutions: [{ ...solution, expiresOn: '2009-08-14' }] }, 'gold.mcps-or-solution')
          .status,
      ).toBe('unmet');
    });

    it('is at-risk when neither path lasts through expiresOn', () => {
      const r = req(withSam(cert({ expiresOn: '2009-09-29' })), 'gold.mcps-or-solution');
      expect(r).toMatchObject({ status: 'at-risk', dueOn: '2009-09-29' });
      expect(r.action).toContain('Sam Lee must renew MCITP by 29 Sep 2009');
      const solutionOnly = gold({
        professionals: [],
        certifiedSolutions: [{ ...solution, expiresOn: '2009-09-20' }],
      });
      expect(req(solutionOnly, 'gold.mcps-or-solution')).toMatchObject({
        status: 'at-risk',
        dueOn: '2009-09-20',
      });
      expect(req(solutionOnly, 'gold.mcps-or-solution').action).toContain('Fabrikam CRM');
    });

    it('stays met when a certified solution lasts though the MCPs lapse', () => {
      const m = { ...withSam(cert({ expiresOn: '2009-09-29' })), certifiedSolutions: [solution] };
      expect(req(m, 'gold.mcps-or-solution').status).toBe('met');
    });
  });

  describe('gold.mcp-links', () => {
    it('is met with the required number of current MCPs linked to the chosen competency', () => {
      expect(req(gold(), 'gold.mcp-links')).toMatchObject({ status: 'met', actual: need });
    });

    it('is unmet with too few links, suggesting associated MCPs to link', () => {
      const m = gold({
        professionals: [
          ...team(need - 1),
          mcp(`p-${need}`, last, { links: [{ competencyId: 'c-1', specialization: 'Portals' }] }),
        ],
      });
      const r = req(m, 'gold.mcp-links');
      expect(r).toMatchObject({ status: 'unmet', actual: need - 1, required: need });
      expect(r.action).toBe(
        `Link one more MCP to Information Worker Solutions / Unified Communications, for example ${last}`,
      );
    });

    it('says to associate MCPs when no associated MCP is left to link', () => {
      const m = gold({ professionals: team(need - 1) });
      expect(req(m, 'gold.mcp-links').action).toBe(
        'Associate one more MCP with a current certification with Fabrikam Ltd (Seattle) and link them to Information Worker Solutions / Unified Communications',
      );
    });

    it('is unmet when no competency is chosen', () => {
      expect(req(gold({ chosen: null }), 'gold.mcp-links').status).toBe('unmet');
    });

    it('is waived when the MCP requirement is met only through a certified solution', () => {
      const m = gold({ professionals: team(need - 1), certifiedSolutions: [solution] });
      expect(req(m, 'gold.mcp-links').status).toBe('waived');
      expect(req({ ...m, chosen: null }, 'gold.mcp-links').status).toBe('waived');
    });

    // DESIGN §3.2 as revised: waived whenever a current certified solution satisfies
    // gold.mcps-or-solution, linked MCPs or not, so adding an MCP never changes the outcome.
    it('is waived when a solution is current, whether the associated MCPs are linked or not', () => {
      const unlinked = gold({
        professionals: team(need).map((p) => ({ ...p, links: [] })),
        certifiedSolutions: [solution],
      });
      expect(req(unlinked, 'gold.mcp-links').status).toBe('waived');
      expect(req({ ...unlinked, professionals: gold().professionals }, 'gold.mcp-links').status).toBe(
        'waived',
      );
      expect(req(gold(), 'gold.mcp-links').status).toBe('met');
    });
  });

  describe('gold.mcp-exams', () => {
    it('is met when the linked MCPs stay current through expiresOn', () => {
      expect(req(gold(), 'gold.mcp-exams')).toMatchObject({ status: 'met', actual: need });
    });

    it('a newer exam required before expiresOn puts it at risk, naming who, which exam and when', () => {
      const r = req(withSam(cert({ newerExamRequiredBy: '2009-09-29' })), 'gold.mcp-exams');
      expect(r).toMatchObject({ status: 'at-risk', actual: need - 1, required: need, dueOn: '2009-09-29' });
      expect(r.action).toContain('Sam Lee must pass the newer exam for MCITP by 29 Sep 2009');
    });

    it('a newer exam required on or after expiresOn does not', () => {
      expect(req(withSam(cert({ newerExamRequiredBy: EXPIRES_ON })), 'gold.mcp-exams').status).toBe('met');
      expect(req(withSam(cert({ newerExamRequiredBy: '2009-10-01' })), 'gold.mcp-exams').status).toBe('met');
    });

    it('a certification expiring the day before, on and after expiresOn', () => {
      expect(req(withSam(cert({ expiresOn: '2009-09-29' })), 'gold.mcp-exams').status).toBe('at-risk');
      expect(req(withSam(cert({ expiresOn: EXPIRES_ON })), 'gold.mcp-exams').status).toBe('met');
      expect(req(withSam(cert({ expiresOn: '2009-10-01' })), 'gold.mcp-exams').status).toBe('met');
    });

    it('stays met when one more linked MCP covers the one who lapses', () => {
      const [sam, ...rest] = team(need + 1);
      const m = gold({
        professionals: [{ ...sam!, certifications: [cert({ expiresOn: '2009-09-01' })] }, ...rest],
      });
      const r = req(m, 'gold.mcp-exams');
      expect(r).toMatchObject({ status: 'met', actual: need });
      expect(r.detail).toContain('Sam Lee');
    });

    it('is unmet when too few linked MCPs are current today, and waived through a solution', () => {
      const short = gold({ professionals: [...team(need - 1), mcp(`p-${need}`, last, { links: [] })] });
      expect(req(short, 'gold.mcp-exams').status).toBe('unmet');
      expect(
        req({ ...short, professionals: team(need - 1), certifiedSolutions: [solution] }, 'gold.mcp-exams')
          .status,
      ).toBe('waived');
    });

    it('is waived rather than at-risk when a current solution carries the requirement', () => {
      const m = { ...withSam(cert({ expiresOn: '2009-09-29' })), certifiedSolutions: [solution] };
      expect(req(m, 'gold.mcp-exams').status).toBe('waived');
    });

    it('once the enrollment expired, judges at asOf', () => {
      const r = req(withSam(cert({ expiresOn: '2009-10-15' })), 'gold.mcp-exams', '2009-10-10');
      expect(r.status).toBe('met');
    });
  });
});
