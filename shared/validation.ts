/**
 * Turning zod failures into problems a person can act on: each one names the JSON path of the
 * field (`memberships[0].enrollment.expiresOn`) and says what was expected.
 */
import type { z } from 'zod';

/** One thing wrong with an input, at a JSON path. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** For a problem in a file's membership: its organization and location, for people. */
  readonly membership?: string;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** `['memberships', 0, 'enrollment']` → `memberships[0].enrollment`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Flattens zod issues into problems, one per unknown key so each names its own path. */
export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...path, key]), message: 'Unknown field' });
      }
    } else if (issue.code === 'invalid_union') {
      // An optional-or-empty field failing both branches: report the first branch's reason.
      const first = issue.errors[0]?.[0];
      problems.push({ path: formatPath(path), message: first?.message ?? issue.message });
    } else {
      problems.push({ path: formatPath(path), message: issue.message });
    }
  }
  return problems;
}

/** What `parseWith` needs of a schema: a zod schema, or a stand-in that answers exactly as one. */
export interface SafeParser<T> {
  safeParse(input: unknown): z.ZodSafeParseResult<T>;
}

type ParsedBy<S> = S extends SafeParser<infer T> ? T : never;

/** Parses `input` with `schema`, returning problems with paths instead of throwing. */
export function parseWith<S extends SafeParser<unknown>>(
  schema: S,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): Parsed<ParsedBy<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as ParsedBy<S> };
  return { ok: false, problems: problemsFromZod(result.error, prefix) };
}

/** `Fabrikam Ltd — Seattle, memberships[0].enrollment.expiresOn: Expected a date YYYY-MM-DD` */
export function describeProblem(problem: Problem): string {
  const where = [problem.membership, problem.path].filter(Boolean).join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** One line per problem: `membership, path: message`. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map(describeProblem).join('\n');
}
