/**
 * The §4 JSON of an evaluation as text, one membership at a time (shared/rules/README.md): the
 * same bytes as `JSON.stringify(toEvaluationJson(evaluation), null, 2)` (or without the `2`,
 * compact), without ever holding the whole evaluation or its text. A large workspace prints about 100 MB of JSON; built in one piece
 * that string, its copy for the write and every evaluation behind it kept the garbage collector
 * busy for longer than the evaluation took.
 *
 * Each membership is printed by JSON.stringify itself, at the depth it has in the document;
 * compact, its deadlines a few dozen at a time (`compactMembershipPieces`). A printer written
 * here, value by value, took about twice as long for the 38 MB workspace's 200 memberships:
 * 1,030–1,100 ms against 440–510 ms, and 1,360–1,490 ms against 710–840 ms encoded to UTF-8.
 */
import type { IsoDate } from '../dates';
import type { Ruleset } from './ruleset';
import type { MembershipEvaluation } from './types';
import { membershipJson, rulesetNumbers, type MembershipJson } from './evaluation-json';

/** The document's head and ruleset. */
export interface EvaluationJsonHead {
  readonly ruleset: Ruleset;
  readonly asOf: IsoDate;
  /**
   * Indented by two spaces, for people; otherwise compact, for programs: half the bytes (52
   * against 104 MB for the bench's 38 MB workspace) and half the time to print them.
   */
  readonly indent: boolean;
}

/** The text before the first membership and after the last, for a list of at least one. */
interface EvaluationJsonFrame {
  readonly open: string;
  /** Ends with a newline, as the CLI prints. */
  readonly close: string;
}

/** The document around the memberships, for a non-empty list. */
function evaluationJsonFrame(head: EvaluationJsonHead): EvaluationJsonFrame {
  // JSON.stringify's own text with one placeholder item, split where that item stands. Keys are
  // unique and a quote inside a string is escaped, so `"memberships": [` occurs exactly once.
  const frame = JSON.stringify(
    { ruleset: head.ruleset.id, asOf: head.asOf, memberships: [0], rules: rulesetNumbers(head.ruleset) },
    null,
    head.indent ? 2 : undefined,
  );
  const key = head.indent ? '"memberships": [\n    ' : '"memberships":[';
  const at = frame.indexOf(key) + key.length;
  // Skips the placeholder `0`.
  return { open: frame.slice(0, at), close: `${frame.slice(at + 1)}\n` };
}

/** What JSON.stringify prints around an item of a top-level key's array: depth 2, as there. */
const ITEM_OPEN = '{\n  "a": [\n    ';
const ITEM_CLOSE = '\n  ]\n}';
/** Between two membership items. */
const SEPARATOR = ',\n    ';

/** Deadlines printed in one piece by `compactMembershipPieces`. */
export const DEADLINES_PER_PIECE = 64;

/**
 * One membership's compact text, with the comma before it unless it is the first, exactly as
 * JSON.stringify prints it, in pieces: everything up to its deadlines, then the deadlines
 * `perPiece` at a time. JSON.stringify's text of a whole membership (a quarter of a megabyte or
 * more) is a rope of parts, which encoding first copies into one flat string in fresh memory;
 * texts of a few kilobytes cost no such copy. Evaluating and printing the 38 MB workspace took
 * 638–675 ms against 732–742 ms (medians of 12 runs, alternated, for 32, 64 and 128 per piece).
 * The deadlines are the last key of `membershipJson`; the tests compare with JSON.stringify.
 */
export function compactMembershipPieces(
  json: MembershipJson,
  first: boolean,
  piece: (text: string) => void,
  perPiece = DEADLINES_PER_PIECE,
): void {
  const { deadlines, ...head } = json;
  // `{…}` without its closing brace, then the deadlines' key.
  const headText = JSON.stringify(head);
  piece(`${first ? '' : ','}${headText.slice(0, -1)},"deadlines":[`);
  for (let from = 0; from < deadlines.length; from += perPiece) {
    const text = JSON.stringify(deadlines.slice(from, from + perPiece));
    piece(`${from === 0 ? '' : ','}${text.slice(1, -1)}`);
  }
  piece(']}');
}

/**
 * The indented text of the membership at `index` of the list, as it stands in the document: with
 * the separator before it unless it is the first.
 */
function indentedItemText(index: number, evaluation: MembershipEvaluation): string {
  const text = JSON.stringify({ a: [membershipJson(evaluation)] }, null, 2);
  const item = text.slice(ITEM_OPEN.length, text.length - ITEM_CLOSE.length);
  return index === 0 ? item : SEPARATOR + item;
}

/**
 * Writes the §4 JSON of the memberships evaluated one by one by `evaluateOne`, in order, to
 * `piece`: the frame's opening, one piece per membership (compact: a few), then the frame's
 * close (which ends with a newline, as the CLI prints). A piece never ends inside a JSON token,
 * so never inside a character.
 */
export function writeEvaluationJsonPieces<M>(
  head: EvaluationJsonHead,
  memberships: readonly M[],
  evaluateOne: (membership: M) => MembershipEvaluation,
  piece: (text: string) => void,
): void {
  if (memberships.length === 0) {
    const empty = {
      ruleset: head.ruleset.id,
      asOf: head.asOf,
      memberships: [],
      rules: rulesetNumbers(head.ruleset),
    };
    piece(`${JSON.stringify(empty, null, head.indent ? 2 : undefined)}\n`);
    return;
  }
  const frame = evaluationJsonFrame(head);
  piece(frame.open);
  memberships.forEach((membership, index) => {
    const evaluation = evaluateOne(membership);
    if (head.indent) piece(indentedItemText(index, evaluation));
    else compactMembershipPieces(membershipJson(evaluation), index === 0, piece);
  });
  piece(frame.close);
}
