/**
 * A membership ready for Gold on 2009-08-15 (window open since 2009-07-02, expiry 2009-09-30)
 * for the renderer's tests, which may not import test/ (the web project lists only renderer/
 * and shared/). Tests change one fact at a time through `overrides`.
 */
import type { Membership, Professional } from '../../../shared/interchange/schema';

export const AS_OF = '2009-08-15';
const link = { competencyId: 'c-1', specialization: 'Unified Communications' };
export const notDone = { done: false, on: null, note: null };
const done = (on: string) => ({ done: true, on, note: null });

/** An associated MCP linked to the chosen competency, certified for good unless overridden. */
export function mcp(id: string, name: string, overrides: Partial<Professional> = {}): Professional {
  const certification = { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: null };
  return {
    id,
    name,
    mcpId: null,
    associated: true,
    links: [link],
    certifications: [certification],
    ...overrides,
  };
}

const competency = (id: string, name: string, attainedOn: string, specialization: string) => ({
  id,
  name,
  attainedOn,
  specializations: [specialization],
  otherRequirementsMet: true,
});

/** 130 points (3 competencies, the bonus, 20 other), 2 MCPs, a reference, 11 CSAT responses, all steps done. */
export function goldMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    id: 'm-1',
    organization: {
      name: 'Fabrikam Ltd',
      partnerId: '1234567',
      location: 'Seattle',
      country: 'US',
      address: '1 Main St',
      phone: '+1 555 0100',
      website: null,
    },
    level: 'gold',
    targetLevel: 'gold',
    enrollment: { startedOn: '2008-10-01', expiresOn: '2009-09-30' },
    renewingSubscriber: true,
    contacts: {
      primaryProgramContact: { name: 'Dana Smith', email: 'dana@fabrikam.example' },
      preparer: { name: 'Dana Smith', isGlobalProgramAdministrator: true },
    },
    chosen: link,
    competencies: [
      competency('c-1', 'Information Worker Solutions', '2008-05-01', 'Unified Communications'),
      competency('c-2', 'Networking Infrastructure Solutions', '2008-11-01', 'Advanced Infrastructure'),
      competency('c-3', 'Custom Development Solutions', '2009-03-01', 'Web Development'),
    ],
    professionals: [mcp('p-1', 'Sam Lee'), mcp('p-2', 'Ana Ruiz')],
    certifiedSolutions: [],
    references: [
      {
        id: 'r-1',
        customer: 'Contoso',
        status: 'accepted',
        requestedOn: '2009-01-05',
        acceptedOn: '2009-01-20',
        expiresOn: '2010-06-30',
        ...link,
      },
    ],
    csatSurveys: [
      {
        id: 'v-1',
        participatedOn: '2009-04-01',
        responses: [
          { customer: 'Contoso', count: 8 },
          { customer: 'Tailspin Toys', count: 3 },
        ],
      },
    ],
    otherPoints: [{ id: 'o-1', description: 'Demo Showcase', points: 20, earnedOn: '2009-02-01' }],
    mapsAssessment: { scorePercent: 72, takenOn: '2009-02-15' },
    steps: {
      signIn: done('2009-07-05'),
      profileVerified: done('2009-07-05'),
      termsAgreed: done('2009-07-06'),
      termsSigned: done('2009-07-10'),
      feePaid: { ...done('2009-07-12'), amount: 1500, currency: 'USD' },
    },
    ...overrides,
  };
}
