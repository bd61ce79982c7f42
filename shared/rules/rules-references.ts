/**
 * The customer reference rules of Gold (DESIGN §3.2): enough accepted references for the chosen
 * competency that stay current through expiry, a request-by date when one lapses, and every
 * live reference assigned a competency and specialization.
 */
import { addDays, minDate, type IsoDate } from '../dates';
import type { Reference } from '../interchange/schema';
import type { RuleContext } from './context';
import { requirement } from './requirement';
import type { Requirement } from './types';
import { count, more, nameListOf } from './wording';
import { humanDate } from '../vocabulary/dates';
import { competencyAbout } from './rules-mcps';

const describe = (r: Reference) =>
  `${r.customer}${r.expiresOn ? ` (expires ${humanDate(r.expiresOn)})` : ''}`;
const refOf = (r: Reference) => ({ id: r.id, customer: r.customer, expiresOn: r.expiresOn });

/** Accepted references for the chosen competency and specialization, not expired at asOf. */
export function currentReferences(context: RuleContext): Reference[] {
  const { chosen, asOf } = context;
  if (chosen === null) return [];
  return context.membership.references.filter(
    (r) =>
      r.status === 'accepted' &&
      r.competencyId === chosen.competency.id &&
      r.specialization === chosen.specialization &&
      (r.expiresOn === null || r.expiresOn >= asOf),
  );
}

/** The day to request a replacement for a reference lapsing on `lapsesOn`. */
export function requestByDate(lapsesOn: IsoDate, context: RuleContext): IsoDate {
  return addDays(minDate(lapsesOn, context.expiresOn), -context.ruleset.references.leadDays);
}

/**
 * The reference whose expiry ends the requirement: with the references sorted by expiry, latest
 * first, the `required`-th one. Null when the requirement holds through the horizon.
 */
export function bindingReference(current: readonly Reference[], context: RuleContext): Reference | null {
  const { required } = context.ruleset.references;
  const lasting = current.filter((r) => r.expiresOn === null || r.expiresOn >= context.horizon).length;
  if (lasting >= required) return null;
  const byExpiry = [...current].sort((a, b) => ((a.expiresOn ?? '9999') < (b.expiresOn ?? '9999') ? 1 : -1));
  return byExpiry[required - 1] ?? null;
}

/** gold.references-current. */
export function referencesCurrentRule(context: RuleContext): Requirement {
  const { required, leadDays } = context.ruleset.references;
  const { chosen } = context;
  const uses = { referencesRequired: required, referenceLeadDays: leadDays };
  if (chosen === null) {
    return requirement(
      context,
      'gold.references-current',
      'unmet',
      'No competency and specialization chosen, so no customer reference can count.',
      {
        actual: 0,
        required,
        uses,
        action: 'Choose a competency and specialization, then assign accepted references to it',
      },
    );
  }
  const current = currentReferences(context);
  const detail =
    current.length === 0
      ? `No accepted customer reference for ${chosen.label} is current on ${humanDate(context.asOf)}.`
      : `${count(current.length, 'accepted reference')} for ${chosen.label} current on ${humanDate(context.asOf)}: ${nameListOf(current, describe)}.`;
  const numbers = {
    actual: current.length,
    required,
    uses,
    about: { references: current.map(refOf), ...competencyAbout(context) },
  };
  if (current.length < required) {
    const pending = context.membership.references.filter(
      (r) =>
        r.status === 'requested' &&
        r.competencyId === chosen.competency.id &&
        r.specialization === chosen.specialization,
    );
    const follow =
      pending.length > 0 ? `; follow up the requests to ${nameListOf(pending, (r) => r.customer)}` : '';
    const dueOn = context.expiresOn >= context.asOf ? addDays(context.expiresOn, -leadDays) : null;
    const get = `${more(required - current.length, 'accepted customer reference')} for ${chosen.label}`;
    const action =
      dueOn === null
        ? `Get ${get}${follow}`
        : dueOn < context.asOf
          ? `Requests were due ${humanDate(dueOn)}: request ${get} now${follow}`
          : `Get ${get}, requested by ${humanDate(dueOn)}${follow}`;
    return requirement(context, 'gold.references-current', 'unmet', detail, { ...numbers, dueOn, action });
  }
  const binding = bindingReference(current, context);
  if (binding === null) return requirement(context, 'gold.references-current', 'met', detail, numbers);
  const lapsesOn = binding.expiresOn as IsoDate;
  const requestBy = requestByDate(lapsesOn, context);
  return requirement(
    context,
    'gold.references-current',
    'at-risk',
    `${detail} The reference from ${binding.customer} expires on ${humanDate(lapsesOn)}, before the enrollment expires on ${humanDate(context.expiresOn)}.`,
    {
      ...numbers,
      dueOn: requestBy,
      action:
        requestBy < context.asOf
          ? `A replacement for the ${binding.customer} reference was due ${humanDate(requestBy)}: request a replacement now, before it lapses on ${humanDate(lapsesOn)}`
          : `Request a replacement for the ${binding.customer} reference by ${humanDate(requestBy)} (${leadDays} days before it lapses on ${humanDate(lapsesOn)}) so the customer can accept it in time`,
    },
  );
}

/** gold.references-assigned: every accepted or requested reference names a competency and specialization. */
export function referencesAssignedRule(context: RuleContext): Requirement {
  const live = context.membership.references.filter(
    (r) => r.status === 'accepted' || r.status === 'requested',
  );
  const unassigned = live.filter((r) => r.competencyId === null || r.specialization === null);
  if (unassigned.length === 0) {
    return requirement(
      context,
      'gold.references-assigned',
      'met',
      live.length === 0
        ? 'No accepted or requested references to assign.'
        : live.length === 1
          ? `The accepted or requested reference from ${live[0]?.customer} is assigned a competency and specialization.`
          : `All ${count(live.length, 'accepted or requested reference')} are assigned a competency and specialization.`,
    );
  }
  const who = nameListOf(unassigned, (r) => r.customer, 5);
  return requirement(
    context,
    'gold.references-assigned',
    'unmet',
    `${count(unassigned.length, 'reference')} without a competency and specialization: ${who}.`,
    {
      actual: live.length - unassigned.length,
      required: live.length,
      about: { references: unassigned.map(refOf) },
      action: `Assign a competency and specialization${context.chosen ? ` (${context.chosen.label})` : ''} to the references from ${who}`,
    },
  );
}
