/**
 * The manual steps and the administrator rule (shared/rules/README.md): confirmed by the preparer,
 * `todo` until then, each with the concrete thing to do.
 */
import type { ManualStep } from '../interchange/schema';
import type { RuleContext } from './context';
import { requirement } from './requirement';
import type { Requirement, RequirementId } from './types';
import { humanDate } from '../vocabulary/dates';
import { formatNumber } from '../text/format-number';

/** admin.global-program-administrator: only the primary program contact may re-enroll. */
export function adminRule(context: RuleContext): Requirement {
  const { preparer, primaryProgramContact: contact } = context.membership.contacts;
  const preparerName = preparer.name ?? 'The preparer';
  if (preparer.isGlobalProgramAdministrator) {
    return requirement(
      context,
      'admin.global-program-administrator',
      'met',
      `${preparerName} is the global program administrator of ${context.label} and can re-enroll it.`,
    );
  }
  const who = contact.name
    ? `${contact.name}${contact.email ? ` (${contact.email})` : ''}`
    : 'the person listed as primary program contact in the Membership Center (Organizations tab)';
  return requirement(
    context,
    'admin.global-program-administrator',
    'unmet',
    `${preparerName} is not the global program administrator of ${context.label}; only its primary program contact, ${who}, can re-enroll.`,
    { action: `Ask ${contact.name ?? 'the primary program contact'} to re-enroll ${context.label}` },
  );
}

function stepRule(
  context: RuleContext,
  id: RequirementId,
  step: ManualStep,
  what: string,
  action: string,
): Requirement {
  if (step.done) {
    const on = step.on ? ` on ${humanDate(step.on)}` : '';
    return requirement(context, id, 'met', `${what}: done${on}.`);
  }
  return requirement(context, id, 'todo', `${what}: not confirmed yet.`, { action });
}

/** steps.sign-in. */
export function signInRule(context: RuleContext): Requirement {
  return stepRule(
    context,
    'steps.sign-in',
    context.membership.steps.signIn,
    'Signed in to the Partner Membership Center',
    'Sign in to the Partner Membership Center and confirm it here',
  );
}

/** steps.profile: the profile fields are filled in, and the profile is confirmed verified. */
export function profileRule(context: RuleContext): Requirement {
  const { organization, contacts } = context.membership;
  const missing = [
    organization.address === null && 'address',
    organization.country === null && 'country',
    organization.phone === null && 'phone',
    contacts.primaryProgramContact.name === null && 'primary contact name',
    contacts.primaryProgramContact.email === null && 'primary contact email',
  ].filter((field): field is string => field !== false);
  if (missing.length > 0) {
    return requirement(
      context,
      'steps.profile',
      'unmet',
      `The profile of ${context.label} lacks: ${missing.join(', ')}.`,
      {
        about: { missingFields: missing },
        action: `Complete the profile (${missing.join(', ')}), then verify it in the Partner Membership Center`,
      },
    );
  }
  return stepRule(
    context,
    'steps.profile',
    context.membership.steps.profileVerified,
    `Profile of ${context.label} complete and verified`,
    'Verify the profile in the Partner Membership Center and confirm it here',
  );
}

/** steps.terms-agreed. */
export function termsAgreedRule(context: RuleContext): Requirement {
  return stepRule(
    context,
    'steps.terms-agreed',
    context.membership.steps.termsAgreed,
    'Agreed to the Microsoft Partner Program terms and conditions',
    'Agree to the Microsoft Partner Program terms and conditions',
  );
}

/** gold.terms-signed. */
export function termsSignedRule(context: RuleContext): Requirement {
  return stepRule(
    context,
    'gold.terms-signed',
    context.membership.steps.termsSigned,
    'Signed the Gold Certified terms and conditions',
    'Sign the terms and conditions',
  );
}

/** gold.fee: paid, with the amount and currency recorded. */
export function feeRule(context: RuleContext): Requirement {
  const fee = context.membership.steps.feePaid;
  const country = context.membership.organization.country;
  const forCountry = country ? ` for ${country}` : ' for your country';
  if (fee.done && fee.amount !== null && fee.currency !== null) {
    const on = fee.on ? ` on ${humanDate(fee.on)}` : '';
    return requirement(
      context,
      'gold.fee',
      'met',
      `Fee${forCountry} paid${on}: ${formatNumber(fee.amount)} ${fee.currency}.`,
    );
  }
  if (fee.done) {
    return requirement(
      context,
      'gold.fee',
      'todo',
      `Fee${forCountry} marked paid, without amount and currency.`,
      {
        action: 'Record the amount and currency of the fee paid',
      },
    );
  }
  return requirement(context, 'gold.fee', 'todo', `Fee${forCountry} not paid yet.`, {
    action: `Pay the fee${forCountry} and record the amount and currency`,
  });
}

/** gold.competency-other: the chosen competency's other requirements, confirmed by hand. */
export function competencyOtherRule(context: RuleContext): Requirement {
  const { chosen } = context;
  if (chosen === null) {
    return requirement(
      context,
      'gold.competency-other',
      'unmet',
      'No competency and specialization chosen for this re-enrollment.',
      { action: 'Choose a competency and specialization' },
    );
  }
  if (chosen.competency.otherRequirementsMet) {
    return requirement(
      context,
      'gold.competency-other',
      'met',
      `The other requirements of ${chosen.competency.name} are confirmed met.`,
    );
  }
  return requirement(
    context,
    'gold.competency-other',
    'todo',
    `The other requirements of ${chosen.competency.name} are not confirmed yet.`,
    {
      action: `Verify that the other requirements of ${chosen.competency.name} are met and that your account shows it`,
    },
  );
}
