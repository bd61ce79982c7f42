/**
 * Ruleset `mpp-2009` (DESIGN §3): the 2009 partner program re-enrollment rules, every threshold,
 * effective date and lead time in one object.
 */
import type { Ruleset } from './ruleset';

export const MPP_2009: Ruleset = {
  id: 'mpp-2009',
  requirements: {
    'admin.global-program-administrator': {
      level: 'all',
      kind: 'step',
      blocking: true,
      title: 'Preparer is the global program administrator',
    },
    'steps.sign-in': {
      level: 'all',
      kind: 'step',
      blocking: true,
      title: 'Sign in to the Partner Membership Center',
    },
    'steps.profile': { level: 'all', kind: 'step', blocking: true, title: 'Profile complete and verified' },
    'steps.terms-agreed': {
      level: 'all',
      kind: 'step',
      blocking: true,
      title: 'Agree to the program terms and conditions',
    },
    // It gates ordering the Action Pack subscription, not re-enrollment.
    'registered.maps-assessment': {
      level: 'registered',
      kind: 'qualification',
      blocking: false,
      title: 'Action Pack assessment (70 % or higher)',
    },
    'certified.points': {
      level: 'certified',
      kind: 'qualification',
      blocking: true,
      title: 'Certified: 50 partner points',
    },
    'gold.points': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: 120 partner points',
    },
    'gold.competency': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: the chosen competency attained',
    },
    'gold.mcps-or-solution': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: two MCPs or one certified tested solution',
    },
    'gold.mcp-links': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: MCPs linked to the chosen competency',
    },
    'gold.mcp-exams': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: MCPs stay certified through expiry',
    },
    // Blocking from csat.requiredFrom on; the evaluator lifts it to advisory before that date.
    'gold.csat': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: Customer Satisfaction Index participation',
    },
    'gold.references-current': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: customer references current',
    },
    'gold.references-assigned': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: 'Gold: references assigned to a competency',
    },
    'gold.competency-other': {
      level: 'gold',
      kind: 'qualification',
      blocking: true,
      title: "Gold: the competency's other requirements",
    },
    'gold.terms-signed': {
      level: 'gold',
      kind: 'step',
      blocking: true,
      title: 'Gold: sign the terms and conditions',
    },
    'gold.fee': { level: 'gold', kind: 'step', blocking: true, title: 'Gold: pay the fee for your country' },
  },
  windowDays: 90,
  points: { certified: 50, gold: 120, perCompetency: 30, firstCompetencyBonus: 20 },
  mcps: { required: 2, solutionsAlternative: 1 },
  // "after October 2009": required from 2009-11-01.
  csat: { responsesRequired: 10, maxPerCustomer: 8, lookbackMonths: 12, requiredFrom: '2009-11-01' },
  // "suspended for renewing subscribers until late 2009".
  maps: { passPercent: 70, renewingWaivedThrough: '2009-12-31' },
  references: { required: 1, leadDays: 30 },
  deadlines: { soonDays: 30 },
};
