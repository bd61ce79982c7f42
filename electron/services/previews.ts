/**
 * Report previews: the HTML of the last few rendered reports, each under an unguessable id,
 * served at `preview/<id>` with a policy of its own (no script at all, inline styles allowed) so
 * the app's strict policy never has to loosen for a report's inline CSS.
 */
import { randomBytes } from 'node:crypto';

/** The preview document's policy: nothing runs, nothing loads, it is sandboxed. */
export const PREVIEW_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const KEPT = 8;
const ID = /^[0-9a-f]{32}$/;

export interface PreviewStore {
  /** Keeps `html` and returns the relative path it is served at. */
  put(html: string): string;
  /** The HTML at `id`, or null. */
  get(id: string): string | null;
}

export function createPreviewStore(): PreviewStore {
  const previews = new Map<string, string>();
  return {
    put(html) {
      const id = randomBytes(16).toString('hex');
      previews.set(id, html);
      while (previews.size > KEPT) previews.delete(previews.keys().next().value as string);
      return `preview/${id}`;
    },
    get(id) {
      return ID.test(id) ? (previews.get(id) ?? null) : null;
    },
  };
}

/** The preview id in a request path `/preview/<id>`, or null when the path is not a preview. */
export function previewIdOf(path: string): string | null {
  const match = /^\/preview\/([0-9a-f]{32})$/.exec(path.split('?')[0] ?? '');
  return match?.[1] ?? null;
}
