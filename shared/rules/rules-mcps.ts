/**
 * The MCP rules of Gold (shared/rules/README.md): enough associated MCPs (or a certified solution), linked
 * to the chosen competency, and still current on the day the enrollment expires.
 */
import type { IsoDate } from '../dates';
import { holdsOn, type CountedMcp, type RuleContext } from './context';
import { isSolutionCurrent } from './currency';
import { requirement } from './requirement';
import type { Requirement, RequirementAbout } from './types';
import { humanDate } from '../vocabulary/dates';
import { count, more, nameList, nameListOf } from './wording';
import { formatNumber } from '../text/format-number';

const mcpName = (mcp: CountedMcp) => mcp.professional.name;
const ref = (mcp: CountedMcp) => ({ id: mcp.professional.id, name: mcp.professional.name });

/** The chosen competency, for a requirement's `about`. */
export function competencyAbout(context: RuleContext): RequirementAbout {
  const { chosen } = context;
  return chosen === null
    ? {}
    : {
        competency: {
          id: chosen.competency.id,
          name: chosen.competency.name,
          specialization: chosen.specialization,
        },
      };
}

/** How the MCP-or-solution test is passed today. */
export function mcpPaths(context: RuleContext): { viaMcps: boolean; viaSolution: boolean } {
  const solutions = context.membership.certifiedSolutions.filter((s) => isSolutionCurrent(s, context.asOf));
  return {
    viaMcps: context.associatedCurrent.length >= context.ruleset.mcps.required,
    viaSolution: solutions.length >= context.ruleset.mcps.solutionsAlternative,
  };
}

/** The counted MCPs that lapse before `day`, in the order of the data. */
export function lapsingBefore(mcps: readonly CountedMcp[], day: IsoDate): CountedMcp[] {
  return mcps.filter((mcp) => !holdsOn(mcp.standing, day));
}

/**
 * The `n` MCPs that lapse earliest, earliest first. A partial selection: thousands may lapse,
 * and only the first few are ever named.
 */
export function earliestLapsing(lapsing: readonly CountedMcp[], n: number): CountedMcp[] {
  const chosen: CountedMcp[] = [];
  for (const mcp of lapsing) {
    const day = mcp.standing.lastDay as IsoDate;
    if (chosen.length === n && day >= (chosen[n - 1]?.standing.lastDay as IsoDate)) continue;
    let at = chosen.length;
    while (at > 0 && (chosen[at - 1]?.standing.lastDay as IsoDate) > day) at -= 1;
    chosen.splice(at, 0, mcp);
    if (chosen.length > n) chosen.pop();
  }
  return chosen;
}

const SHOWN = 5;

/** "Sam Lee must pass the newer exam for MCITP by 2009-09-01; …" for the earliest five. */
export function keepCurrentAction(lapsing: readonly CountedMcp[]): string {
  const shown = earliestLapsing(lapsing, SHOWN).map(({ professional, standing }) =>
    standing.by === 'newer-exam'
      ? `${professional.name} must pass the newer exam for ${standing.certification.name} by ${humanDate(standing.lastDay)}`
      : `${professional.name} must renew ${standing.certification.name} by ${humanDate(standing.lastDay)}`,
  );
  const rest = lapsing.length > SHOWN ? `; and ${count(lapsing.length - SHOWN, 'other MCP')}` : '';
  return `${shown.join('; ')}${rest}`;
}

/** "Sam Lee, Ana Ruiz and 3 others", earliest to lapse first. */
function lapsingNames(lapsing: readonly CountedMcp[]): string {
  const first = earliestLapsing(lapsing, 3).map(mcpName);
  return lapsing.length <= 3
    ? nameList(first)
    : `${first.join(', ')} and ${count(lapsing.length - 3, 'other')}`;
}

/** gold.mcps-or-solution. */
export function mcpsOrSolutionRule(context: RuleContext): Requirement {
  const { required, solutionsAlternative } = context.ruleset.mcps;
  const { asOf, horizon, associatedCurrent: mcps } = context;
  const solutions = context.membership.certifiedSolutions;
  const currentSolutions = solutions.filter((s) => isSolutionCurrent(s, asOf));
  const mcpText =
    mcps.length === 0
      ? `no associated MCP holds a certification current on ${humanDate(asOf)}`
      : `${count(mcps.length, 'associated MCP')} with a certification current on ${humanDate(asOf)} (${nameListOf(mcps, mcpName)})`;
  const solutionText =
    currentSolutions.length === 0
      ? 'no certified solution is current'
      : `certified solution current: ${nameListOf(currentSolutions, (s) => s.name)}`;
  const detail = `${context.label}: ${mcpText}; ${solutionText}.`;
  const numbers = {
    actual: mcps.length,
    required,
    uses: { mcpsRequired: required, solutionsAlternative },
    about: {
      professionals: mcps.map(ref),
      solutions: currentSolutions.map((s) => ({ id: s.id, name: s.name, expiresOn: s.expiresOn })),
    },
  };
  const { viaMcps, viaSolution } = mcpPaths(context);
  if (!viaMcps && !viaSolution) {
    return requirement(context, 'gold.mcps-or-solution', 'unmet', detail, {
      ...numbers,
      action: `Associate ${more(required - mcps.length, 'MCP')} holding a current certification with ${context.label}, or certify ${solutionsAlternative === 1 ? 'a solution' : `${solutionsAlternative} solutions`}`,
    });
  }
  const lapsing = lapsingBefore(mcps, horizon);
  const solutionsLasting = currentSolutions.filter((s) => isSolutionCurrent(s, horizon));
  if (mcps.length - lapsing.length >= required || solutionsLasting.length >= solutionsAlternative) {
    return requirement(context, 'gold.mcps-or-solution', 'met', detail, numbers);
  }
  const lapsingSolutions = currentSolutions
    .filter((s) => !isSolutionCurrent(s, horizon))
    .map((s) => `renew the certification of ${s.name} by ${humanDate(s.expiresOn)}`);
  const parts = [...(lapsing.length > 0 ? [keepCurrentAction(lapsing)] : []), ...lapsingSolutions];
  const dueDates = [
    ...earliestLapsing(lapsing, 1).map((mcp) => mcp.standing.lastDay as IsoDate),
    ...currentSolutions.flatMap((s) => (s.expiresOn !== null && s.expiresOn < horizon ? [s.expiresOn] : [])),
  ].sort();
  return requirement(
    context,
    'gold.mcps-or-solution',
    'at-risk',
    `${detail} Fewer would remain on ${humanDate(horizon)}.`,
    {
      ...numbers,
      dueOn: dueDates[0] ?? null,
      action: `To keep ${required} MCPs or a solution current through ${humanDate(horizon)}: ${parts.join('; or ')}`,
    },
  );
}

/** The sentence of a links or exams rule lifted by a current certified solution. */
function waivedBySolution(context: RuleContext, id: 'gold.mcp-links' | 'gold.mcp-exams'): Requirement {
  const what = id === 'gold.mcp-links' ? 'MCP links' : 'MCP exams';
  const current = context.membership.certifiedSolutions.filter((s) => isSolutionCurrent(s, context.asOf));
  return requirement(
    context,
    id,
    'waived',
    `${context.label} meets the MCP requirement through its certified solution ${nameListOf(current, (s) => s.name)}, so no ${what} are needed.`,
    {
      uses: {
        mcpsRequired: context.ruleset.mcps.required,
        solutionsAlternative: context.ruleset.mcps.solutionsAlternative,
      },
      about: { solutions: current.map((s) => ({ id: s.id, name: s.name, expiresOn: s.expiresOn })) },
    },
  );
}

/**
 * gold.mcp-links: enough current MCPs linked to the chosen competency and specialization.
 * Waived when the links fall short but a current certified solution carries the requirement,
 * so taking away an MCP can never turn a shortfall into a pass.
 */
export function mcpLinksRule(context: RuleContext): Requirement {
  const { required } = context.ruleset.mcps;
  const { chosen, linkedCurrent: linked } = context;
  // A current certified solution carries gold.mcps-or-solution, so links are not needed at all:
  // adding or removing an MCP then changes nothing (shared/rules/README.md, "Monotonicity").
  if (mcpPaths(context).viaSolution) return waivedBySolution(context, 'gold.mcp-links');
  const links = {
    actual: linked.length,
    required,
    uses: { mcpsRequired: required },
    about: { professionals: linked.map(ref), ...competencyAbout(context) },
  };
  if (chosen !== null && linked.length >= required) {
    return requirement(
      context,
      'gold.mcp-links',
      'met',
      `${count(linked.length, 'MCP')} with a current certification linked to ${chosen.label}: ${nameListOf(linked, mcpName)}.`,
      links,
    );
  }
  if (chosen === null) {
    return requirement(
      context,
      'gold.mcp-links',
      'unmet',
      'No competency and specialization chosen, so no MCP can be linked to one.',
      { ...links, action: 'Choose a competency and specialization, then link the MCPs to it' },
    );
  }
  const detail =
    linked.length === 0
      ? `No associated MCP with a current certification is linked to ${chosen.label}.`
      : `Only ${count(linked.length, 'MCP')} with a current certification linked to ${chosen.label}: ${nameListOf(linked, mcpName)}.`;
  const linkedIds = new Set(linked.map((mcp) => mcp.professional.id));
  const candidates = context.associatedCurrent.filter((mcp) => !linkedIds.has(mcp.professional.id));
  const missing = required - linked.length;
  const action =
    candidates.length > 0
      ? `Link ${more(missing, 'MCP')} to ${chosen.label}, for example ${nameList(candidates.slice(0, missing).map(mcpName))}`
      : `Associate ${more(missing, 'MCP')} with a current certification with ${context.label} and link them to ${chosen.label}`;
  return requirement(context, 'gold.mcp-links', 'unmet', detail, { ...links, action });
}

/**
 * gold.mcp-exams: the linked MCPs still hold a current certification on expiresOn. Waived, like
 * the links, when they fall short and a current certified solution carries the requirement.
 */
export function mcpExamsRule(context: RuleContext): Requirement {
  const { required } = context.ruleset.mcps;
  const { linkedCurrent: linked, horizon, chosen } = context;
  const lapsing = chosen === null ? [] : lapsingBefore(linked, horizon);
  const remaining = linked.length - lapsing.length;
  const exams = {
    actual: remaining,
    required,
    uses: { mcpsRequired: required },
    about: { professionals: lapsing.map(ref), ...competencyAbout(context) },
  };
  if (chosen !== null && remaining >= required) {
    return requirement(
      context,
      'gold.mcp-exams',
      'met',
      `${count(remaining, 'linked MCP')} ${remaining === 1 ? 'stays' : 'stay'} current through ${humanDate(horizon)}${lapsing.length > 0 ? `; lapsing before then: ${lapsingNames(lapsing)}` : ''}.`,
      exams,
    );
  }
  if (mcpPaths(context).viaSolution) return waivedBySolution(context, 'gold.mcp-exams');
  if (chosen === null || linked.length < required) {
    return requirement(
      context,
      'gold.mcp-exams',
      'unmet',
      `Fewer than ${required} MCPs with a current certification are linked to the chosen competency today, so none can be counted through expiry.`,
      {
        ...exams,
        actual: linked.length,
        action: `Link ${required} MCPs with a current certification to the chosen competency first`,
      },
    );
  }
  return requirement(
    context,
    'gold.mcp-exams',
    'at-risk',
    `${formatNumber(remaining)} linked MCP${remaining === 1 ? '' : 's'} of ${formatNumber(linked.length)} ${remaining === 1 ? 'stays' : 'stay'} current through ${humanDate(horizon)}; lapsing before then: ${lapsingNames(lapsing)}.`,
    {
      ...exams,
      dueOn: earliestLapsing(lapsing, 1)[0]?.standing.lastDay ?? null,
      action: `Keep ${required} linked MCPs current through ${humanDate(horizon)} (${more(required - remaining, 'is', 'are')} needed): ${keepCurrentAction(lapsing)}`,
    },
  );
}
