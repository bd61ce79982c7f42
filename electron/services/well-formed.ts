/**
 * SQLite stores text as UTF-8, where an unpaired UTF-16 surrogate (possible in a JS string and
 * in JSON as `"\ud800"`) has no encoding: it would be silently replaced, so the value read back
 * would differ from the value saved. Such text is refused instead, with the path of the field.
 */
import { formatPath, type Problem } from '../../shared/validation';

const LONE_SURROGATE = /\p{Cs}/u;
const MESSAGE = 'contains an unpaired surrogate (invalid Unicode text) that cannot be stored as is';

/** The path of every string in `value` that is not well-formed Unicode (at most `limit`). */
export function illFormedText(value: unknown, path: readonly PropertyKey[] = [], limit = 20): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, at: readonly PropertyKey[]) => {
    if (problems.length >= limit) return;
    if (typeof node === 'string') {
      if (LONE_SURROGATE.test(node)) problems.push({ path: formatPath(at) || '(input)', message: MESSAGE });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...at, index]));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        if (LONE_SURROGATE.test(key)) problems.push({ path: formatPath([...at, key]), message: MESSAGE });
        visit(item, [...at, key]);
      }
    }
  };
  visit(value, path);
  return problems;
}
