/** The lists whose one row is one item: references, competencies, other points. */
import {
  competencySchema,
  otherPointsSchema,
  referenceSchema,
  type Competency,
  type OtherPoints,
  type Reference,
} from '../interchange/schema';
import { REFERENCE_STATUSES, type ReferenceStatus } from '../interchange/fields';
import { competencyName, dateCell, uniqueRecords, type ListAdapter, type SheetRecord } from './adapter';
import { mapRows, nameKey, type RowReader } from './row-reader';

type Fields<T> = SheetRecord<T>['fields'];

/** Only the fields whose column the sheet has. */
function present<T>(reader: RowReader, fields: Record<string, () => unknown>): Fields<T> {
  const out: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(fields)) if (reader.has(key)) out[key] = read();
  return out as Fields<T>;
}

function readStatus(reader: RowReader): ReferenceStatus {
  const text = reader.text('status');
  if (text === null) return 'requested';
  const status = REFERENCE_STATUSES.find((s) => s === text.toLowerCase());
  if (status) return status;
  reader.problem('status', 'unknown-status', `${text} is not one of ${REFERENCE_STATUSES.join(', ')}.`);
  return 'requested';
}

const referenceKey = (customer: string, competencyId: string | null, specialization: string | null) =>
  `${nameKey(customer)}|${competencyId ?? ''}|${nameKey(specialization ?? '')}`;

export const referencesAdapter: ListAdapter<Reference> = {
  records: (readers, context) =>
    uniqueRecords(
      mapRows(readers, context, (reader) => {
        const customer = reader.required('customer', 'The customer');
        const competencyId = reader.competency('competency', context);
        const specialization = reader.text('specialization');
        if (specialization !== null && reader.text('competency') === null) {
          reader.problem(
            'specialization',
            'specialization-without-competency',
            'Name the competency as well.',
          );
        }
        const fields = present<Reference>(reader, {
          status: () => readStatus(reader),
          requestedOn: () => reader.date('requestedOn'),
          acceptedOn: () => reader.date('acceptedOn'),
          expiresOn: () => reader.date('expiresOn'),
          competencyId: () => competencyId,
          specialization: () => specialization,
        });
        if (customer === null) return [];
        const key = referenceKey(customer, competencyId, specialization);
        return [{ reader, key, rows: [reader.row], fields: { customer, ...fields } }];
      }),
      'customer, competency and specialization',
    ),
  keyOf: (r) => referenceKey(r.customer, r.competencyId, r.specialization),
  blank: {
    customer: '',
    status: 'requested',
    requestedOn: null,
    acceptedOn: null,
    expiresOn: null,
    competencyId: null,
    specialization: null,
  },
  schema: referenceSchema,
  rowsOf: (r, context) => [
    {
      customer: r.customer,
      status: r.status,
      requestedOn: dateCell(r.requestedOn),
      acceptedOn: dateCell(r.acceptedOn),
      expiresOn: dateCell(r.expiresOn),
      competency: competencyName(r.competencyId, context),
      specialization: r.specialization,
    },
  ],
};

export const competenciesAdapter: ListAdapter<Competency> = {
  records: (readers, context) =>
    uniqueRecords(
      mapRows(readers, context, (reader) => {
        const name = reader.required('name', 'The competency');
        const fields = present<Competency>(reader, {
          attainedOn: () => reader.date('attainedOn'),
          specializations: () => {
            const names = reader.names('specializations');
            const unique = [...new Set(names)];
            if (unique.length < names.length) {
              reader.problem('specializations', 'duplicate-item', 'A specialization is listed twice.');
            }
            return unique;
          },
          otherRequirementsMet: () => reader.yesNo('otherRequirementsMet', false),
        });
        if (name === null) return [];
        return [{ reader, key: nameKey(name), rows: [reader.row], fields: { name, ...fields } }];
      }),
      'competency',
    ),
  keyOf: (c) => nameKey(c.name),
  blank: { name: '', attainedOn: null, specializations: [], otherRequirementsMet: false },
  schema: competencySchema,
  rowsOf: (c) => [
    {
      name: c.name,
      attainedOn: dateCell(c.attainedOn),
      specializations: c.specializations.join('; '),
      otherRequirementsMet: c.otherRequirementsMet,
    },
  ],
};

const pointsKey = (description: string, earnedOn: string | null) =>
  `${nameKey(description)}|${earnedOn ?? ''}`;

export const otherPointsAdapter: ListAdapter<OtherPoints> = {
  records: (readers, context) =>
    uniqueRecords(
      mapRows(readers, context, (reader) => {
        const description = reader.required('description', 'The description');
        const points = reader.count('points');
        if (points === null && reader.text('points') === null) {
          reader.problem('points', 'required', 'The points are missing.');
        }
        const earnedOn = reader.date('earnedOn');
        if (description === null || points === null) return [];
        const fields = present<OtherPoints>(reader, { earnedOn: () => earnedOn });
        const key = pointsKey(description, earnedOn);
        return [{ reader, key, rows: [reader.row], fields: { description, points, ...fields } }];
      }),
      'description and date earned',
    ),
  keyOf: (o) => pointsKey(o.description, o.earnedOn),
  blank: { description: '', points: 0, earnedOn: null },
  schema: otherPointsSchema,
  rowsOf: (o) => [{ description: o.description, points: o.points, earnedOn: dateCell(o.earnedOn) }],
};
