/**
 * The `app://renderer` scheme: the built renderer's files, with the CSP header, and nothing
 * outside its folder. A standard, secure scheme so `'self'` in the CSP means exactly this.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';
import { resolveStaticPath } from '../server/static-files';
import { PREVIEW_CONTENT_SECURITY_POLICY, previewIdOf, type PreviewStore } from '../services/previews';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the bundle's compiled code between launches (it needs `standard`).
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves `rendererDir` on `app://renderer/`, and report previews at `preview/<id>`. */
export function registerAppProtocol(rendererDir: string, previews: PreviewStore): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const previewId = url.host === APP_HOST ? previewIdOf(url.pathname) : null;
    if (previewId !== null) {
      const html = previews.get(previewId);
      if (html === null) return new Response('This preview is no longer available.', { status: 404 });
      return new Response(html, {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PREVIEW_CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
