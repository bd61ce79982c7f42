import { describe, expect, it } from 'vitest';
import { neededPhrase, pointsNeeded, requirementNumbers } from './numbers';

describe('requirement numbers', () => {
  it('say what there is, then what is needed, above or below the threshold', () => {
    expect(requirementNumbers({ id: 'gold.mcps-or-solution', actual: 3, required: 2 })).toBe(
      '3 MCPs, 2 needed',
    );
    expect(requirementNumbers({ id: 'certified.points', actual: 85, required: 70 })).toBe(
      '85 points, 70 needed',
    );
    expect(requirementNumbers({ id: 'gold.references-current', actual: 1, required: 2 })).toBe(
      '1 current reference, 2 needed',
    );
    expect(requirementNumbers({ id: 'registered.maps-assessment', actual: 72, required: 70 })).toBe(
      '72 %, 70 % needed',
    );
    expect(pointsNeeded(1200, 120)).toBe('1,200 points, 120 needed');
  });

  it('give nothing without both numbers, and bare numbers without a unit', () => {
    expect(requirementNumbers({ id: 'gold.csat', required: 10 })).toBeNull();
    expect(requirementNumbers({ id: 'steps.sign-in', actual: 1, required: 1 })).toBe('1, 1 needed');
    expect(neededPhrase(0, 3, ['MCP', 'MCPs'])).toBe('0 MCPs, 3 needed');
  });
});
