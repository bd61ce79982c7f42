import { describe, expect, it } from 'vitest';
import { emptyOverview, overviewSchema } from './overview';
import { parseWith } from '../validation';

const filled = {
  ...emptyOverview,
  organization: { name: ' Fabrikam Ltd ', location: 'Seattle', country: '' },
  enrollment: { startedOn: '', expiresOn: '2009-09-30' },
};

describe('overviewSchema', () => {
  it('normalizes blanks to null and trims text', () => {
    const result = parseWith(overviewSchema, filled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.organization).toEqual({ name: 'Fabrikam Ltd', location: 'Seattle', country: null });
    expect(result.value.enrollment).toEqual({ startedOn: null, expiresOn: '2009-09-30' });
    expect(result.value.contacts.primaryProgramContact.email).toBeNull();
  });

  it('names the field of an impossible date', () => {
    const result = parseWith(overviewSchema, {
      ...filled,
      enrollment: { startedOn: '', expiresOn: '2009-02-30' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'enrollment.expiresOn', message: 'Expected a date YYYY-MM-DD that exists on the calendar' },
    ]);
  });

  it('requires the organization name and the expiry date', () => {
    const result = parseWith(overviewSchema, emptyOverview);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(['enrollment.expiresOn', 'organization.name']);
  });

  it('refuses a malformed email and unknown fields', () => {
    const result = parseWith(overviewSchema, {
      ...filled,
      extra: 1,
      contacts: { ...filled.contacts, primaryProgramContact: { name: 'Dana', email: 'dana' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      'contacts.primaryProgramContact.email',
      'extra',
    ]);
  });
});
