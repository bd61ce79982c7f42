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
import { writePrettyJson } from '../text/pretty-json';
import { membershipJson, rulesetNumbers } from './evaluation-json';

/** Between two membership items. */
const SEPARATOR = ',\n    ';

/** The document's head and ruleset. */
export interface EvaluationJsonHead {
  readonly ruleset: Ruleset;
  readonly asOf: IsoDate;
}

/**
 * Writes the §4 JSON of the memberships evaluated one by one by `evaluateOne`, in order, to
 * `piece` in pieces of a few kilobytes (shared/text/pretty-json.ts); the last ends with a
 * newline, as the CLI prints. A piece never ends inside a JSON token, so never inside a character.
 */
export function writeEvaluationJsonPieces<M>(
  head: EvaluationJsonHead,
  memberships: readonly M[],
  evaluateOne: (membership: M) => MembershipEvaluation,
  piece: (text: string) => void,
): void {
  const rules = rulesetNumbers(head.ruleset);
  if (memberships.length === 0) {
    const empty = { ruleset: head.ruleset.id, asOf: head.asOf, memberships: [], rules };
    piece(`${JSON.stringify(empty, null, 2)}\n`);
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
  piece(frame.slice(0, at));
  memberships.forEach((membership, index) => {
    if (index > 0) piece(SEPARATOR);
    // At the depth of an item of a top-level key's array, as JSON.stringify indents it there.
    writePrettyJson(membershipJson(evaluateOne(membership)), 2, piece, String(index));
  });
  // Skips the placeholder `0`.
  piece(`${frame.slice(at + 1)}\n`);
}
