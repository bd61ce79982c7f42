// The streamed §4 JSON must be byte for byte what JSON.stringify prints for the whole evaluation.
import { describe, expect, it } from 'vitest';
import sample from '../../examples/fabrikam.json';
import { parseInterchange } from '../interchange/parse';
import type { Membership } from '../interchange/schema';
import { syntheticDocument } from '../../test/bench/synthetic';
import { evaluate, evaluateMembership, toEvaluationJson } from './evaluate';
import {
  compactMembershipPieces,
  DEADLINES_PER_PIECE,
  writeEvaluationJsonPieces,
} from './evaluation-json-text';
import { membershipJson } from './evaluation-json';
import { MPP_2009 } from './mpp2009';
import type { Ruleset } from './ruleset';

const AS_OF = '2009-08-15';

function streamed(memberships: readonly Membership[], ruleset: Ruleset = MPP_2009, indent = true): string[] {
  const writes: string[] = [];
  writeEvaluationJsonPieces(
    { ruleset, asOf: AS_OF, indent },
    memberships,
    (m) => evaluateMembership(m, AS_OF, ruleset),
    (text) => writes.push(text),
  );
  return writes;
}

function whole(memberships: readonly Membership[], ruleset: Ruleset = MPP_2009, indent = true): string {
  const evaluation = toEvaluationJson(evaluate(memberships, { asOf: AS_OF, ruleset }));
  return `${JSON.stringify(evaluation, null, indent ? 2 : undefined)}\n`;
}

/** Strings JSON must escape, and text that looks like the structure the stream cuts at. */
const AWKWARD = [
  'Quote " and backslash \\ ',
  'Line\nbreak\r\tand \u0001 control',
  '\n  "memberships": [\n    0',
  'Separators \u2028 \u2029, emoji 🎉, lone \ud800 surrogate',
  '},\n    {',
];

function awkwardMemberships(): Membership[] {
  const document = syntheticDocument({
    memberships: 5,
    mcpsPerMembership: 40,
    referencesPerMembership: 6,
    surveysPerMembership: 2,
    seed: 13,
  });
  return document.memberships.map((m, i) => ({
    ...m,
    organization: { ...m.organization, name: `${AWKWARD[i % AWKWARD.length]}${m.organization.name}` },
    professionals: m.professionals.map((p, j) => ({
      ...p,
      name: `${AWKWARD[(i + j) % AWKWARD.length]}${p.name}`,
      certifications: p.certifications.map((c) => ({
        ...c,
        name: `${c.name} ${AWKWARD[j % AWKWARD.length]}`,
      })),
    })),
  }));
}

describe.each([
  { indent: true, as: 'indented' },
  { indent: false, as: 'compact' },
])('writeEvaluationJsonPieces, $as', ({ indent }) => {
  it('prints the sample workspace exactly as JSON.stringify of the whole evaluation', () => {
    const parsed = parseInterchange(sample);
    if (!parsed.ok) throw new Error('the sample is invalid');
    expect(streamed(parsed.value.memberships, MPP_2009, indent).join('')).toBe(
      whole(parsed.value.memberships, MPP_2009, indent),
    );
  });

  it('prints strings that need escaping or look like its own structure exactly as JSON.stringify', () => {
    const memberships = awkwardMemberships();
    const out = streamed(memberships, MPP_2009, indent).join('');
    expect(out).toBe(whole(memberships, MPP_2009, indent));
    expect(out).toContain('\\ud800');
  });

  it('prints a ruleset whose id looks like the memberships key exactly as JSON.stringify', () => {
    const ruleset = { ...MPP_2009, id: AWKWARD[2] as string, title: AWKWARD[3] as string };
    const memberships = awkwardMemberships().slice(0, 2);
    expect(streamed(memberships, ruleset, indent).join('')).toBe(whole(memberships, ruleset, indent));
  });

  it('prints no membership as an empty list', () => {
    expect(streamed([], MPP_2009, indent).join('')).toBe(whole([], MPP_2009, indent));
  });

  it("writes one piece per membership between the frame's opening and close", () => {
    const { memberships } = syntheticDocument({
      memberships: 6,
      mcpsPerMembership: 400,
      referencesPerMembership: 10,
      surveysPerMembership: 3,
      seed: 3,
    });
    const writes = streamed(memberships, MPP_2009, indent);
    expect(writes.join('')).toBe(whole(memberships, MPP_2009, indent));
    // Compact: a membership's head, its deadlines a few dozen at a time, its close.
    const perMembership = memberships.map((m) =>
      indent
        ? 1
        : 2 + Math.ceil(evaluateMembership(m, AS_OF, MPP_2009).deadlines.length / DEADLINES_PER_PIECE),
    );
    expect(writes).toHaveLength(perMembership.reduce((a, b) => a + b, 0) + 2);
    expect(perMembership.some((n) => n > 3)).toBe(!indent);
    expect(writes[1]?.startsWith(indent ? '{\n      "id": ' : '{"id":')).toBe(true);
    const second = 1 + (perMembership[0] as number);
    expect(writes[second]?.startsWith(indent ? ',\n    {\n      "id": ' : ',{"id":')).toBe(true);
  });
});

describe('compactMembershipPieces', () => {
  it('prints any number of deadlines, at any number per piece, as JSON.stringify does', () => {
    const { memberships } = syntheticDocument({
      memberships: 1,
      mcpsPerMembership: 60,
      referencesPerMembership: 6,
      surveysPerMembership: 2,
      seed: 5,
    });
    const json = membershipJson(evaluateMembership(memberships[0] as Membership, AS_OF, MPP_2009));
    expect(json.deadlines.length).toBeGreaterThan(10);
    for (const count of [0, 1, 2, 3, 7, json.deadlines.length])
      for (const perPiece of [1, 2, 3, 64]) {
        const some = { ...json, deadlines: json.deadlines.slice(0, count) };
        for (const first of [true, false]) {
          const pieces: string[] = [];
          compactMembershipPieces(some, first, (text) => pieces.push(text), perPiece);
          expect(pieces.join('')).toBe(`${first ? '' : ','}${JSON.stringify(some)}`);
          expect(pieces).toHaveLength(2 + Math.ceil(count / perPiece));
        }
      }
  });
});
