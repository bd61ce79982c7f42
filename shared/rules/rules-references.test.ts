import { describe, expect, it } from 'vitest';
import type { Reference } from '../interchange/schema';
import { goldMembership, requirementOf } from '../../test/fixtures/gold-membership';

const ref = (overrides: Partial<Reference> = {}): Reference => ({
  id: 'r-1',
  customer: 'Contoso',
  status: 'accepted',
  requestedOn: '2009-01-05',
  acceptedOn: '2009-01-20',
  expiresOn: '2010-06-30',
  competencyId: 'c-1',
  specialization: 'Unified Communications',
  ...overrides,
});
const withRefs = (...references: Reference[]) => goldMembership({ references });

describe('gold.references-current', () => {
  it('is met with an accepted, assigned reference lasting through expiresOn', () => {
    const r = requirementOf(withRefs(ref()), 'gold.references-current');
    expect(r).toMatchObject({ status: 'met', actual: 1, required: 1 });
    expect(r.detail).toContain('Contoso');
  });

  it('a reference expiring the day before asOf does not count; on asOf it does', () => {
    expect(requirementOf(withRefs(ref({ expiresOn: '2009-08-14' })), 'gold.references-current').status).toBe(
      'unmet',
    );
    expect(requirementOf(withRefs(ref({ expiresOn: '2009-08-15' })), 'gold.references-current').status).toBe(
      'at-risk',
    );
  });

  it('is at-risk when it lapses before expiresOn, with the request-by date', () => {
    const r = requirementOf(withRefs(ref({ expiresOn: '2009-09-20' })), 'gold.references-current');
    expect(r).toMatchObject({ status: 'at-risk', actual: 1, dueOn: '2009-08-21' });
    expect(r.action).toContain('Request a replacement for the Contoso reference by 21 Aug 2009');
    expect(r.detail).toContain('20 Sep 2009');
  });

  it('a reference expiring on expiresOn lasts; the day before does not', () => {
    expect(requirementOf(withRefs(ref({ expiresOn: '2009-09-30' })), 'gold.references-current').status).toBe(
      'met',
    );
    expect(requirementOf(withRefs(ref({ expiresOn: '2009-09-29' })), 'gold.references-current').status).toBe(
      'at-risk',
    );
  });

  it('stays met when another reference lasts', () => {
    const m = withRefs(ref({ expiresOn: '2009-09-01' }), ref({ id: 'r-2', customer: 'Tailspin Toys' }));
    expect(requirementOf(m, 'gold.references-current')).toMatchObject({ status: 'met', actual: 2 });
  });

  it('does not count draft, requested, declined or other-competency references', () => {
    const m = withRefs(
      ref({ status: 'requested', acceptedOn: null }),
      ref({ id: 'r-2', status: 'declined' }),
      ref({ id: 'r-3', status: 'draft' }),
      ref({ id: 'r-4', competencyId: 'c-2', specialization: 'Advanced Infrastructure' }),
      ref({ id: 'r-5', specialization: 'Portals' }),
    );
    const r = requirementOf(m, 'gold.references-current');
    expect(r).toMatchObject({ status: 'unmet', actual: 0, dueOn: '2009-08-31' });
    expect(r.action).toContain('follow up the requests to Contoso');
  });

  it('is unmet when no competency is chosen', () => {
    expect(requirementOf(goldMembership({ chosen: null }), 'gold.references-current').status).toBe('unmet');
  });
});

describe('gold.references-assigned', () => {
  it('is met when every accepted or requested reference is assigned', () => {
    const m = withRefs(ref(), ref({ id: 'r-2', status: 'draft', competencyId: null, specialization: null }));
    expect(requirementOf(m, 'gold.references-assigned').status).toBe('met');
  });

  it('is unmet and lists those that are not', () => {
    const m = withRefs(
      ref(),
      ref({
        id: 'r-2',
        customer: 'Tailspin Toys',
        status: 'requested',
        competencyId: null,
        specialization: null,
      }),
      ref({ id: 'r-3', customer: 'Northwind Traders', specialization: null }),
    );
    const r = requirementOf(m, 'gold.references-assigned');
    expect(r).toMatchObject({ status: 'unmet', actual: 1, required: 3 });
    expect(r.detail).toContain('Tailspin Toys and Northwind Traders');
    // Names for people, ids for scripts.
    expect(r.about.references?.map((x) => x.id)).toEqual(['r-2', 'r-3']);
  });
});
