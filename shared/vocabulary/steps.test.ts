import { describe, expect, it } from 'vitest';
import type { Requirement, RequirementStatus } from '../rules/types';
import { requirementWith } from '../../test/fixtures/requirement';
import { stepState } from './steps';

const req = (id: Requirement['id'], status: RequirementStatus, blocking = true) =>
  requirementWith(id, status, { blocking });

describe('stepState', () => {
  it('is blocked when any of its requirements is unmet', () => {
    expect(
      stepState([req('gold.csat', 'met'), req('gold.points', 'unmet')], ['gold.csat', 'gold.points']),
    ).toBe('blocked');
  });
  it('is never blocked by a non-blocking requirement (the Action Pack assessment)', () => {
    expect(
      stepState([req('registered.maps-assessment', 'unmet', false)], ['registered.maps-assessment']),
    ).toBe('todo');
  });
  // The issue: at-risk steps read "At risk", not "To do".
  it('is done when all are met or waived, at risk when one is at risk, to do when one is waiting', () => {
    expect(
      stepState([req('gold.csat', 'met'), req('gold.mcp-links', 'waived')], ['gold.csat', 'gold.mcp-links']),
    ).toBe('done');
    expect(stepState([req('gold.csat', 'at-risk')], ['gold.csat'])).toBe('at-risk');
    expect(stepState([req('gold.fee', 'todo')], ['gold.fee'])).toBe('todo');
  });
  it('ignores requirements of other steps', () => {
    expect(stepState([req('gold.csat', 'unmet'), req('gold.fee', 'met')], ['gold.fee'])).toBe('done');
  });
});
