/**
 * The interchange document checked and normalized where it lies: a fast path for a large file
 * that `reenroll evaluate` reads once and drops. It loads no zod, so neither does that command
 * unless the file is refused. zod, compiled or not, answers with a copy of the
 * whole document (half a million objects for the 38 MB workspace), which took as long as checking
 * it and left the collector that much more to move. This walks the value JSON.parse made,
 * trims, fills defaults and turns blanks into null in place, and says only whether it is valid.
 *
 * It is a second statement of `shared/interchange/schema.ts`, so it answers nothing on its own
 * when the document is invalid: the caller then validates a fresh parse with the schema, whose
 * issues and paths are the ones people see. Its verdict and its value are checked against the
 * schema by a property test on random valid and invalid documents (in-place-document.test.ts).
 */
import type { z } from 'zod';
import { isIsoDate, isYearInRange } from '../../shared/dates';
import {
  AMOUNT_MAX,
  COUNT_MAX,
  FORMAT_TAG,
  FORMAT_VERSION,
  LEVELS,
  LIST_MAX,
  MAX_MEMBERSHIPS_IN_FILE,
  REFERENCE_STATUSES,
  TEXT_MAX,
} from '../../shared/interchange/constants';
import type { documentSchema } from '../../shared/interchange/schema';

/** What a field's check returns for a value the schema refuses. */
const INVALID: unique symbol = Symbol('invalid');
/** A field's check: the value as the schema outputs it (objects changed in place), or INVALID. */
type Field = (value: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A strict object: no field beyond `shape`, each field checked and replaced in place. */
function strict(shape: Readonly<Record<string, Field>>): Field {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shape[key] as Field);
  const allowed = new Set(keys);
  return (value) => {
    if (!isRecord(value)) return INVALID;
    for (const key in value) if (!allowed.has(key)) return INVALID;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const before = value[key];
      const after = (fields[i] as Field)(before);
      if (after === INVALID) return INVALID;
      if (after !== before) value[key] = after;
    }
    return value;
  };
}

/** A value the schema fills in when it is missing (`.default()`); `make` gives a fresh one. */
const orDefault =
  (field: Field, make: () => unknown): Field =>
  (value) =>
    value === undefined ? field(make()) : field(value);

const nullable =
  (field: Field): Field =>
  (value) =>
    value === null ? null : field(value);

function list(item: Field, max: number): Field {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    for (let i = 0; i < value.length; i += 1) {
      const before: unknown = value[i];
      const after = item(before);
      if (after === INVALID) return INVALID;
      if (after !== before) value[i] = after;
    }
    return value;
  };
}

/** A list that may be missing (`[]`), of at most `max` items: zod's `.max(max).default([])`. */
const optionalList = (item: Field, max: number): Field => orDefault(list(item, max), () => []);

/** `requiredText`: trimmed, 1 to `max` characters. */
const requiredText =
  (max: number = TEXT_MAX.required): Field =>
  (value) => {
    if (typeof value !== 'string') return INVALID;
    const text = value.trim();
    return text.length >= 1 && text.length <= max ? text : INVALID;
  };

/** `optionalText`: missing or null is null; trimmed, at most `max` characters; blank is null. */
const optionalText =
  (max: number = TEXT_MAX.optional): Field =>
  (value) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') return INVALID;
    const text = value.trim();
    if (text.length > max) return INVALID;
    return text === '' ? null : text;
  };

const isoDate: Field = (value) =>
  typeof value === 'string' && isIsoDate(value) && isYearInRange(value) ? value : INVALID;
const optionalDate: Field = (value) => (value === undefined || value === null ? null : isoDate(value));

/** `optionalId`: absent stays absent; otherwise trimmed, 1 to `TEXT_MAX.id` characters. */
const optionalId: Field = (value) => (value === undefined ? undefined : requiredText(TEXT_MAX.id)(value));

/**
 * zod's own email pattern (`z.regexes.email`, what `z.email()` checks), written out so that this
 * module loads without zod: loading it was about 70 ms of every run. A test holds it equal.
 */
export const EMAIL = new RegExp(
  String.raw`^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$`,
);
const optionalEmail: Field = (value) => {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' && value.length <= TEXT_MAX.email && EMAIL.test(value) ? value : INVALID;
};

const flag = (fallback: boolean): Field =>
  orDefault(
    (value) => (typeof value === 'boolean' ? value : INVALID),
    () => fallback,
  );
const oneOf =
  (values: readonly string[]): Field =>
  (value) =>
    typeof value === 'string' && values.includes(value) ? value : INVALID;
const numberIn =
  (min: number, max: number, whole: boolean): Field =>
  (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!whole || Number.isSafeInteger(value))
      ? value
      : INVALID;
const count = numberIn(0, COUNT_MAX, true);
const CURRENCY = /^[A-Z]{3}$/;

const specializationName = requiredText(TEXT_MAX.specialization);
const notDone = () => ({ done: false, on: null, note: null });
const manualStep = {
  done: flag(false),
  on: optionalDate,
  note: optionalText(TEXT_MAX.note),
};
const feeStep = {
  ...manualStep,
  amount: orDefault(nullable(numberIn(0, AMOUNT_MAX, false)), () => null),
  currency: orDefault(
    nullable((value) => (typeof value === 'string' && CURRENCY.test(value) ? value : INVALID)),
    () => null,
  ),
};

const membership = strict({
  id: optionalId,
  organization: strict({
    name: requiredText(),
    partnerId: optionalText(TEXT_MAX.partnerId),
    location: optionalText(TEXT_MAX.location),
    country: optionalText(TEXT_MAX.country),
    address: optionalText(TEXT_MAX.address),
    phone: optionalText(TEXT_MAX.phone),
    website: optionalText(TEXT_MAX.website),
  }),
  level: oneOf(LEVELS),
  targetLevel: oneOf(LEVELS),
  enrollment: strict({ startedOn: optionalDate, expiresOn: isoDate }),
  renewingSubscriber: flag(false),
  contacts: orDefault(
    strict({
      primaryProgramContact: orDefault(
        strict({ name: optionalText(TEXT_MAX.personName), email: optionalEmail }),
        () => ({}),
      ),
      preparer: orDefault(
        strict({ name: optionalText(TEXT_MAX.personName), isGlobalProgramAdministrator: flag(false) }),
        () => ({}),
      ),
    }),
    () => ({}),
  ),
  chosen: orDefault(
    nullable(
      strict({
        competencyId: optionalText(TEXT_MAX.competencyId),
        specialization: optionalText(TEXT_MAX.specialization),
      }),
    ),
    () => null,
  ),
  competencies: optionalList(
    strict({
      id: optionalId,
      name: requiredText(),
      attainedOn: optionalDate,
      specializations: optionalList(specializationName, LIST_MAX.specializations),
      otherRequirementsMet: flag(false),
    }),
    LIST_MAX.competencies,
  ),
  professionals: optionalList(
    strict({
      id: optionalId,
      name: requiredText(),
      mcpId: optionalText(TEXT_MAX.mcpId),
      associated: flag(false),
      links: optionalList(
        strict({ competencyId: requiredText(TEXT_MAX.competencyId), specialization: specializationName }),
        LIST_MAX.links,
      ),
      certifications: optionalList(
        strict({
          name: requiredText(),
          earnedOn: isoDate,
          expiresOn: optionalDate,
          newerExamRequiredBy: optionalDate,
        }),
        LIST_MAX.certifications,
      ),
    }),
    LIST_MAX.professionals,
  ),
  certifiedSolutions: optionalList(
    strict({ id: optionalId, name: requiredText(), testedOn: isoDate, expiresOn: optionalDate }),
    LIST_MAX.certifiedSolutions,
  ),
  references: optionalList(
    strict({
      id: optionalId,
      customer: requiredText(),
      status: oneOf(REFERENCE_STATUSES),
      requestedOn: optionalDate,
      acceptedOn: optionalDate,
      expiresOn: optionalDate,
      competencyId: optionalText(TEXT_MAX.competencyId),
      specialization: optionalText(TEXT_MAX.specialization),
    }),
    LIST_MAX.references,
  ),
  csatSurveys: optionalList(
    strict({
      id: optionalId,
      participatedOn: isoDate,
      responses: optionalList(strict({ customer: requiredText(), count }), LIST_MAX.responses),
    }),
    LIST_MAX.csatSurveys,
  ),
  otherPoints: optionalList(
    strict({ id: optionalId, description: requiredText(), points: count, earnedOn: optionalDate }),
    LIST_MAX.otherPoints,
  ),
  mapsAssessment: orDefault(
    nullable(strict({ scorePercent: numberIn(0, 100, false), takenOn: optionalDate })),
    () => null,
  ),
  steps: orDefault(
    strict({
      signIn: orDefault(strict(manualStep), notDone),
      profileVerified: orDefault(strict(manualStep), notDone),
      termsAgreed: orDefault(strict(manualStep), notDone),
      termsSigned: orDefault(strict(manualStep), notDone),
      feePaid: orDefault(strict(feeStep), notDone),
    }),
    () => ({}),
  ),
});

const document = strict({
  format: (value) => (value === FORMAT_TAG ? value : INVALID),
  version: (value) => (value === FORMAT_VERSION ? value : INVALID),
  memberships: list(membership, MAX_MEMBERSHIPS_IN_FILE),
});

/**
 * `data` as the schema outputs it, made in place (`data` is changed, and may be left half
 * changed when invalid), or null when the schema refuses it.
 */
export function normalizedInPlace(data: unknown): z.output<typeof documentSchema> | null {
  const result = document(data);
  return result === INVALID ? null : (result as z.output<typeof documentSchema>);
}
