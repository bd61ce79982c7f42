/**
 * Ahead-of-time compiled validators for Node (`z.compile`, zod 4.6): the schema becomes one
 * generated function that checks and copies in a single pass, about twice as fast as zod's
 * interpreter on a large interchange file. On any failure the compiled clone hands the input to
 * the original schema, so the issues, their paths and messages are exactly the interpreted ones.
 * Compiling costs tens of milliseconds, so each schema is compiled once, on first use. The
 * renderer never imports this: its CSP forbids `new Function`, and it keeps the interpreted path.
 */
import { z } from 'zod';
import { documentSchema } from '../../shared/interchange/schema';
import type { DocumentValidator } from '../../shared/interchange/parse';

/** Interchange text below this size validates faster than the compiler compiles. */
export const COMPILE_WORTH_BYTES = 512 * 1024;

const cache = new WeakMap<z.ZodType, z.ZodType>();

/** The compiled clone of `schema`, built on first call (the schema itself if zod refuses it). */
export function compiled<S extends z.ZodType>(schema: S): S {
  let clone = cache.get(schema);
  if (clone === undefined) {
    clone = z.compile(schema);
    cache.set(schema, clone);
  }
  return clone as S;
}

/** The validator for interchange text of this length: compiled when the file is large enough. */
export function documentValidatorFor(text: string): DocumentValidator {
  return text.length >= COMPILE_WORTH_BYTES ? compiled(documentSchema) : documentSchema;
}
