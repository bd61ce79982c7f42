// The benchmark's generator lives in test/bench/ (vitest does not collect tests there); this
// proves its output is a valid interchange document, so the figures measure real input.
import { describe, expect, it } from 'vitest';
import { parseInterchange, parseInterchangeText } from '../interchange/parse';
import { syntheticDocument } from '../../test/bench/synthetic';

const SMALL = { memberships: 4, mcpsPerMembership: 30, referencesPerMembership: 10, surveysPerMembership: 3 };

describe('syntheticDocument', () => {
  it('passes parseInterchange unchanged, ids included', () => {
    const document = syntheticDocument(SMALL);
    const parsed = parseInterchangeText(JSON.stringify(document));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 5)));
    expect(parsed.value).toEqual(document);
  });

  it('has the requested sizes and 1–3 certifications per MCP', () => {
    const document = syntheticDocument(SMALL);
    expect(document.memberships).toHaveLength(4);
    for (const membership of document.memberships) {
      expect(membership.professionals).toHaveLength(30);
      expect(membership.references).toHaveLength(10);
      expect(membership.csatSurveys).toHaveLength(3);
      for (const professional of membership.professionals) {
        expect(professional.certifications.length).toBeGreaterThanOrEqual(1);
        expect(professional.certifications.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticDocument({ ...SMALL, seed: 7 })).toEqual(syntheticDocument({ ...SMALL, seed: 7 }));
    expect(syntheticDocument({ ...SMALL, seed: 7 })).not.toEqual(syntheticDocument({ ...SMALL, seed: 8 }));
  });

  it('stays valid across many seeds', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const parsed = parseInterchange(JSON.parse(JSON.stringify(syntheticDocument({ ...SMALL, seed }))));
      expect(parsed.ok).toBe(true);
    }
  });
});
