/**
 * The Gold steps that are a requirement and the list editor its data needs, in the seed's
 * words: MCPs or a certified solution, CSAT, MCP association and links, newer exams, and the
 * two reference steps.
 */
import { CsatEditor } from '../../editors/CsatEditor';
import { ProfessionalsEditor } from '../../editors/ProfessionalsEditor';
import { ReferencesEditor } from '../../editors/ReferencesEditor';
import { SolutionsEditor } from '../../editors/SolutionsEditor';
import { formatDate } from '../../format';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import type { RequirementId } from '../../../../shared/rules/types';
import type { RulesetNumbers } from '../../../../shared/rules/ruleset';
import { count } from '../../../../shared/rules/wording';
import type { ReactNode } from 'react';

/** The step's words; a function of the evaluation's ruleset where they carry its numbers. */
type Intro = ReactNode | ((rules: RulesetNumbers) => ReactNode);

function RequirementStep({
  ids,
  intro,
  children,
}: {
  ids: readonly RequirementId[];
  intro: Intro;
  children: ReactNode;
}) {
  const evaluation = useEvaluation();
  if (!evaluation) return null;
  return (
    <>
      <p className="step__intro">{typeof intro === 'function' ? intro(evaluation.rules) : intro}</p>
      <RequirementCards requirements={evaluation.requirements} ids={ids} />
      {children}
    </>
  );
}

export function McpsStep() {
  return (
    <RequirementStep
      ids={['gold.mcps-or-solution']}
      intro={({ mcps }) =>
        `Ensure that your organization employs or contracts with at least ${mcps.required} Microsoft Certified Professionals (MCPs) holding a current certification, or has developed at least ${count(mcps.solutionsAlternative, 'certified tested solution')}.`
      }
    >
      <ProfessionalsEditor />
      <SolutionsEditor />
    </RequirementStep>
  );
}

export function CsatStep() {
  return (
    <RequirementStep
      ids={['gold.csat']}
      intro={({ csat }) =>
        `Participate in the Customer Satisfaction Index (CSAT). Partners who re-enroll at Gold from ${formatDate(csat.requiredFrom)} on must have taken part in at least one survey during the previous ${csat.lookbackMonths} months, with ${csat.responsesRequired} or more responses; up to ${csat.maxPerCustomer} responses can come from the same customer organization.`
      }
    >
      <CsatEditor />
    </RequirementStep>
  );
}

export function McpLinksStep() {
  return (
    <RequirementStep
      ids={['gold.mcp-links']}
      intro="Ensure that the appropriate MCPs you employ or contract with are associated with your organization and linked to the competency and specialization you have chosen. Edit an MCP to change the association or add a link."
    >
      <ProfessionalsEditor />
    </RequirementStep>
  );
}

export function McpExamsStep() {
  return (
    <RequirementStep
      ids={['gold.mcp-exams']}
      intro="If MCPs must pass newer exams to keep your level, give them enough time to maintain their certifications before the enrollment expires. Sort by “Current until” to see who lapses first."
    >
      <ProfessionalsEditor />
    </RequirementStep>
  );
}

export function ReferencesCurrentStep() {
  return (
    <RequirementStep
      ids={['gold.references-current']}
      intro={({ references }) =>
        `Ensure your customer references are up to date. If a reference will soon expire, request a new one at least ${references.leadDays} days ahead so your customer can accept it before the membership expires.`
      }
    >
      <ReferencesEditor />
    </RequirementStep>
  );
}

export function ReferencesAssignedStep() {
  return (
    <RequirementStep
      ids={['gold.references-assigned']}
      intro="Ensure that your references are assigned to the competency and specialization you have chosen. Every requested or accepted reference needs a competency and a specialization."
    >
      <ReferencesEditor />
    </RequirementStep>
  );
}
