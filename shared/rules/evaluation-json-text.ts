/**
 * The §4 JSON of an evaluation as text, one membership at a time (shared/rules/README.md): the
 * same bytes as `JSON.stringify(toEvaluationJson(evaluation), null, 2)`, without ever holding the
 * whole evaluation or its text. A large workspace prints about 100 MB of JSON; built in one piece
 * that string, its copy for the write and every evaluation behind it kept the garbage collector
 * busy for longer than the evaluation took.
 */
import type { IsoDate } from '../dates';
import type { Ruleset } from './ruleset';
import type { MembershipEvaluation } from './types';
import { membershipJson, rulesetNumbers } from './evaluation-json';

/**
 * `value` printed by JSON.stringify with a two-space indent at the depth of an item of a
 * top-level key's array: wrapped in `{"_":[value]}` so the indentation is JSON.stringify's own,
 * then cut out of the wrapper.
 */
function itemText(value: unknown): string {
  const text = JSON.stringify({ _: [value] }, null, 2);
  return text.slice(WRAP_HEAD.length, text.length - WRAP_TAIL.length);
}
const WRAP_HEAD = '{\n  "_": [\n    ';
const WRAP_TAIL = '\n  ]\n}';
const SEPARATOR = ',\n    ';

/** Joins small pieces into writes of about this many characters (fewer, larger writes). */
const CHUNK = 1 << 20;

/**
 * Writes the §4 JSON of the memberships evaluated one by one by `evaluateOne`, in order, to
 * `write` in pieces of about a megabyte; the last piece ends with a newline, as the CLI prints.
 */
export function writeEvaluationJson<M>(
  head: { readonly ruleset: Ruleset; readonly asOf: IsoDate },
  memberships: readonly M[],
  evaluateOne: (membership: M) => MembershipEvaluation,
  write: (text: string) => void,
): void {
  const rules = rulesetNumbers(head.ruleset);
  if (memberships.length === 0) {
    const empty = { ruleset: head.ruleset.id, asOf: head.asOf, memberships: [], rules };
    write(`${JSON.stringify(empty, null, 2)}\n`);
    return;
  }
  // The document around the memberships: JSON.stringify's own text with one placeholder item,
  // split where that item stands. Keys are unique and escaped strings hold no raw newline, so
  // the memberships key at the first level of indentation occurs exactly once.
  const frame = JSON.stringify(
    { ruleset: head.ruleset.id, asOf: head.asOf, memberships: [0], rules },
    null,
    2,
  );
  const key = '\n  "memberships": [\n    ';
  const at = frame.indexOf(key) + key.length;
  let pending = frame.slice(0, at);
  memberships.forEach((membership, index) => {
    if (index > 0) pending += SEPARATOR;
    pending += itemText(membershipJson(evaluateOne(membership)));
    if (pending.length >= CHUNK) {
      write(pending);
      pending = '';
    }
  });
  // Skips the placeholder `0`.
  write(`${pending}${frame.slice(at + 1)}\n`);
}
