/**
 * The Gold steps that are a requirement and the list editor its data needs, in the seed's
 * words: MCPs or a certified solution, CSAT, MCP association and links, newer exams, and the
 * two reference steps.
 */
import { MPP_2009 } from '../../../../shared/rules/mpp2009';
import { CsatEditor } from '../../editors/CsatEditor';
import { ProfessionalsEditor } from '../../editors/ProfessionalsEditor';
import { ReferencesEditor } from '../../editors/ReferencesEditor';
import { SolutionsEditor } from '../../editors/SolutionsEditor';
import { formatDate } from '../../format';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import type { RequirementId } from '../../../../shared/rules/types';
import type { ReactNode } from 'react';

function RequirementStep({
  ids,
  intro,
  children,
}: {
  ids: readonly RequirementId[];
  intro: ReactNode;
  children: ReactNode;
}) {
  const evaluation = useEvaluation();
  if (!evaluation) return null;
  return (
    <>
      <p className="step__intro">{intro}</p>
      <RequirementCards requirements={evaluation.requirements} ids={ids} />
      {children}
    </>
  );
}

export function McpsStep() {
  return (
    <RequirementStep
      ids={['gold.mcps-or-solution']}
      intro={`Ensure that your organization employs or contracts with at least ${MPP_2009.mcps.required} Microsoft Certified Professionals (MCPs) holding a current certification, or has developed at least one certified tested solution.`}
    >
      <ProfessionalsEditor />
      <SolutionsEditor />
    </RequirementStep>
  );
}

export function CsatStep() {
  const { responsesRequired, maxPerCustomer, lookbackMonths, requiredFrom } = MPP_2009.csat;
  return (
    <RequirementStep
      ids={['gold.csat']}
      intro={`Participate in the Customer Satisfaction Index (CSAT). Partners who re-enroll at Gold after October 2009 (from ${formatDate(requiredFrom)}) must have taken part in at least one survey during the previous ${lookbackMonths} months, with ${responsesRequired} or more responses; up to ${maxPerCustomer} responses can come from the same customer organization.`}
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
  const { leadDays } = MPP_2009.references;
  return (
    <RequirementStep
      ids={['gold.references-current']}
      intro={`Ensure your customer references are up to date. If a reference will soon expire, request a new one at least ${leadDays} days ahead so your customer can accept it before the membership expires.`}
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
