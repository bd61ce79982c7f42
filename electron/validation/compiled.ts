/**
 * Ahead-of-time compiled validators for Node (`z.compile`, zod 4.6): the schema becomes one
 * generated function that checks and copies in a single pass, about twice as fast as zod's
 * interpreter on a large interchange file. On any failure the compiled clone hands the input to
 * the original schema, so the issues, their paths and messages are exactly the interpreted ones.
 * Compiling costs tens of milliseconds, so each schema is compiled once, on first use. The
 * renderer never imports this: its CSP forbids `new Function`, and it keeps the interpreted path.
 */
import { z } from 'zod';
import { documentSchema, MAX_MEMBERSHIPS_IN_FILE, membershipSchema } from '../../shared/interchange/schema';
import type { DocumentValidator } from '../../shared/interchange/parse';
import { COMPILE_WORTH_BYTES } from './large-file';

export { COMPILE_WORTH_BYTES };

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

/**
 * The validator for interchange text of this length: compiled when the file is large enough,
 * and then, given `onMembership`, checking a membership at a time and saying so after each.
 */
export function documentValidatorFor(
  text: string,
  onMembership?: (done: number, total: number) => void,
): DocumentValidator {
  if (text.length < COMPILE_WORTH_BYTES) return documentSchema;
  return onMembership ? steppedDocumentValidator(onMembership) : compiled(documentSchema);
}

/** The document with its memberships left unchecked: what is left once each is checked alone. */
const documentHeaderSchema = documentSchema.extend({
  memberships: z.array(z.unknown()).max(MAX_MEMBERSHIPS_IN_FILE),
});

/**
 * The compiled document validator, one membership at a time: a 38 MB file's check is about
 * 400 ms in one call, which a progress bar would show as a stall. A document is valid exactly
 * when its header and each membership are (an array's items are checked independently), and the
 * value is the same: the header's copy with each membership's copy in place. Anything invalid is
 * checked again whole, so the issues are the whole schema's, in its order.
 */
export function steppedDocumentValidator(
  onMembership: (done: number, total: number) => void,
): DocumentValidator {
  return {
    safeParse(input: unknown) {
      const header = compiled(documentHeaderSchema).safeParse(input);
      if (!header.success) return compiled(documentSchema).safeParse(input);
      const items = header.data.memberships;
      const memberships: z.output<typeof membershipSchema>[] = [];
      for (const item of items) {
        const checked = compiled(membershipSchema).safeParse(item);
        if (!checked.success) return compiled(documentSchema).safeParse(input);
        memberships.push(checked.data);
        onMembership(memberships.length, items.length);
      }
      return { success: true, data: { ...header.data, memberships } };
    },
  };
}
