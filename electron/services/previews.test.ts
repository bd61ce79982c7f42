import { describe, expect, it } from 'vitest';
import { createPreviewStore, previewIdOf, PREVIEW_CONTENT_SECURITY_POLICY } from './previews';

describe('preview store', () => {
  it('serves what was put under an unguessable id, and forgets the oldest past eight', () => {
    const store = createPreviewStore();
    const paths = Array.from({ length: 9 }, (_, i) => store.put(`<p>${i}</p>`));
    const ids = paths.map((p) => previewIdOf(`/${p}`));
    expect(ids.every((id) => id !== null && /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(9);
    expect(store.get(ids[0] as string)).toBeNull();
    expect(store.get(ids[8] as string)).toBe('<p>8</p>');
    expect(store.get('../etc/passwd')).toBeNull();
  });

  it('recognizes only exact preview paths', () => {
    expect(previewIdOf('/preview/' + 'a'.repeat(32))).toBe('a'.repeat(32));
    expect(previewIdOf('/preview/' + 'a'.repeat(31))).toBeNull();
    expect(previewIdOf('/preview/../../x')).toBeNull();
    expect(previewIdOf('/index.html')).toBeNull();
  });

  it('lets a preview run no script', () => {
    expect(PREVIEW_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PREVIEW_CONTENT_SECURITY_POLICY).toContain('sandbox');
    expect(PREVIEW_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'self'");
    expect(PREVIEW_CONTENT_SECURITY_POLICY).not.toContain('script-src');
  });
});
