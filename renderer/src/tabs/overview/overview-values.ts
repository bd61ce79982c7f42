/** A stored membership as the "Time to Re-enroll?" form holds it: empty text for unknowns. */
import type { Membership } from '../../../../shared/interchange/schema';
import type { OverviewInput } from '../../../../shared/forms/overview';

export function overviewValuesOf(membership: Membership): OverviewInput {
  const { organization, enrollment, contacts } = membership;
  return {
    organization: {
      name: organization.name,
      location: organization.location ?? '',
      country: organization.country ?? '',
    },
    level: membership.level,
    targetLevel: membership.targetLevel,
    enrollment: { startedOn: enrollment.startedOn ?? '', expiresOn: enrollment.expiresOn },
    renewingSubscriber: membership.renewingSubscriber,
    contacts: {
      primaryProgramContact: {
        name: contacts.primaryProgramContact.name ?? '',
        email: contacts.primaryProgramContact.email ?? '',
      },
      preparer: {
        name: contacts.preparer.name ?? '',
        isGlobalProgramAdministrator: contacts.preparer.isGlobalProgramAdministrator,
      },
    },
  };
}
