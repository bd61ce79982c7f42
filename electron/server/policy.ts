/**
 * The renderer's Content-Security-Policy, sent by the desktop app's `app://` protocol and by
 * browser mode's server alike, so a page that works in one works in the other: no remote
 * content, no inline script, no eval; styles only from the bundle; frames only for same-origin
 * report previews, which carry a script-less policy of their own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
