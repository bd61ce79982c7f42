import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isExternalLinkAllowed,
  printWindowOptions,
  secureWindowOptions,
} from './security';

describe('secureWindowOptions', () => {
  const prefs = secureWindowOptions('/app/preload.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('prints reports in a window that runs no script', () => {
    const print = printWindowOptions().webPreferences ?? {};
    expect(print.javascript).toBe(false);
    expect(print.sandbox).toBe(true);
    expect(print.preload).toBeUndefined();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('denies by default and allows only the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows inline script, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('URL checks', () => {
  it('recognizes only the app origin as the app', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://renderer/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('lets only https links go to the system browser', () => {
    expect(isExternalLinkAllowed('https://example.com/')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com/')).toBe(false);
    expect(isExternalLinkAllowed('file:///tmp/x')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
  });
});
