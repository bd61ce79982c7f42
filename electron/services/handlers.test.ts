import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { contentHash, fixtureText } from '../db/testing';
import { createHandlers } from './handlers';
import { handlerHarness, overview, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness;
afterEach(() => h?.dispose());

const sampleText = fixtureText('workspace-two-memberships.json');

async function withCompetency(harness: HandlerHarness) {
  const created = await harness.value('membership:create', { overview });
  await harness.value('entity:save', {
    membershipId: created.id,
    list: 'competencies',
    item: { name: 'Information Worker', attainedOn: '2008-05-01', specializations: ['UC', 'Portals'] },
  });
  return created.id;
}

describe('handlers', () => {
  it('implements every channel of the contract', () => {
    h = handlerHarness();
    expect(Object.keys(createHandlers(h.db, { backupDir: h.backupDir, samplePath: '' })).sort()).toEqual(
      [...CHANNELS].sort(),
    );
  });

  it('creates, lists, gets, updates and deletes a membership', async () => {
    h = handlerHarness();
    expect(await h.value('workspace:list', {})).toEqual([]);
    const created = await h.value('membership:create', { overview });
    // Random, so two workspaces' memberships never share an id by chance (DESIGN §4).
    expect(created.id).toMatch(/^m-[0-9a-z]{6,}$/);
    const id = created.id;
    expect((await h.value('membership:create', { overview })).id).not.toBe(id);
    await h.value('membership:delete', { id: (await h.value('workspace:list', {}))[1]!.id });
    expect(created).toMatchObject({
      organization: { name: 'Fabrikam Ltd', location: 'Seattle', country: 'US', partnerId: null },
      enrollment: { startedOn: '2008-10-01', expiresOn: '2009-09-30' },
      contacts: { preparer: { name: 'Lee Chen', isGlobalProgramAdministrator: false } },
      competencies: [],
      steps: { feePaid: { done: false, amount: null, currency: null } },
    });
    expect(await h.value('membership:get', { id })).toEqual(created);
    const saved = await h.saved('membership:save-overview', {
      id,
      overview: {
        ...overview,
        organization: { name: 'Fabrikam', location: '', country: '' },
        targetLevel: 'certified',
      },
    });
    expect(saved.organization).toMatchObject({ name: 'Fabrikam', location: null, country: null });
    expect(saved.targetLevel).toBe('certified');
    expect((await h.value('workspace:list', {})).map((s) => s.organizationName)).toEqual(['Fabrikam']);
    expect(await h.value('membership:delete', { id: id })).toEqual({
      deleted: id,
      backupPath: expect.stringMatching(/\.before-delete\.sqlite3$/),
    });
    expect(await h.value('workspace:list', {})).toEqual([]);
    const again = await h.call('membership:delete', { id });
    expect(again.ok).toBe(false);
  });

  it('refuses a missing membership id, naming it', async () => {
    h = handlerHarness();
    const result = await h.call('membership:get', { id: 'm-404' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'There is no membership with id "m-404".',
        problems: [{ path: 'id', message: 'There is no membership with id "m-404"' }],
      },
    });
    const entity = await h.call('entity:save', {
      membershipId: 'm-404',
      list: 'otherPoints',
      item: { description: 'x', points: 1 },
    });
    expect(!entity.ok && entity.error.problems?.[0]?.path).toBe('membershipId');
  });

  it('saves the profile, the chosen competency, the assessment and each step', async () => {
    h = handlerHarness();
    const id = await withCompetency(h);
    const profile = await h.saved('membership:save-profile', {
      id,
      profile: { partnerId: '1234567', address: '1 Main St', phone: '', website: 'https://fabrikam.example' },
    });
    expect(profile.organization).toMatchObject({ partnerId: '1234567', phone: null, name: 'Fabrikam Ltd' });
    const chosen = await h.saved('membership:save-chosen', {
      id,
      chosen: { competencyId: 'c-1', specialization: 'UC' },
    });
    expect(chosen.chosen).toEqual({ competencyId: 'c-1', specialization: 'UC' });
    const assessed = await h.saved('membership:save-assessment', {
      id,
      assessment: { scorePercent: 72.5, takenOn: '2009-02-15' },
    });
    expect(assessed.mapsAssessment).toEqual({ scorePercent: 72.5, takenOn: '2009-02-15' });
    expect((await h.saved('membership:save-assessment', { id, assessment: null })).mapsAssessment).toBeNull();
    const signed = await h.saved('membership:save-step', {
      id,
      step: 'signIn',
      value: { done: true, on: '2009-08-01', note: 'ok' },
    });
    expect(signed.steps.signIn).toEqual({ done: true, on: '2009-08-01', note: 'ok' });
    const paid = await h.saved('membership:save-step', {
      id,
      step: 'feePaid',
      value: { done: true, on: '2009-08-15', note: '', amount: 1900, currency: 'usd' },
    });
    expect(paid.steps.feePaid).toEqual({
      done: true,
      on: '2009-08-15',
      note: null,
      amount: 1900,
      currency: 'USD',
    });
    expect(paid.steps.termsSigned).toEqual({ done: false, on: null, note: null });
  });

  it('returns what a save changed, not the whole membership', async () => {
    h = handlerHarness();
    const id = await withCompetency(h);
    const step = await h.value('membership:save-step', {
      id,
      step: 'termsAgreed',
      value: { done: true, on: '2009-08-02', note: '' },
    });
    expect(step).toEqual({
      membershipId: id,
      part: 'step',
      step: 'termsAgreed',
      value: { done: true, on: '2009-08-02', note: null },
    });
    const item = await h.value('entity:save', {
      membershipId: id,
      list: 'otherPoints',
      item: { description: 'Bonus', points: 3 },
    });
    expect(item).toEqual({
      membershipId: id,
      part: 'item',
      list: 'otherPoints',
      item: { id: 'o-1', description: 'Bonus', points: 3, earnedOn: null },
    });
    const deleted = await h.value('entity:delete', { membershipId: id, list: 'otherPoints', id: 'o-1' });
    expect(deleted).toEqual({ membershipId: id, part: 'item-deleted', list: 'otherPoints', id: 'o-1' });
  });

  it('refuses a chosen competency that does not exist, changing nothing', async () => {
    h = handlerHarness();
    const id = await withCompetency(h);
    const before = contentHash(h.db);
    const result = await h.call('membership:save-chosen', {
      id,
      chosen: { competencyId: 'c-9', specialization: null },
    });
    expect(!result.ok && result.error.problems).toEqual([
      { path: 'chosen.competencyId', message: 'There is no competency with id "c-9" in this membership' },
    ]);
    expect(contentHash(h.db)).toBe(before);
  });

  it('adds, updates in place and deletes an item of every list', async () => {
    h = handlerHarness();
    const membershipId = await withCompetency(h);
    const items = {
      competencies: { name: 'Custom Development', specializations: ['Web'] },
      professionals: {
        name: 'Sam Lee',
        associated: true,
        links: [{ competencyId: 'c-1', specialization: 'UC' }],
        certifications: [{ name: 'MCITP', earnedOn: '2007-03-01', newerExamRequiredBy: '2010-06-30' }],
      },
      certifiedSolutions: { name: 'Fabrikam CRM', testedOn: '2009-01-10' },
      references: { customer: 'Contoso', status: 'accepted', competencyId: 'c-1', specialization: 'UC' },
      csatSurveys: { participatedOn: '2009-04-01', responses: [{ customer: 'Contoso', count: 8 }] },
      otherPoints: { description: 'Bonus', points: 10 },
    } as const;
    for (const [list, item] of Object.entries(items) as [keyof typeof items, object][]) {
      const first = await h.saved('entity:save', { membershipId, list, item } as never);
      const second = await h.saved('entity:save', { membershipId, list, item } as never);
      const ids = second[list].map((x) => x.id);
      expect(ids.length).toBe(first[list].length + 1);
      const firstId = ids.at(-2) as string;
      // Saving the first again (with its id) updates it in place: same position, same count.
      const updated = await h.saved('entity:save', {
        membershipId,
        list,
        item: { ...item, id: firstId },
      } as never);
      expect(updated[list].map((x) => x.id)).toEqual(ids);
      const deleted = await h.saved('entity:delete', { membershipId, list, id: firstId });
      expect(deleted[list].map((x) => x.id)).toEqual(ids.filter((x) => x !== firstId));
    }
    const missing = await h.call('entity:delete', { membershipId, list: 'otherPoints', id: 'o-404' });
    expect(!missing.ok && missing.error.problems?.[0]).toEqual({
      path: 'id',
      message: 'There is no item with id "o-404" in otherPoints',
    });
  });

  it('replaces a professional’s certifications and links on update', async () => {
    h = handlerHarness();
    const membershipId = await withCompetency(h);
    const base = { name: 'Sam', links: [{ competencyId: 'c-1', specialization: 'UC' }] };
    await h.value('entity:save', {
      membershipId,
      list: 'professionals',
      item: {
        ...base,
        id: 'p-1',
        certifications: [
          { name: 'A', earnedOn: '2007-01-01' },
          { name: 'B', earnedOn: '2007-01-02' },
        ],
      },
    });
    const after = await h.saved('entity:save', {
      membershipId,
      list: 'professionals',
      item: { ...base, id: 'p-1', links: [], certifications: [{ name: 'C', earnedOn: '2008-01-01' }] },
    });
    expect(after.professionals).toEqual([
      {
        id: 'p-1',
        name: 'Sam',
        mcpId: null,
        associated: false,
        links: [],
        certifications: [{ name: 'C', earnedOn: '2008-01-01', expiresOn: null, newerExamRequiredBy: null }],
      },
    ]);
  });

  it('refuses a link or a reference to an unknown competency, naming the field', async () => {
    h = handlerHarness();
    const membershipId = await withCompetency(h);
    const before = contentHash(h.db);
    const link = await h.call('entity:save', {
      membershipId,
      list: 'professionals',
      item: {
        name: 'Sam',
        links: [
          { competencyId: 'c-1', specialization: 'UC' },
          { competencyId: 'c-7', specialization: 'X' },
        ],
      },
    });
    expect(!link.ok && link.error.problems?.map((p) => p.path)).toEqual(['item.links[1].competencyId']);
    const reference = await h.call('entity:save', {
      membershipId,
      list: 'references',
      item: { customer: 'Contoso', status: 'draft', competencyId: 'c-7' },
    });
    expect(!reference.ok && reference.error.problems?.map((p) => p.path)).toEqual(['item.competencyId']);
    expect(contentHash(h.db)).toBe(before);
  });

  it('deleting a competency removes its links and unassigns references and the chosen one', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: sampleText, onConflict: 'refuse' });
    const after = await h.saved('entity:delete', { membershipId: 'm-1', list: 'competencies', id: 'c-1' });
    expect(after.competencies.map((c) => c.id)).toEqual(['c-2']);
    expect(after.chosen).toEqual({ competencyId: null, specialization: null });
    expect(after.professionals.flatMap((p) => p.links.map((l) => l.competencyId))).toEqual(['c-2']);
    expect(after.references[0]).toMatchObject({ id: 'r-1', competencyId: null, specialization: null });
  });
});
