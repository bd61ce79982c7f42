/**
 * The resources the partner program's page lists under "Additional Resources", each with an
 * offline explanation written for this app: what the resource is for and which checklist step
 * or requirement it serves. The original links are not stored (this app works offline and holds
 * no copy of their content), so each entry says where the related work happens in the app.
 */
import type { RulesetNumbers } from '../../../../shared/rules/ruleset';
import type { RequirementId } from '../../../../shared/rules/types';
import { count } from '../../../../shared/rules/wording';

/** Text, or text built from the evaluation's ruleset where it carries the ruleset's numbers. */
export type RulesText = string | ((rules: RulesetNumbers) => string);

/** The text for people under `rules`. */
export function rulesText(text: RulesText, rules: RulesetNumbers): string {
  return typeof text === 'function' ? text(rules) : text;
}

const pointsServed = ({ points }: RulesetNumbers) =>
  `Certified: ${points.certified} partner points; Gold: ${points.gold} partner points.`;

/** Where a resource's related work happens in this app. */
export type ResourceTarget =
  | { readonly kind: 'requirement'; readonly id: RequirementId }
  | { readonly kind: 'section'; readonly section: 'review' | 'deadlines'; readonly label: string }
  | { readonly kind: 'here'; readonly anchor: ResourceAnchor; readonly label: string }
  | { readonly kind: 'none' };

export type ResourceAnchor = 'qualifications' | 'estimator' | 'checklist' | 'help';

export interface Resource {
  readonly id: string;
  /** The title exactly as the partner program's page lists it. */
  readonly title: string;
  readonly explanation: RulesText;
  /** The checklist step or requirement it serves, in words. */
  readonly serves: RulesText;
  readonly target: ResourceTarget;
}

const OFFLINE_NOTE = 'The page itself is online and not stored here.';

export const RESOURCES: readonly Resource[] = [
  {
    id: 'qualifications',
    title: 'See What Qualifications You Currently Meet',
    explanation:
      'Which levels the membership qualifies for today, and for each level the gaps still to close. This app computes it from your own data on the "as of" date.',
    serves: 'Every qualification: points, competency, MCPs, CSAT and references.',
    target: { kind: 'here', anchor: 'qualifications', label: 'Show qualifications on this tab' },
  },
  {
    id: 'other-points',
    title: 'Other Ways to Earn Points',
    explanation: ({ points }) =>
      `Besides competencies (${points.perCompetency} points each, plus ${points.firstCompetencyBonus} bonus points for the first), the program awards partner points for other activities. Record each award you have received as an "other points" entry so it counts in your total. ${OFFLINE_NOTE}`,
    serves: pointsServed,
    target: { kind: 'requirement', id: 'certified.points' },
  },
  {
    id: 'demo-showcase',
    title: 'Demo Showcase for the People-Ready Business',
    explanation: `Product demonstrations partners can use with their customers. It is a sales aid, not a re-enrollment requirement; nothing in the checklist depends on it. ${OFFLINE_NOTE}`,
    serves: 'No checklist step.',
    target: { kind: 'none' },
  },
  {
    id: 'customer-references',
    title: 'Guide to Managing Customer References',
    explanation: `How to request customer references, follow them until the customer accepts, and replace those about to expire. Gold Certified partners need current, accepted references assigned to the chosen competency and specialization. ${OFFLINE_NOTE}`,
    serves: 'Gold: customer references current; references assigned to a competency.',
    target: { kind: 'requirement', id: 'gold.references-current' },
  },
  {
    id: 'managing-mcps',
    title: 'Guide to Managing Microsoft Certified Professionals',
    explanation: `How to associate the Microsoft Certified Professionals you employ or contract with to your organization, and link them to the competency and specialization you chose. ${OFFLINE_NOTE}`,
    serves: ({ mcps }) =>
      `Gold: ${count(mcps.required, 'MCP')} or ${count(mcps.solutionsAlternative, 'certified tested solution')}; MCPs linked to the chosen competency.`,
    target: { kind: 'requirement', id: 'gold.mcp-links' },
  },
  {
    id: 'learning-center',
    title: 'Partner Learning Center',
    explanation: `Training and exam preparation. Useful when an MCP must pass a newer exam, or renew a certification, before the enrollment expires: the Deadlines view lists who and by when. ${OFFLINE_NOTE}`,
    serves: 'Gold: MCPs stay certified through expiry.',
    target: { kind: 'section', section: 'deadlines', label: 'Open the Deadlines view' },
  },
  {
    id: 'points-estimator',
    title: 'Partner Points Estimator',
    explanation:
      'Answers "what if we attained another competency, or earned more points?" This app has its own estimator below: it starts from your recorded points and saves nothing.',
    serves: pointsServed,
    target: { kind: 'here', anchor: 'estimator', label: 'Open the estimator on this tab' },
  },
  {
    id: 'solution-finder',
    title: 'Partner Solution Finder',
    explanation: `The directory in which customers look for partners. It is not a re-enrollment requirement; the related step is keeping your organization's profile complete and verified. ${OFFLINE_NOTE}`,
    serves: 'Profile complete and verified (indirectly).',
    target: { kind: 'requirement', id: 'steps.profile' },
  },
  {
    id: 'solution-profiler',
    title: 'Partner Solution Profiler',
    explanation: `A tool for describing your organization's solutions and offerings. It is not a re-enrollment requirement, and this app does not record solution profiles. ${OFFLINE_NOTE}`,
    serves: 'No checklist step.',
    target: { kind: 'none' },
  },
  {
    id: 'checklist',
    title: 'Re-enrollment Checklist',
    explanation:
      "Every requirement of your target level with its status and due date, ready to print. This app builds it from your data below; it is not the program's own document.",
    serves: 'Every step and qualification of the target level.',
    target: { kind: 'here', anchor: 'checklist', label: 'Open the checklist on this tab' },
  },
  {
    id: 'business-solutions',
    title: 'Re-enrolling for Microsoft Business Solutions Partners',
    explanation: `Guidance for partners who sell Microsoft Business Solutions products, who may have steps beyond the general ones. This app checks only the general requirements of the partner program's re-enrollment page. ${OFFLINE_NOTE}`,
    serves: 'No step in this app; check it if it applies to you.',
    target: { kind: 'none' },
  },
  {
    id: 'enrollment-guide',
    title: 'Guide to Membership Enrollment and Re-enrollment',
    explanation: `The program's walk-through of enrolling and re-enrolling. The steps in this app follow the same order: sign in to the Partner Membership Center, complete or verify the profile, agree to the terms, then the level's requirements. ${OFFLINE_NOTE}`,
    serves: 'Sign in, profile and terms: the steps every level goes through.',
    target: { kind: 'requirement', id: 'steps.sign-in' },
  },
  {
    id: 'technical-sales',
    title: 'Technical Sales Assistance',
    explanation: `Pre-sales technical help for partners working on customer opportunities. It is not a re-enrollment requirement. ${OFFLINE_NOTE}`,
    serves: 'No checklist step.',
    target: { kind: 'none' },
  },
  {
    id: 'program-guide',
    title: 'Microsoft Partner Program Guide',
    explanation: ({ title }) =>
      `The program's detailed requirements; where it and this app differ, the guide is authoritative. This app applies the rules of the re-enrollment page (${title}); the Review page lists each one as it reads your data. ${OFFLINE_NOTE}`,
    serves: 'Every requirement.',
    target: { kind: 'section', section: 'review', label: 'Open the Review page' },
  },
];
