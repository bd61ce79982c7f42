import { describe, expect, it } from 'vitest';
import { goldMembership, requirementOf } from '../../test/fixtures/gold-membership';

const base = goldMembership();
const notDone = { done: false, on: null, note: null };

describe('admin.global-program-administrator', () => {
  it('is met when the preparer is the global program administrator', () => {
    expect(requirementOf(base, 'admin.global-program-administrator')).toMatchObject({
      status: 'met',
      level: 'all',
      kind: 'step',
      blocking: true,
    });
  });

  it('is unmet otherwise and names the primary program contact of the organization and location', () => {
    const m = goldMembership({
      contacts: {
        primaryProgramContact: { name: 'Dana Smith', email: 'dana@fabrikam.example' },
        preparer: { name: 'Lee Chen', isGlobalProgramAdministrator: false },
      },
    });
    const r = requirementOf(m, 'admin.global-program-administrator');
    expect(r.status).toBe('unmet');
    expect(r.detail).toContain('Lee Chen');
    expect(r.detail).toContain('Dana Smith (dana@fabrikam.example)');
    expect(r.detail).toContain('Fabrikam Ltd (Seattle)');
    expect(r.action).toBe('Ask Dana Smith to re-enroll Fabrikam Ltd (Seattle)');
  });

  it('says where to find the contact when none is recorded', () => {
    const m = goldMembership({
      contacts: {
        primaryProgramContact: { name: null, email: null },
        preparer: { name: null, isGlobalProgramAdministrator: false },
      },
    });
    expect(requirementOf(m, 'admin.global-program-administrator').detail).toContain('Membership Center');
  });
});

describe('manual steps', () => {
  it('are met when confirmed, naming the day', () => {
    expect(requirementOf(base, 'steps.sign-in')).toMatchObject({ status: 'met' });
    expect(requirementOf(base, 'steps.sign-in').detail).toContain('5 Jul 2009');
    expect(requirementOf(base, 'steps.terms-agreed').status).toBe('met');
    expect(requirementOf(base, 'gold.terms-signed')).toMatchObject({
      status: 'met',
      level: 'gold',
      kind: 'step',
    });
  });

  it('are todo with an action until confirmed', () => {
    const m = goldMembership({
      steps: { ...base.steps, signIn: notDone, termsAgreed: notDone, termsSigned: notDone },
    });
    for (const id of ['steps.sign-in', 'steps.terms-agreed', 'gold.terms-signed'] as const) {
      const r = requirementOf(m, id);
      expect(r.status).toBe('todo');
      expect(r.action).toBeTruthy();
    }
  });
});

describe('steps.profile', () => {
  it('is met when complete and verified', () => {
    expect(requirementOf(base, 'steps.profile').status).toBe('met');
  });

  it('is todo when complete but not verified', () => {
    const m = goldMembership({ steps: { ...base.steps, profileVerified: notDone } });
    expect(requirementOf(m, 'steps.profile')).toMatchObject({ status: 'todo' });
  });

  it('is unmet and lists the missing fields when incomplete, verified or not', () => {
    const m = goldMembership({
      organization: { ...base.organization, phone: null, address: null },
      contacts: { ...base.contacts, primaryProgramContact: { name: 'Dana Smith', email: null } },
    });
    const r = requirementOf(m, 'steps.profile');
    expect(r.status).toBe('unmet');
    expect(r.detail).toContain('address, phone, primary contact email');
    expect(r.action).toContain('address, phone, primary contact email');
  });
});

describe('gold.fee', () => {
  it('is met when paid with amount and currency', () => {
    const r = requirementOf(base, 'gold.fee');
    expect(r.status).toBe('met');
    expect(r.detail).toContain('1,500 USD');
    expect(r.detail).toContain('12 Jul 2009');
  });

  it('is todo when marked paid without the amount or currency', () => {
    const m = goldMembership({
      steps: { ...base.steps, feePaid: { ...base.steps.feePaid, currency: null } },
    });
    expect(requirementOf(m, 'gold.fee')).toMatchObject({
      status: 'todo',
      action: 'Record the amount and currency of the fee paid',
    });
  });

  it('is todo with the country when not paid', () => {
    const m = goldMembership({
      steps: { ...base.steps, feePaid: { ...notDone, amount: null, currency: null } },
    });
    expect(requirementOf(m, 'gold.fee')).toMatchObject({ status: 'todo' });
    expect(requirementOf(m, 'gold.fee').action).toContain('for US');
  });
});

describe('gold.competency-other', () => {
  it('is met when the chosen competency is confirmed', () => {
    expect(requirementOf(base, 'gold.competency-other').status).toBe('met');
  });

  it('is todo when not confirmed, naming the competency', () => {
    const m = goldMembership({
      competencies: base.competencies.map((c) => ({ ...c, otherRequirementsMet: false })),
    });
    const r = requirementOf(m, 'gold.competency-other');
    expect(r.status).toBe('todo');
    expect(r.detail).toContain('Information Worker Solutions');
  });

  it('is unmet when no competency is chosen', () => {
    expect(requirementOf(goldMembership({ chosen: null }), 'gold.competency-other').status).toBe('unmet');
  });
});
