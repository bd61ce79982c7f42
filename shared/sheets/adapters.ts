/** Each sheet list's adapter, by list name. */
import type { ListAdapter, SheetItem } from './adapter';
import { csatAdapter, mcpsAdapter } from './list-grouped';
import { competenciesAdapter, otherPointsAdapter, referencesAdapter } from './list-simple';
import type { SheetList } from './types';

export const ADAPTERS: { readonly [L in SheetList]: ListAdapter<SheetItem<L>> } = {
  mcps: mcpsAdapter,
  references: referencesAdapter,
  csat: csatAdapter,
  competencies: competenciesAdapter,
  'other-points': otherPointsAdapter,
};

/** One list's adapter, typed loosely for code that treats every list alike. */
export function adapterOf(list: SheetList): ListAdapter<{ readonly id: string }> {
  return ADAPTERS[list] as unknown as ListAdapter<{ readonly id: string }>;
}
