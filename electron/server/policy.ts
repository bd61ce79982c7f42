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

/**
 * The headers of every browser-mode answer. No Cross-Origin-Opener-Policy: with it, each tab
 * that opened the app started a new renderer process (a new browsing context group), about
 * 150 ms before the page could start (navigation -> home's first row, median of 9: 507-557 ms
 * with it, 354-362 ms without). What it adds is little here: the page opens no cross-origin
 * window and cannot be framed (frame-ancestors, X-Frame-Options); a window that opened it keeps
 * only what any cross-origin window handle gives (navigate it, count its frames), and nothing of
 * the workspace, which the API gives only with the run's token.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
} as const;
