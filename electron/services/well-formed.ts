/**
 * SQLite stores text as UTF-8, where an unpaired UTF-16 surrogate (possible in a JS string and
 * in JSON as `"\ud800"`) has no encoding: it would be silently replaced, so the value read back
 * would differ from the value saved. Such text is refused instead, with the path of the field.
 */
import { formatPath, type Problem } from '../../shared/validation';

const LONE_SURROGATE = /\p{Cs}/u;
const MESSAGE = 'The text contains an unpaired surrogate (invalid Unicode text) that cannot be stored as is';

/** The path of every string in `value` that is not well-formed Unicode (at most `limit`). */
export function illFormedText(value: unknown, path: readonly PropertyKey[] = [], limit = 20): Problem[] {
  const problems: Problem[] = [];
  // One path stack, copied only for a problem: a large import visits millions of values.
  const at: PropertyKey[] = [...path];
  const visit = (node: unknown) => {
    if (problems.length >= limit) return;
    if (typeof node === 'string') {
      if (LONE_SURROGATE.test(node)) problems.push({ path: formatPath(at) || '(input)', message: MESSAGE });
    } else if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        at.push(index);
        visit(node[index]);
        at.pop();
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        at.push(key);
        if (LONE_SURROGATE.test(key)) problems.push({ path: formatPath(at), message: MESSAGE });
        visit((node as Record<string, unknown>)[key]);
        at.pop();
      }
    }
  };
  visit(value);
  return problems;
}
