import { describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
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
          '"Advanced Infrastructure" is not a specialization of Information Worker Solutions (it offers "Unified Communications")',
      },
    ]);
  });
});
