/** The workspace-wide channels: import, export, the sample workspace and the settings. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInterchangeText } from '../../shared/interchange/parse';
import { contentHash, FIXTURES, fixtureDocument, fixtureText } from '../db/testing';
import { handlerHarness, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness;
afterEach(() => h?.dispose());

const sampleText = fixtureText('workspace-two-memberships.json');

describe('import and export handlers', () => {
  it('imports a file with a backup, keeps its ids, and exports the same document', async () => {
    h = handlerHarness();
    const summary = await h.value('workspace:import', { text: sampleText, onConflict: 'refuse' });
    expect(summary).toMatchObject({ added: ['m-1', 'm-2'], replaced: [], renamed: [] });
    expect(existsSync(summary.backupPath!)).toBe(true);
    expect(await h.value('workspace:export', {})).toEqual(fixtureDocument());
    const one = await h.value('workspace:export', { ids: ['m-2'] });
    expect(one.memberships.map((m) => m.id)).toEqual(['m-2']);
  });

  it('refuses memberships already in the workspace by default, naming both sides, and changes nothing', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: sampleText, onConflict: 'refuse' });
    const before = contentHash(h.db);
    const result = await h.call('workspace:import', { text: sampleText, onConflict: 'refuse' });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'import-conflict') throw new Error('expected an import conflict');
    const names = fixtureDocument().memberships.map((m) => m.organization.name);
    expect(result.error.message).toMatch(/^The workspace already has 2 memberships in this file: /);
    expect(result.error.fileMemberships).toBe(2);
    expect(result.error.conflicts.map((c) => [c.index, c.workspace.id, c.workspace.organization])).toEqual([
      [0, 'm-1', names[0]],
      [1, 'm-2', names[1]],
    ]);
    expect(result.error.conflicts.map((c) => c.file.organization)).toEqual(names);
    expect(contentHash(h.db)).toBe(before);
  });

  it('replaces conflicting memberships in place, or imports them under new ids', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: sampleText, onConflict: 'refuse' });
    await h.value('entity:delete', { membershipId: 'm-1', list: 'otherPoints', id: 'o-1' });
    const replaced = await h.value('workspace:import', { text: sampleText, onConflict: 'replace' });
    expect(replaced).toMatchObject({ added: [], replaced: ['m-1', 'm-2'] });
    expect(await h.value('workspace:export', {})).toEqual(fixtureDocument());

    const renamed = await h.value('workspace:import', { text: sampleText, onConflict: 'new' });
    expect(renamed.renamed.map((r) => r.from)).toEqual(['m-1', 'm-2']);
    expect(renamed.added).toEqual(renamed.renamed.map((r) => r.to));
    expect(new Set([...renamed.added, 'm-1', 'm-2']).size).toBe(4);
    const all = await h.value('workspace:export', {});
    expect(all.memberships.map((m) => m.id)).toEqual(['m-1', 'm-2', ...renamed.added]);
    expect({ ...all.memberships[2], id: 'm-1' }).toEqual(fixtureDocument().memberships[0]);
  });

  it('refuses to export an unknown id, naming it', async () => {
    h = handlerHarness();
    const result = await h.call('workspace:export', { ids: ['m-9'] });
    expect(!result.ok && result.error.problems).toEqual([
      { path: 'ids[0]', message: 'There is no membership with id "m-9"' },
    ]);
  });

  it('opens the sample workspace, and again as new memberships', async () => {
    h = handlerHarness();
    expect((await h.value('workspace:open-sample', {})).added).toEqual(['m-1', 'm-2']);
    const again = (await h.value('workspace:open-sample', {})).added;
    expect(again).toHaveLength(2);
    expect(again).not.toContain('m-1');
    expect(again).not.toContain('m-2');
  });

  it('opens the real sample (examples/fabrikam.json) and exports it unchanged', async () => {
    const sample = join(FIXTURES, '..', '..', 'examples', 'fabrikam.json');
    h = handlerHarness(sample);
    const summary = await h.value('workspace:open-sample', {});
    const parsed = parseInterchangeText(readFileSync(sample, 'utf8'));
    if (!parsed.ok) throw new Error('examples/fabrikam.json is invalid');
    expect(summary.added).toEqual(parsed.value.memberships.map((m) => m.id));
    expect(await h.value('workspace:export', {})).toEqual(parsed.value);
  });

  it('says so when the sample file is missing', async () => {
    h = handlerHarness('/nonexistent/fabrikam.json');
    const result = await h.call('workspace:open-sample', {});
    expect(!result.ok && result.error.message).toMatch(/sample workspace could not be opened.*ENOENT/);
  });
});

describe('settings handlers', () => {
  it('returns empty settings, then what was saved', async () => {
    h = handlerHarness();
    expect(await h.value('settings:get', {})).toEqual({
      regionalServiceCenter: { name: null, phone: null, email: null, hours: null },
    });
    const saved = {
      regionalServiceCenter: { name: 'RSC Europe', phone: '+44 20', email: null, hours: '9–17' },
    };
    expect(await h.value('settings:save', saved)).toEqual(saved);
    expect(await h.value('settings:get', {})).toEqual(saved);
  });
});
