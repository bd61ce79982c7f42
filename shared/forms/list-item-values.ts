/**
 * Stored list items as their editor forms show them (empty text for unknowns), and the blank
 * form a new item starts from.
 */
import type { Membership } from '../interchange/schema';
import type { ListFormInput, ListName } from './list-items';

type Item<L extends ListName> = Membership[L][number];

const text = (value: string | null): string => value ?? '';

/** Each list's conversion from a stored item to form values. */
export const FORM_VALUES_OF: { readonly [L in ListName]: (item: Item<L>) => ListFormInput<L> } = {
  competencies: (c) => ({
    name: c.name,
    attainedOn: text(c.attainedOn),
    specializations: c.specializations.join('\n'),
    otherRequirementsMet: c.otherRequirementsMet,
  }),
  professionals: (p) => ({
    name: p.name,
    mcpId: text(p.mcpId),
    associated: p.associated,
    certifications: p.certifications.map((c) => ({
      name: c.name,
      earnedOn: c.earnedOn,
      expiresOn: text(c.expiresOn),
      newerExamRequiredBy: text(c.newerExamRequiredBy),
    })),
    links: p.links.map((l) => ({ competencyId: l.competencyId, specialization: l.specialization })),
  }),
  certifiedSolutions: (s) => ({ name: s.name, testedOn: s.testedOn, expiresOn: text(s.expiresOn) }),
  references: (r) => ({
    customer: r.customer,
    status: r.status,
    requestedOn: text(r.requestedOn),
    acceptedOn: text(r.acceptedOn),
    expiresOn: text(r.expiresOn),
    competencyId: text(r.competencyId),
    specialization: text(r.specialization),
  }),
  csatSurveys: (v) => ({
    participatedOn: v.participatedOn,
    responses: v.responses.map((r) => ({ customer: r.customer, count: String(r.count) })),
  }),
  otherPoints: (o) => ({ description: o.description, points: String(o.points), earnedOn: text(o.earnedOn) }),
};

/** The blank form of a new item in each list. */
export const EMPTY_FORM_VALUES: { readonly [L in ListName]: ListFormInput<L> } = {
  competencies: { name: '', attainedOn: '', specializations: '', otherRequirementsMet: false },
  professionals: { name: '', mcpId: '', associated: true, certifications: [], links: [] },
  certifiedSolutions: { name: '', testedOn: '', expiresOn: '' },
  references: {
    customer: '',
    status: 'requested',
    requestedOn: '',
    acceptedOn: '',
    expiresOn: '',
    competencyId: '',
    specialization: '',
  },
  csatSurveys: { participatedOn: '', responses: [{ customer: '', count: '' }] },
  otherPoints: { description: '', points: '', earnedOn: '' },
};
