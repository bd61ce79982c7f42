/**
 * The one place Markdown is escaped. A user string becomes inline text only: line breaks fold
 * to spaces (so it cannot start a heading, list or table row), `<`, `>` and `&` become entities
 * (so no raw HTML or autolink survives), and the punctuation that makes emphasis, links, images,
 * code, heading ends and table cells is backslash-escaped (parentheses only matter after `]`).
 * GFM also turns bare `http://…`, `www.…`, `mailto:…` and `name@host` into links: the `:` of
 * `://`, `mailto:` and `xmpp:`, every `@` and the dot of `www.` are backslash-escaped too, which
 * renders the same text but stops the autolink scanner, so no link is made from user text.
 */
import { templateTag, type Piece } from './template-tag';

/** Markdown written by this module itself, inserted as is. */
export interface SafeMarkdown {
  readonly markdown: string;
}

export type MarkdownValue = Piece<SafeMarkdown>;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A user string as inline Markdown text that renders to exactly that text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\f\v]/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c] as string)
    .replace(/[\\`*_[\]#!|~@]/g, '\\$&')
    .replace(/:(?=\/)|(?<=mailto|xmpp):/gi, '\\:')
    .replace(/(www)\./gi, '$1\\.');
}

const markdownTag = templateTag<SafeMarkdown>(
  escapeMarkdown,
  (markdown) => ({ markdown }),
  (value) => value.markdown,
);

/** Tagged template: literal parts are Markdown; interpolations are escaped unless built by `md`. */
export const md = markdownTag.tag;

/** A GitHub-style table; every cell is escaped (an empty cell shows as a dash); `empty` when no rows. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly MarkdownValue[])[],
  empty = 'None recorded.',
): SafeMarkdown {
  if (rows.length === 0) return md`${empty}`;
  const line = (cells: readonly MarkdownValue[]) =>
    `| ${cells.map((cell) => markdownTag.render(cell) || '—').join(' | ')} |`;
  return {
    markdown: [line(headers), `|${headers.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n'),
  };
}
