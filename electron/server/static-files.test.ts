import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cacheControlOf, contentTypeOf, resolveStaticPath } from './static-files';

const root = join('/srv', 'renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html and assets under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses every way out of the root', () => {
    expect(resolveStaticPath(root, '/../secret')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/..%2f..%2f..%2fetc')).toBeNull();
    expect(resolveStaticPath(root, '/%00')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('knows the bundle types and defaults to octet-stream', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream');
  });
});

describe('cacheControlOf', () => {
  it('keeps content-hashed assets and asks for everything else again', () => {
    const kept = 'public, max-age=31536000, immutable';
    expect(cacheControlOf('/assets/index-DiUmSeCl.js')).toBe(kept);
    expect(cacheControlOf('/assets/use-autosave-BethUCT-.js?x=1')).toBe(kept);
    expect(cacheControlOf('/assets/index-C3B7MznW.css')).toBe(kept);
    expect(cacheControlOf('/')).toBe('no-cache');
    expect(cacheControlOf('/index.html')).toBe('no-cache');
    expect(cacheControlOf('/assets/app.js')).toBe('no-cache');
    expect(cacheControlOf('/assets/sub/index-DiUmSeCl.js')).toBe('no-cache');
    expect(cacheControlOf('/other/index-DiUmSeCl.js')).toBe('no-cache');
  });
});
