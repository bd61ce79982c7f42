/**
 * Browser mode serves the renderer under the desktop window's own policy, so a page that
 * works in one works in the other.
 */
export { CONTENT_SECURITY_POLICY as BROWSER_CONTENT_SECURITY_POLICY } from '../main/security';
