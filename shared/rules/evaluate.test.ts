import { describe, expect, it } from 'vitest';
import { evaluate, toEvaluationJson } from './evaluate';
import { REQUIREMENT_IDS } from './types';
import type { Ruleset } from './ruleset';
import { AS_OF, goldMembership } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';

// Under each ruleset: the evaluation names it and carries its numbers.
describe.each(RULESETS)('under $id', (R) => {
  describe('evaluate', () => {
    it('gives every requirement id of §3, in order, for every membership', () => {
      const e = evaluate(
        [goldMembership({}, R), goldMembership({ id: 'm-2', targetLevel: 'registered' }, R)],
        {
          asOf: AS_OF,
          ruleset: R,
        },
      );
      expect(e.ruleset).toBe(R.id);
      expect(e.asOf).toBe(AS_OF);
      for (const m of e.memberships) expect(m.requirements.map((r) => r.id)).toEqual([...REQUIREMENT_IDS]);
    });

    it('reads every threshold from the ruleset object: a later year is a new object', () => {
      const later: Ruleset = {
        ...R,
        id: 'later-year',
        points: { ...R.points, gold: R.points.gold + 30 },
        references: { ...R.references, required: R.references.required + 1 },
      };
      const e = evaluate([goldMembership({}, R)], { asOf: AS_OF, ruleset: later });
      expect(e.ruleset).toBe('later-year');
      const byId = new Map(e.memberships[0]!.requirements.map((r) => [r.id, r]));
      expect(byId.get('gold.points')).toMatchObject({ status: 'unmet', required: R.points.gold + 30 });
      expect(byId.get('gold.references-current')).toMatchObject({
        status: 'unmet',
        required: R.references.required + 1,
      });
    });
  });

  describe('toEvaluationJson', () => {
    it('has the §4 fields, in order, then the added structured fields, and optional fields only when present', () => {
      const json = toEvaluationJson(evaluate([goldMembership({}, R)], { asOf: AS_OF, ruleset: R }));
      expect(Object.keys(json)).toEqual(['ruleset', 'asOf', 'memberships', 'rules']);
      // The numbers the evaluation used, without the catalogue (titles sit on each requirement).
      const { requirements, ...numbers } = R;
      expect(requirements).toBeDefined();
      expect(json.rules).toEqual(numbers);
      const m = json.memberships[0]!;
      expect(Object.keys(m)).toEqual([
        'id',
        'window',
        'points',
        'qualifies',
        'ready',
        'requirements',
        'deadlines',
      ]);
      expect(Object.keys(m.window)).toEqual(['status', 'daysLeft', 'opensOn', 'expiresOn']);
      expect(Object.keys(m.points)).toEqual(['total', 'competencies', 'bonus', 'other']);
      expect(Object.keys(m.qualifies)).toEqual(['registered', 'certified', 'gold']);
      for (const d of m.deadlines) {
        expect(Object.keys(d)).toEqual(['kind', 'subject', 'dueOn', 'status', 'endangers', 'about']);
      }
      const allowed = [
        'id',
        'level',
        'kind',
        'blocking',
        'status',
        'detail',
        'actual',
        'required',
        'dueOn',
        'action',
        'title',
        'shortTitle',
        'about',
        'uses',
      ];
      for (const r of m.requirements) {
        const keys = Object.keys(r);
        expect(keys.slice(0, 6)).toEqual(allowed.slice(0, 6));
        expect(keys.every((k) => allowed.includes(k))).toBe(true);
        expect(keys.slice(-4)).toEqual(['title', 'shortTitle', 'about', 'uses']);
        for (const k of keys) expect((r as unknown as Record<string, unknown>)[k]).not.toBeUndefined();
      }
      expect(m.requirements.find((r) => r.id === 'steps.sign-in')).toEqual({
        id: 'steps.sign-in',
        level: 'all',
        kind: 'step',
        blocking: true,
        status: 'met',
        detail: 'Signed in to the Partner Membership Center: done on 5 Jul 2009.',
        title: R.requirements['steps.sign-in'].title,
        shortTitle: R.requirements['steps.sign-in'].shortTitle,
        about: {},
        uses: {},
      });
    });

    it('survives a JSON round trip unchanged', () => {
      const json = toEvaluationJson(evaluate([goldMembership({}, R)], { asOf: AS_OF, ruleset: R }));
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    });
  });
});
