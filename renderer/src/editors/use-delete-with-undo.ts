/**
 * Deleting a list item, and the undo that puts it back: the item is saved again with its own
 * id. A competency's delete also unassigns it from the chosen competency, references and MCP
 * links, so its undo restores those too.
 */
import { useCallback } from 'react';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { ListName } from '../../../shared/forms/list-items';
import type { Membership } from '../../../shared/interchange/schema';
import { useWorkspace } from '../store/workspace-store';
import type { ListItem } from './use-item-form';

type Save = ReturnType<typeof useWorkspace.getState>['saved'];

function saveItem(saved: Save, membershipId: string, list: ListName, item: { readonly id: string }) {
  return saved('entity:save', { membershipId, list, item } as ChannelInput<'entity:save'>);
}

async function restoreCompetencyUses(saved: Save, before: Membership, competencyId: string) {
  if (before.chosen?.competencyId === competencyId) {
    await saved('membership:save-chosen', { id: before.id, chosen: before.chosen });
  }
  for (const reference of before.references.filter((r) => r.competencyId === competencyId)) {
    await saveItem(saved, before.id, 'references', reference);
  }
  for (const professional of before.professionals.filter((p) =>
    p.links.some((l) => l.competencyId === competencyId),
  )) {
    await saveItem(saved, before.id, 'professionals', professional);
  }
}

/** Deletes an item of `list` from the open membership; resolves to its undo. */
export function useDeleteWithUndo<L extends ListName>(list: L) {
  const saved = useWorkspace((s) => s.saved);
  return useCallback(
    async (item: ListItem<L>): Promise<() => Promise<unknown>> => {
      const before = useWorkspace.getState().current;
      if (!before) throw new Error('No membership is open.');
      await saved('entity:delete', { membershipId: before.id, list, id: item.id });
      return async () => {
        await saveItem(saved, before.id, list, item);
        if (list === 'competencies') await restoreCompetencyUses(saved, before, item.id);
      };
    },
    [saved, list],
  );
}
