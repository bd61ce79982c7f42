import { describe, expect, it } from 'vitest';
import { NO_ADDRESS, readAddress, withAddress } from './address';

describe('the address of the screen shown', () => {
  it('reads the membership, screen and step, and nothing without both a membership and a screen', () => {
    expect(readAddress('#token=abc&membership=m-1&screen=certified&step=mcps')).toEqual({
      membershipId: 'm-1',
      section: 'certified',
      step: 'mcps',
    });
    expect(readAddress('#membership=m-1&screen=overview')).toEqual({
      membershipId: 'm-1',
      section: 'overview',
      step: null,
    });
    expect(readAddress('')).toEqual(NO_ADDRESS);
    expect(readAddress('#token=abc')).toEqual(NO_ADDRESS);
    expect(readAddress('#membership=m-1')).toEqual(NO_ADDRESS);
    expect(readAddress('#screen=review&step=x')).toEqual(NO_ADDRESS);
    expect(readAddress('#membership=&screen=review')).toEqual(NO_ADDRESS);
  });

  it('writes it beside the fragment’s other parameters, and removes it for the home', () => {
    const shown = withAddress('#token=abc', { membershipId: 'm 1&2', section: 'certified', step: 'mcps' });
    expect(shown).toBe('#token=abc&membership=m+1%262&screen=certified&step=mcps');
    expect(readAddress(shown)).toEqual({ membershipId: 'm 1&2', section: 'certified', step: 'mcps' });
    const moved = withAddress(shown, { membershipId: 'm-2', section: 'review', step: null });
    expect(readAddress(moved)).toEqual({ membershipId: 'm-2', section: 'review', step: null });
    expect(moved.startsWith('#token=abc&')).toBe(true);
    expect(withAddress(moved, NO_ADDRESS)).toBe('#token=abc');
    expect(withAddress('#membership=m-1&screen=review', NO_ADDRESS)).toBe('');
  });
});
