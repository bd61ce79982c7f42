/**
 * Serving the built renderer's files, for browser mode and for the Electron `app://` protocol:
 * a request path maps to a file under the root or to nothing, never outside it.
 */
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` a URL path names (`/` is index.html), or null for anything outside. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = normalize(join(root, relative));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return resolved.startsWith(base) ? resolved : null;
}

/** The Content-Type for a file name, `application/octet-stream` when unknown. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Vite names every file it writes under assets/ by its content hash (`index-DiUmSeCl.js`), so a
 * file at such a path never changes: the browser keeps it, and with it the compiled code V8
 * caches beside it, instead of fetching and compiling it again on every load. index.html, which
 * names the current hashes, is asked for again each time.
 */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

/** The Cache-Control header for a URL path of the renderer. */
export function cacheControlOf(urlPath: string): string {
  const path = urlPath.split('?')[0]?.split('#')[0] ?? '';
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
