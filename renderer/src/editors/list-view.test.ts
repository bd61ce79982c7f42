import { describe, expect, it } from 'vitest';
import { indexItems, viewItems } from './list-view';

const people = [
  { name: 'Sam Lee', cert: 'MCITP', n: 3 },
  { name: 'ana Ruiz', cert: 'MCSE', n: 10 },
  { name: 'Bo Chen', cert: 'MCITP', n: 1 },
];
const indexed = indexItems(people, (p) => `${p.name} ${p.cert}`);

describe('viewItems', () => {
  it('keeps the items holding every word of the filter, in any case', () => {
    expect(viewItems(indexed, 'mcitp  CHEN', null, 'ascending').map((p) => p.name)).toEqual(['Bo Chen']);
    expect(viewItems(indexed, '', null, 'ascending')).toHaveLength(3);
  });
  it('sorts text without regard to case, numbers as numbers, both directions', () => {
    expect(viewItems(indexed, '', (p) => p.name, 'ascending').map((p) => p.name)).toEqual([
      'ana Ruiz',
      'Bo Chen',
      'Sam Lee',
    ]);
    expect(viewItems(indexed, '', (p) => p.n, 'descending').map((p) => p.n)).toEqual([10, 3, 1]);
  });
});
