/**
 * Tab 3, "Certified or Gold Certified Partners: Re-enrollment": the shared steps, then the
 * level's own, in the seed's order. The level is the membership's target; a membership that
 * targets Registered can look at either level's steps here.
 */
import { useState } from 'react';
import { LEVEL_LABELS } from '../../../../shared/vocabulary/labels';
import type { RulesetNumbers } from '../../../../shared/rules/ruleset';
import { count } from '../../../../shared/rules/wording';
import { useNavigation } from '../../store/navigation-store';
import { useWorkspace } from '../../store/workspace-store';
import { CERTIFIED_SECTION } from '../../wizard/requirement-steps';
import { useEvaluation } from '../../wizard/use-evaluation';
import { Wizard, type WizardStep } from '../../wizard/Wizard';
import { NoMembership } from '../registered/NoMembership';
import { SHARED_STEPS } from '../registered/RegisteredTab';
import { TermsSignedStep } from './TermsSignedStep';
import { CompetencyOtherStep } from './CompetencyOtherStep';
import { CompetencyStep } from './CompetencyStep';
import { FeeStep } from './FeeStep';
import {
  CsatStep,
  McpExamsStep,
  McpLinksStep,
  McpsStep,
  ReferencesAssignedStep,
  ReferencesCurrentStep,
} from './GoldListSteps';
import { LevelContext, type PartnerLevel } from './level-context';
import { PointsStep } from './PointsStep';
import './certified.css';

// Steps whose titles carry the ruleset's numbers get them from the evaluation (`titled`).
const CERTIFIED_STEPS: readonly WizardStep[] = [
  ...SHARED_STEPS,
  {
    key: 'points',
    title: 'Earn Partner Points',
    requirementIds: ['certified.points'],
    Component: PointsStep,
  },
];

const GOLD_STEPS: readonly WizardStep[] = [
  ...SHARED_STEPS,
  { key: 'points', title: 'Earn Partner Points', requirementIds: ['gold.points'], Component: PointsStep },
  {
    key: 'competency',
    title: 'Earn a Microsoft competency',
    requirementIds: ['gold.competency'],
    Component: CompetencyStep,
  },
  {
    key: 'mcps',
    title: 'MCPs or a certified solution',
    requirementIds: ['gold.mcps-or-solution'],
    Component: McpsStep,
  },
  { key: 'csat', title: 'Customer Satisfaction Index', requirementIds: ['gold.csat'], Component: CsatStep },
  {
    key: 'mcp-links',
    title: 'Associate and link the MCPs',
    requirementIds: ['gold.mcp-links'],
    Component: McpLinksStep,
  },
  {
    key: 'mcp-exams',
    title: 'Newer exams in time',
    requirementIds: ['gold.mcp-exams'],
    Component: McpExamsStep,
  },
  {
    key: 'references-current',
    title: 'References up to date',
    requirementIds: ['gold.references-current'],
    Component: ReferencesCurrentStep,
  },
  {
    key: 'references-assigned',
    title: 'References assigned',
    requirementIds: ['gold.references-assigned'],
    Component: ReferencesAssignedStep,
  },
  {
    key: 'competency-other',
    title: 'Other competency requirements',
    requirementIds: ['gold.competency-other'],
    Component: CompetencyOtherStep,
  },
  {
    key: 'terms-signed',
    title: 'Sign the terms and conditions',
    requirementIds: ['gold.terms-signed'],
    Component: TermsSignedStep,
  },
  { key: 'fee', title: 'Pay the fee for your country', requirementIds: ['gold.fee'], Component: FeeStep },
];

/** The steps with the evaluation's numbers in their titles: "Earn 120 Partner Points". */
function titled(
  steps: readonly WizardStep[],
  rules: RulesetNumbers,
  level: PartnerLevel,
): readonly WizardStep[] {
  const titles: Readonly<Record<string, string>> = {
    points: `Earn ${rules.points[level]} Partner Points`,
    mcps: `${count(rules.mcps.required, 'MCP')} or a certified solution`,
  };
  return steps.map((step) => {
    const title = titles[step.key];
    return title === undefined ? step : { ...step, title };
  });
}

export function CertifiedTab() {
  const current = useWorkspace((s) => s.current);
  const creating = useWorkspace((s) => s.creating);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const evaluation = useEvaluation();
  const [browsed, setBrowsed] = useState<PartnerLevel>('gold');
  if (creating || !current || !evaluation) return <NoMembership />;
  const target = current.targetLevel;
  const level: PartnerLevel = target === 'registered' ? browsed : target;
  return (
    <LevelContext.Provider value={level}>
      <div className="level-note">
        {target === 'registered' ? (
          <fieldset className="level-choice">
            <legend>This membership re-enrolls as a Registered Member. Show the steps for:</legend>
            {(['certified', 'gold'] as const).map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name="browsed-level"
                  checked={browsed === l}
                  onChange={() => setBrowsed(l)}
                />{' '}
                {LEVEL_LABELS[l]}
              </label>
            ))}
          </fieldset>
        ) : (
          <p>
            Steps for a <strong>{LEVEL_LABELS[level]}</strong>, the level this membership re-enrolls at.{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => sectionOpened('overview', null, 'heading')}
            >
              Change the level
            </button>
          </p>
        )}
      </div>
      <Wizard
        key={`${current.id}-${level}`}
        section={CERTIFIED_SECTION}
        label="Certified or Gold Certified Partners: Re-enrollment"
        steps={titled(level === 'gold' ? GOLD_STEPS : CERTIFIED_STEPS, evaluation.rules, level)}
        requirements={evaluation.requirements}
      />
    </LevelContext.Provider>
  );
}
