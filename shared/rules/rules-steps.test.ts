import { describe, expect, it } from 'vitest';
import type { Membership } from '../interchange/schema';
import { AS_OF, goldMembership, requirementOf } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import type { RequirementId } from './types';

const notDone = { done: false, on: null, note: null };

// The steps read no threshold, but they are evaluated under each ruleset like every rule.
describe.each(RULESETS)('under $id', (R) => {
  const gold = (overrides: Partial<Membership> = {}) => goldMembership(overrides, R);
  const req = (m: Membership, id: RequirementId) => requirementOf(m, id, AS_OF, R);
  const base = gold();

  describe('admin.global-program-administrator', () => {
    it('is met when the preparer is the global program administrator', () => {
      expect(req(base, 'admin.global-program-administrator')).toMatchObject({
        status: 'met',
        level: 'all',
        kind: 'step',
        blocking: true,
      });
    });

    it('is unmet otherwise and names the primary program contact of the organization and location', () => {
      const m = gold({
        contacts: {
          primaryProgramContact: { name: 'Dana Smith', email: 'dana@fabrikam.example' },
          preparer: { name: 'Lee Chen', isGlobalProgramAdministrator: false },
        },
      });
      const r = req(m, 'admin.global-program-administrator');
      expect(r.status).toBe('unmet');
      expect(r.detail).toContain('Lee Chen');
      expect(r.detail).toContain('Dana Smith (dana@fabrikam.example)');
      expect(r.detail).toContain('Fabrikam Ltd (Seattle)');
      expect(r.action).toBe('Ask Dana Smith to re-enroll Fabrikam Ltd (Seattle)');
    });

    it('says where to find the contact when none is recorded', () => {
      const m = gold({
        contacts: {
          primaryProgramContact: { name: null, email: null },
          preparer: { name: null, isGlobalProgramAdministrator: false },
        },
      });
      expect(req(m, 'admin.global-program-administrator').detail).toContain('Membership Center');
    });
  });

  describe('manual steps', () => {
    it('are met when confirmed, naming the day', () => {
      expect(req(base, 'steps.sign-in')).toMatchObject({ status: 'met' });
      expect(req(base, 'steps.sign-in').detail).toContain('5 Jul 2009');
      expect(req(base, 'steps.terms-agreed').status).toBe('met');
      expect(req(base, 'gold.terms-signed')).toMatchObject({
        status: 'met',
        level: 'gold',
        kind: 'step',
      });
    });

    it('are todo with an action until confirmed', () => {
      const m = gold({
        steps: { ...base.steps, signIn: notDone, termsAgreed: notDone, termsSigned: notDone },
      });
      for (const id of ['steps.sign-in', 'steps.terms-agreed', 'gold.terms-signed'] as const) {
        const r = req(m, id);
        expect(r.status).toBe('todo');
        expect(r.action).toBeTruthy();
      }
    });
  });

  describe('steps.profile', () => {
    it('is met when complete and verified', () => {
      expect(req(base, 'steps.profile').status).toBe('met');
    });

    it('is todo when complete but not verified', () => {
      const m = gold({ steps: { ...base.steps, profileVerified: notDone } });
      expect(req(m, 'steps.profile')).toMatchObject({ status: 'todo' });
    });

    it('is unmet and lists the missing fields when incomplete, verified or not', () => {
      const m = gold({
        organization: { ...base.organization, phone: null, address: null },
        contacts: { ...base.contacts, primaryProgramContact: { name: 'Dana Smith', email: null } },
      });
      const r = req(m, 'steps.profile');
      expect(r.status).toBe('unmet');
      expect(r.detail).toContain('address, phone, primary contact email');
      expect(r.action).toContain('address, phone, primary contact email');
    });
  });

  describe('gold.fee', () => {
    it('is met when paid with amount and currency', () => {
      const r = req(base, 'gold.fee');
      expect(r.status).toBe('met');
      expect(r.detail).toContain('1,500 USD');
      expect(r.detail).toContain('12 Jul 2009');
    });

    it('is todo when marked paid without the amount or currency', () => {
      const m = gold({
        steps: { ...base.steps, feePaid: { ...base.steps.feePaid, currency: null } },
      });
      expect(req(m, 'gold.fee')).toMatchObject({
        status: 'todo',
        action: 'Record the amount and currency of the fee paid',
      });
    });

    it('is todo with the country when not paid', () => {
      const m = gold({
        steps: { ...base.steps, feePaid: { ...notDone, amount: null, currency: null } },
      });
      expect(req(m, 'gold.fee')).toMatchObject({ status: 'todo' });
      expect(req(m, 'gold.fee').action).toContain('for US');
    });
  });

  describe('gold.competency-other', () => {
    it('is met when the chosen competency is confirmed', () => {
      expect(req(base, 'gold.competency-other').status).toBe('met');
    });

    it('is todo when not confirmed, naming the competency', () => {
      const m = gold({
        competencies: base.competencies.map((c) => ({ ...c, otherRequirementsMet: false })),
      });
      const r = req(m, 'gold.competency-other');
      expect(r.status).toBe('todo');
      expect(r.detail).toContain('Information Worker Solutions');
    });

    it('is unmet when no competency is chosen', () => {
      expect(req(gold({ chosen: null }), 'gold.competency-other').status).toBe('unmet');
    });
  });
});
