/**
 * Hostile and broken payloads through `dispatch`, as a compromised renderer or a damaged file
 * would send them: each is refused with the field named, and the database is unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, fixtureText } from '../db/testing';
import { MAX_WORKSPACE_FILE_BYTES } from '../../shared/ipc/errors';
import { handlerHarness, overview, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness;
beforeEach(async () => {
  h = handlerHarness();
  await h.value('workspace:import', {
    text: fixtureText('workspace-two-memberships.json'),
    onConflict: 'refuse',
  });
});
afterEach(() => h.dispose());

const sample = JSON.parse(fixtureText('workspace-two-memberships.json')) as {
  memberships: Record<string, unknown>[];
};
const fileWith = (change: (m: Record<string, unknown>) => void) => {
  const copy = structuredClone(sample);
  change(copy.memberships[0] as Record<string, unknown>);
  copy.memberships = [copy.memberships[0] as Record<string, unknown>];
  (copy.memberships[0] as Record<string, unknown>).id = 'm-new';
  return JSON.stringify(copy);
};

const refused: [string, string, unknown, string][] = [
  ['wrong type', 'membership:create', { overview: { ...overview, level: 5 } }, 'overview.level'],
  ['unknown field', 'membership:create', { overview, extra: true }, 'extra'],
  [
    'nested unknown field',
    'membership:save-profile',
    { id: 'm-1', profile: { partnerId: '1', admin: true } },
    'profile.admin',
  ],
  ['__proto__ key', 'membership:get', JSON.parse('{"id":"m-1","__proto__":{"polluted":true}}'), '__proto__'],
  ['constructor key', 'membership:get', { id: 'm-1', constructor: { prototype: {} } }, 'constructor'],
  [
    'impossible date',
    'membership:save-overview',
    { id: 'm-1', overview: { ...overview, enrollment: { startedOn: '', expiresOn: '2009-02-30' } } },
    'overview.enrollment.expiresOn',
  ],
  [
    'impossible date in an item',
    'entity:save',
    { membershipId: 'm-1', list: 'certifiedSolutions', item: { name: 'CRM', testedOn: '2009-13-01' } },
    'item.testedOn',
  ],
  [
    'negative points',
    'entity:save',
    { membershipId: 'm-1', list: 'otherPoints', item: { description: 'x', points: -5 } },
    'item.points',
  ],
  ['unknown list', 'entity:save', { membershipId: 'm-1', list: 'accounts', item: {} }, 'list'],
  ['id of the wrong type', 'membership:delete', { id: 42 }, 'id'],
  [
    'score above 100',
    'membership:save-assessment',
    { id: 'm-1', assessment: { scorePercent: 140, takenOn: null } },
    'assessment.scorePercent',
  ],
  [
    'fee paid without amount',
    'membership:save-step',
    { id: 'm-1', step: 'feePaid', value: { done: true, on: '', note: '', amount: null, currency: 'USD' } },
    'value.amount',
  ],
  [
    'settings of the wrong type',
    'settings:save',
    { regionalServiceCenter: { name: 1, phone: null, email: null, hours: null } },
    'regionalServiceCenter.name',
  ],
  ['payload not an object', 'workspace:list', 'DROP TABLE memberships', ''],
  [
    'truncated JSON file',
    'workspace:import',
    { text: fixtureText('workspace-two-memberships.json').slice(0, 500), onConflict: 'new' },
    '(file)',
  ],
  [
    'wrong type in the file',
    'workspace:import',
    { text: fileWith((m) => (m.level = 3)), onConflict: 'new' },
    'memberships[0].level',
  ],
  [
    'unknown field in the file',
    'workspace:import',
    { text: fileWith((m) => (m.owner = 'x')), onConflict: 'new' },
    'memberships[0].owner',
  ],
  [
    'duplicate ids in the file',
    'workspace:import',
    {
      text: fileWith((m) =>
        (m.otherPoints as unknown[]).push({ id: 'o-1', description: 'again', points: 1 }),
      ),
      onConflict: 'new',
    },
    'memberships[0].otherPoints[1].id',
  ],
  [
    '__proto__ in the file',
    'workspace:import',
    {
      text: fileWith((m) => (m.organization = JSON.parse('{"name":"X","__proto__":{"isAdmin":true}}'))),
      onConflict: 'new',
    },
    'memberships[0].organization.__proto__',
  ],
  [
    'impossible date in the file',
    'workspace:import',
    { text: fileWith((m) => (m.enrollment = { expiresOn: '2009-09-31' })), onConflict: 'new' },
    'memberships[0].enrollment.expiresOn',
  ],
  ['unknown conflict policy', 'workspace:import', { text: '{}', onConflict: 'merge' }, 'onConflict'],
  [
    'unpaired surrogate in a field',
    'entity:save',
    { membershipId: 'm-1', list: 'otherPoints', item: { description: 'a\ud800b', points: 1 } },
    'item.description',
  ],
  [
    'unpaired surrogate in the file',
    'workspace:import',
    { text: fileWith((m) => (m.organization = { name: 'Fab\udc00rikam' })), onConflict: 'new' },
    'memberships[0].organization.name',
  ],
];

describe('bad input', () => {
  it.each(refused)(
    'refuses %s, naming the field, and changes nothing',
    async (_what, channel, payload, path) => {
      const before = contentHash(h.db);
      const result = await h.callRaw(channel, payload);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.problems?.map((p) => p.path)).toContain(path);
      expect(result.error.message.length).toBeGreaterThan(0);
      expect(contentHash(h.db)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('imports a file sent as its UTF-8 bytes as it imports its text', async () => {
    const text = fileWith((m) => (m.organization = { name: 'Café 東京 𝄞' }));
    const summary = await h.value('workspace:import', {
      text: new TextEncoder().encode(text),
      onConflict: 'new',
    });
    const imported = await h.value('membership:get', { id: summary.added[0] ?? '' });
    expect(imported.organization.name).toBe('Café 東京 𝄞');
  });

  it('refuses bytes that are not UTF-8 naming the offset, and a file too large, changing nothing', async () => {
    const before = contentHash(h.db);
    const latin1 = Uint8Array.from([...new TextEncoder().encode('{"name": "Caf'), 0xe9, 0x22, 0x7d]);
    expect(await h.callRaw('workspace:import', { text: latin1, onConflict: 'new' })).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message:
          'The file is not valid UTF-8 text: the byte at offset 13 (0xE9) is not part of a character. Save it as UTF-8 and import it again.',
      },
    });
    const huge = new Uint8Array(MAX_WORKSPACE_FILE_BYTES + 1);
    const tooLarge = await h.callRaw('workspace:import', { text: huge, onConflict: 'new' });
    expect(!tooLarge.ok && tooLarge.error.code).toBe('too-large');
    expect(!tooLarge.ok && tooLarge.error.problems?.map((p) => p.path)).toEqual(['text']);
    const notBytes = await h.callRaw('workspace:import', { text: [123, 125], onConflict: 'new' });
    expect(!notBytes.ok && notBytes.error.code).toBe('validation');
    expect(contentHash(h.db)).toBe(before);
  });

  it('refuses an unknown channel', async () => {
    const result = await h.callRaw('db:exec', { sql: 'DROP TABLE memberships' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Unknown request "db:exec".' },
    });
  });

  it('stores control characters, HTML and SQL verbatim as data', async () => {
    const hostile = "\u0000\u0001\u001b[31m<b onclick=x()>'); DROP TABLE memberships; --\u2028é𝄞";
    const saved = await h.saved('entity:save', {
      membershipId: 'm-1',
      list: 'otherPoints',
      item: { description: hostile, points: 1 },
    });
    expect(saved.otherPoints.at(-1)?.description).toBe(hostile);
    const created = await h.value('membership:create', {
      overview: { ...overview, organization: { name: hostile, location: '%_*', country: null } },
    });
    expect((await h.value('membership:get', { id: created.id })).organization.name).toBe(hostile);
    expect((await h.value('workspace:list', {})).map((s) => s.id)).toEqual(['m-1', 'm-2', created.id]);
  });
});
