import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Membership, Reference } from '../interchange/schema';
import {
  AS_OF,
  EXPIRES_ON,
  goldMembership,
  reference,
  requirementOf,
} from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import { humanDate } from '../vocabulary/dates';
import type { RequirementId } from './types';

// Every test runs under each ruleset: how many references it requires and how long before a
// lapse a replacement must be requested (shared/rules/README.md).
describe.each(RULESETS)('under $id', (R) => {
  const { required: need, leadDays } = R.references;
  const req = (m: Membership, id: RequirementId, asOf = AS_OF) => requirementOf(m, id, asOf, R);
  const withRefs = (...references: Reference[]) => goldMembership({ references }, R);
  /** The first reference (Contoso) changed by `overrides`, then the others the ruleset requires. */
  const contosoAnd = (overrides: Partial<Reference>) =>
    withRefs(reference(0, overrides), ...Array.from({ length: need - 1 }, (_, i) => reference(i + 1)));

  describe('gold.references-current', () => {
    it('is met with accepted, assigned references lasting through expiresOn', () => {
      const r = req(contosoAnd({}), 'gold.references-current');
      expect(r).toMatchObject({ status: 'met', actual: need, required: need });
      expect(r.detail).toContain('Contoso');
    });

    it('a reference expiring the day before asOf does not count; on asOf it does', () => {
      expect(req(contosoAnd({ expiresOn: '2009-08-14' }), 'gold.references-current').status).toBe('unmet');
      expect(req(contosoAnd({ expiresOn: '2009-08-15' }), 'gold.references-current').status).toBe('at-risk');
    });

    it('is at-risk when it lapses before expiresOn, with the request-by date', () => {
      // Early in the window, so the request-by date is still ahead under every lead time.
      const asOf = '2009-08-01';
      const requestBy = addDays('2009-09-20', -leadDays);
      const r = req(contosoAnd({ expiresOn: '2009-09-20' }), 'gold.references-current', asOf);
      expect(r).toMatchObject({ status: 'at-risk', actual: need, dueOn: requestBy });
      expect(r.action).toContain(
        `Request a replacement for the Contoso reference by ${humanDate(requestBy)}`,
      );
      expect(r.detail).toContain('20 Sep 2009');
    });

    it('a reference expiring on expiresOn lasts; the day before does not', () => {
      expect(req(contosoAnd({ expiresOn: EXPIRES_ON }), 'gold.references-current').status).toBe('met');
      expect(req(contosoAnd({ expiresOn: '2009-09-29' }), 'gold.references-current').status).toBe('at-risk');
    });

    it('stays met when one more reference lasts', () => {
      const m = withRefs(
        reference(0, { expiresOn: '2009-09-01' }),
        ...Array.from({ length: need }, (_, i) => reference(i + 1)),
      );
      expect(req(m, 'gold.references-current')).toMatchObject({ status: 'met', actual: need + 1 });
    });

    it('does not count draft, requested, declined or other-competency references', () => {
      const m = withRefs(
        reference(0, { status: 'requested', acceptedOn: null }),
        reference(0, { id: 'r-2', status: 'declined' }),
        reference(0, { id: 'r-3', status: 'draft' }),
        reference(0, { id: 'r-4', competencyId: 'c-2', specialization: 'Advanced Infrastructure' }),
        reference(0, { id: 'r-5', specialization: 'Portals' }),
      );
      const r = req(m, 'gold.references-current');
      expect(r).toMatchObject({ status: 'unmet', actual: 0, dueOn: addDays(EXPIRES_ON, -leadDays) });
      expect(r.action).toContain('follow up the requests to Contoso');
    });

    it('says requests were due once the request-by date is past', () => {
      const late = addDays(EXPIRES_ON, -leadDays + 1);
      const r = req(withRefs(), 'gold.references-current', late);
      expect(r).toMatchObject({ status: 'unmet', dueOn: addDays(EXPIRES_ON, -leadDays) });
      expect(r.action).toMatch(new RegExp(`^Requests were due ${humanDate(addDays(EXPIRES_ON, -leadDays))}`));
    });

    it('is unmet when no competency is chosen', () => {
      expect(req(goldMembership({ chosen: null }, R), 'gold.references-current').status).toBe('unmet');
    });
  });

  describe('gold.references-assigned', () => {
    it('is met when every accepted or requested reference is assigned', () => {
      const m = withRefs(
        reference(0),
        reference(1, { status: 'draft', competencyId: null, specialization: null }),
      );
      expect(req(m, 'gold.references-assigned').status).toBe('met');
    });

    it('is unmet and lists those that are not', () => {
      const m = withRefs(
        reference(0),
        reference(1, { status: 'requested', competencyId: null, specialization: null }),
        reference(2, { specialization: null }),
      );
      const r = req(m, 'gold.references-assigned');
      expect(r).toMatchObject({ status: 'unmet', actual: 1, required: 3 });
      expect(r.detail).toContain('Tailspin Toys and Northwind Traders');
      // Names for people, ids for scripts.
      expect(r.about.references?.map((x) => x.id)).toEqual(['r-2', 'r-3']);
    });
  });
});
