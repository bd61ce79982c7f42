/**
 * Browser mode's Content-Security-Policy: the desktop window's policy, plus what a browser needs
 * to download an export (blob: links) — the same deny-by-default stance.
 */
export const BROWSER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
