/**
 * The lists where several rows make one item: MCPs (one row per certification; rows sharing an
 * MCP ID are one professional) and CSAT surveys (one row per customer; rows sharing a survey date
 * are one survey).
 */
import {
  csatSurveySchema,
  professionalSchema,
  type Certification,
  type CompetencyLink,
  type CsatResponse,
  type CsatSurvey,
  type Professional,
} from '../interchange/schema';
import { competencyName, dateCell, type ListAdapter, type SheetRecord } from './adapter';
import { nameKey, sameName, type RowReader, type SheetContext } from './row-reader';
import type { SheetCell } from './types';

const professionalKey = (mcpId: string | null, name: string) =>
  mcpId !== null ? `mcp:${mcpId.trim()}` : `name:${nameKey(name)}`;

interface ProfessionalDraft {
  readonly key: string;
  readonly first: RowReader;
  readonly rows: number[];
  readonly name: string;
  readonly mcpId: string | null;
  readonly associated: boolean | undefined;
  readonly certifications: Certification[];
  readonly links: CompetencyLink[];
}

function certificationOf(reader: RowReader): Certification | null {
  const name = reader.text('certification');
  const earnedOn = reader.date('earnedOn');
  const expiresOn = reader.date('expiresOn');
  const newerExamRequiredBy = reader.date('newerExamRequiredBy');
  if (name === null) {
    if (earnedOn !== null || expiresOn !== null || newerExamRequiredBy !== null) {
      reader.problem('certification', 'required', 'Dates are given but no certification is named.');
    }
    return null;
  }
  if (earnedOn === null) {
    if (reader.text('earnedOn') === null) {
      reader.problem(
        reader.has('earnedOn') ? 'earnedOn' : null,
        'required',
        `The date ${name} was earned is missing.`,
      );
    }
    return null;
  }
  return { name, earnedOn, expiresOn, newerExamRequiredBy };
}

function linkOf(reader: RowReader, context: SheetContext): CompetencyLink | null {
  const competencyId = reader.competency('competency', context);
  const specialization = reader.text('specialization');
  if (reader.text('competency') === null) {
    if (specialization !== null) {
      reader.problem('specialization', 'specialization-without-competency', 'Name the competency as well.');
    }
    return null;
  }
  if (specialization === null) {
    reader.problem('specialization', 'required', 'A competency needs the specialization the MCP counts for.');
    return null;
  }
  return competencyId === null ? null : { competencyId, specialization };
}

/** One message for two rows of one professional that disagree. */
function disagree(reader: RowReader, draft: ProfessionalDraft, what: string): void {
  const who = draft.mcpId !== null ? `MCP ID ${draft.mcpId}` : `The MCP ${draft.name}`;
  reader.problem(
    null,
    'conflicting-values',
    `${who} appears with two different ${what} (see row ${draft.first.row}).`,
  );
}

/** A draft's fields: only those whose column the sheet has, so an import never blanks the rest. */
function professionalFields(
  d: ProfessionalDraft,
  withCertifications: boolean,
  withLinks: boolean,
): Partial<Omit<Professional, 'id'>> {
  const fields: Partial<Omit<Professional, 'id'>> = { name: d.name, mcpId: d.mcpId };
  if (d.associated !== undefined) fields.associated = d.associated;
  if (withCertifications) fields.certifications = d.certifications;
  if (withLinks) fields.links = d.links;
  return fields;
}

export const mcpsAdapter: ListAdapter<Professional> = {
  // Written for sheets of tens of thousands of rows: one draft per MCP, arrays made at their
  // first element (an empty array's first push reserves room for seventeen).
  records: (readers, context) => {
    const drafts = new Map<string, ProfessionalDraft>();
    for (const reader of readers) {
      const name = reader.required('name', 'The name');
      const mcpId = reader.text('mcpId');
      const associated = reader.has('associated') ? reader.yesNo('associated', true) : undefined;
      const certification = certificationOf(reader);
      const link = linkOf(reader, context);
      if (name === null) continue;
      const key = professionalKey(mcpId, name);
      const draft = drafts.get(key);
      if (draft === undefined) {
        drafts.set(key, {
          key,
          first: reader,
          rows: [reader.row],
          name,
          mcpId,
          associated,
          certifications: certification ? [certification] : [],
          links: link ? [link] : [],
        });
        continue;
      }
      if (!sameName(draft.name, name)) disagree(reader, draft, 'names');
      else if (draft.associated !== associated) disagree(reader, draft, 'answers to "Associated"');
      draft.rows.push(reader.row);
      if (certification) draft.certifications.push(certification);
      if (
        link &&
        !draft.links.some(
          (l) => l.competencyId === link.competencyId && l.specialization === link.specialization,
        )
      ) {
        draft.links.push(link);
      }
    }
    const withCertifications = readers[0]?.has('certification') ?? false;
    const withLinks = readers[0]?.has('competency') ?? false;
    const records: SheetRecord<Professional>[] = [];
    for (const d of drafts.values()) {
      records.push({
        key: d.key,
        rows: d.rows,
        fields: professionalFields(d, withCertifications, withLinks),
      });
    }
    return records;
  },
  keyOf: (p) => professionalKey(p.mcpId, p.name),
  blank: { name: '', mcpId: null, associated: true, certifications: [], links: [] },
  schema: professionalSchema,
  rowsOf: (p, context) => {
    const count = Math.max(1, p.certifications.length, p.links.length);
    return Array.from({ length: count }, (_, i) => {
      const c = p.certifications[i];
      const l = p.links[i];
      const row: Record<string, SheetCell> = {
        name: p.name,
        mcpId: p.mcpId,
        associated: p.associated,
        competency: l ? competencyName(l.competencyId, context) : null,
        specialization: l?.specialization ?? null,
        certification: c?.name ?? null,
        earnedOn: dateCell(c?.earnedOn ?? null),
        expiresOn: dateCell(c?.expiresOn ?? null),
        newerExamRequiredBy: dateCell(c?.newerExamRequiredBy ?? null),
      };
      return row;
    });
  },
};

interface SurveyDraft {
  readonly rows: number[];
  readonly responses: CsatResponse[];
  readonly seen: Map<string, number>;
}

export const csatAdapter: ListAdapter<CsatSurvey> = {
  records: (readers) => {
    const surveys = new Map<string, SurveyDraft>();
    for (const reader of readers) {
      const participatedOn = reader.date('participatedOn');
      if (participatedOn === null && reader.text('participatedOn') === null) {
        reader.problem('participatedOn', 'required', 'The survey date is missing.');
      }
      const customer = reader.required('customer', 'The customer');
      const count = reader.count('count');
      if (count === null && reader.text('count') === null) {
        reader.problem('count', 'required', 'The number of responses is missing.');
      }
      if (participatedOn === null || customer === null || count === null) continue;
      const survey: SurveyDraft = surveys.get(participatedOn) ?? { rows: [], responses: [], seen: new Map() };
      surveys.set(participatedOn, survey);
      const first = survey.seen.get(nameKey(customer));
      if (first !== undefined) {
        reader.problem(null, 'duplicate-item', `The same survey date and customer as row ${first}.`);
        continue;
      }
      survey.seen.set(nameKey(customer), reader.row);
      survey.rows.push(reader.row);
      survey.responses.push({ customer, count });
    }
    return [...surveys.entries()].map(([participatedOn, s]) => ({
      key: participatedOn,
      rows: s.rows,
      fields: { participatedOn, responses: s.responses },
    }));
  },
  keyOf: (v) => v.participatedOn,
  blank: { participatedOn: '', responses: [] },
  // A survey's responses are merged by customer, so a sheet holding one customer's new count
  // leaves the other customers' responses of that survey alone.
  combine: (base, fields, replace) => {
    const incoming = fields.responses ?? [];
    if (replace) return { ...base, ...fields, responses: incoming };
    const byCustomer = new Map(incoming.map((r) => [nameKey(r.customer), r]));
    const kept = base.responses.map((r) => byCustomer.get(nameKey(r.customer)) ?? r);
    const known = new Set(base.responses.map((r) => nameKey(r.customer)));
    return {
      ...base,
      ...fields,
      responses: [...kept, ...incoming.filter((r) => !known.has(nameKey(r.customer)))],
    };
  },
  schema: csatSurveySchema,
  rowsOf: (v) =>
    v.responses.map((r) => ({
      participatedOn: dateCell(v.participatedOn),
      customer: r.customer,
      count: r.count,
    })),
};
