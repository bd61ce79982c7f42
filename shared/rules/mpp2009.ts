/**
 * Ruleset `mpp-2009` (DESIGN §3): the 2009 partner program re-enrollment rules, every threshold,
 * effective date and lead time in one object.
 */
import type { Ruleset } from './ruleset';

export const MPP_2009: Ruleset = {
  id: 'mpp-2009',
  requirements: {
    'admin.global-program-administrator': { level: 'all', kind: 'step', blocking: true },
    'steps.sign-in': { level: 'all', kind: 'step', blocking: true },
    'steps.profile': { level: 'all', kind: 'step', blocking: true },
    'steps.terms-agreed': { level: 'all', kind: 'step', blocking: true },
    // It gates ordering the Action Pack subscription, not re-enrollment.
    'registered.maps-assessment': { level: 'registered', kind: 'qualification', blocking: false },
    'certified.points': { level: 'certified', kind: 'qualification', blocking: true },
    'gold.points': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.competency': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.mcps-or-solution': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.mcp-links': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.mcp-exams': { level: 'gold', kind: 'qualification', blocking: true },
    // Blocking from csat.requiredFrom on; the evaluator lifts it to advisory before that date.
    'gold.csat': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.references-current': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.references-assigned': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.competency-other': { level: 'gold', kind: 'qualification', blocking: true },
    'gold.terms-signed': { level: 'gold', kind: 'step', blocking: true },
    'gold.fee': { level: 'gold', kind: 'step', blocking: true },
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
