/**
 * Reading an interchange document: JSON text → validated, normalized memberships with every id
 * present, or the list of problems, each naming its JSON path. Nothing partial is ever returned.
 */
import type { z } from 'zod';
import { documentSchema, type InterchangeDocument, type Membership } from './schema';
import { parseWith, type Parsed, type SafeParser } from '../validation';
import { namedProblems } from './problem-names';
import { withIdsChecked } from './ids';

export { ID_LISTS, assignIds, withIdsChecked, type IdList } from './ids';

/**
 * What validates the document's shape: the zod schema itself (the renderer's path, whose CSP
 * forbids eval) or, in Node, its ahead-of-time compiled clone (`z.compile`), which gives the same
 * value and, on a failure, falls back to the same schema for the same issues (or a stand-in
 * built on it that reports progress, electron/validation/compiled.ts).
 */
export type DocumentValidator = SafeParser<z.output<typeof documentSchema>>;

/** Parses interchange JSON text. */
export function parseInterchangeText(
  text: string,
  validator: DocumentValidator = documentSchema,
): Parsed<InterchangeDocument> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `The file is not valid JSON: ${reason}` }] };
  }
  return parseInterchange(data, validator);
}

/** Validates an already-parsed value as an interchange document. */
export function parseInterchange(
  data: unknown,
  validator: DocumentValidator = documentSchema,
): Parsed<InterchangeDocument> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '(file)', message: 'Expected a JSON object' }] };
  }
  const parsed = parseWith(validator, data);
  if (!parsed.ok) return { ok: false, problems: namedProblems(parsed.problems, data) };
  return withIdsChecked(parsed.value, data);
}

/** The document as it is written out: the same shape the parser normalizes to. */
export function toInterchange(memberships: readonly Membership[]): InterchangeDocument {
  return { format: 'partner-reenrollment', version: 1, memberships };
}
