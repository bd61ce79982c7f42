/**
 * The one place HTML is escaped. Markup is built with the `html` tag: every interpolated string
 * is escaped for text and quoted attribute values alike, and only values `html` built itself go
 * in as they are.
 */
import { templateTag, type Piece } from './template-tag';

/** Markup that is safe to insert as is. */
export interface SafeHtml {
  readonly html: string;
}

export type HtmlValue = Piece<SafeHtml>;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  if (!/[&<>"']/.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Tagged template: literal parts are markup; interpolations are escaped unless built by `html`. */
export const html = templateTag<SafeHtml>(
  escapeHtml,
  (markup) => ({ html: markup }),
  (value) => value.html,
).tag;
