/**
 * Escaping by construction: a template tag whose literal parts are trusted markup and whose
 * interpolations are escaped, unless they are values the same tag built. The HTML and Markdown
 * renderers each make one, so a user string cannot reach the output unescaped.
 */

export type Piece<T> = string | number | T | readonly Piece<T>[] | null | undefined | false;

export interface TemplateTag<T> {
  /** Builds trusted output from a template; strings and numbers interpolated are escaped. */
  readonly tag: (strings: TemplateStringsArray, ...values: readonly Piece<T>[]) => T;
  /** The escaped text of one interpolated value. */
  readonly render: (value: Piece<T>) => string;
}

/** A tag for one format: `escape` for user text, `wrap`/`unwrap` to mark trusted output. */
export function templateTag<T extends object>(
  escape: (text: string) => string,
  wrap: (text: string) => T,
  unwrap: (value: T) => string,
): TemplateTag<T> {
  const render = (value: Piece<T>): string => {
    if (value === null || value === undefined || value === false) return '';
    if (typeof value === 'string') return escape(value);
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value)) {
      let out = '';
      for (const item of value as readonly Piece<T>[]) out += render(item);
      return out;
    }
    return unwrap(value as T);
  };
  const tag = (strings: TemplateStringsArray, ...values: readonly Piece<T>[]): T => {
    let out = strings[0] as string;
    for (let i = 0; i < values.length; i += 1) out += render(values[i]) + (strings[i + 1] as string);
    return wrap(out);
  };
  return { tag, render };
}
