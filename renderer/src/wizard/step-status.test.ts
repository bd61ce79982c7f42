import { describe, expect, it } from 'vitest';
import type { Requirement, RequirementStatus } from '../../../shared/rules/types';
import { stepState } from './step-status';

const req = (id: Requirement['id'], status: RequirementStatus): Requirement => ({
  id,
  level: 'gold',
  kind: 'qualification',
  blocking: true,
  status,
  detail: '',
  title: id,
  about: {},
  uses: {},
});

describe('stepState', () => {
  it('is blocked when any of its requirements is unmet', () => {
    expect(
      stepState([req('gold.csat', 'met'), req('gold.points', 'unmet')], ['gold.csat', 'gold.points']),
    ).toBe('blocked');
  });
  it('is done when all are met or waived, to do when one is at risk or waiting', () => {
    expect(
      stepState([req('gold.csat', 'met'), req('gold.mcp-links', 'waived')], ['gold.csat', 'gold.mcp-links']),
    ).toBe('done');
    expect(stepState([req('gold.csat', 'at-risk')], ['gold.csat'])).toBe('todo');
    expect(stepState([req('gold.fee', 'todo')], ['gold.fee'])).toBe('todo');
  });
  it('ignores requirements of other steps', () => {
    expect(stepState([req('gold.csat', 'unmet'), req('gold.fee', 'met')], ['gold.fee'])).toBe('done');
  });
});
