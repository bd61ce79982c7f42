/**
 * The form of one list item: the list's shared form schema, saved with `entity:save` by its
 * Save button (or by Next), with the handler's `item.` problems put back on the fields.
 */
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Membership } from '../../../shared/interchange/schema';
import { LIST_FORM_SCHEMAS, type ListFormSchemas, type ListName } from '../../../shared/forms/list-items';
import { EMPTY_FORM_VALUES, FORM_VALUES_OF } from '../../../shared/forms/list-item-values';
import { useWorkspace } from '../store/workspace-store';
import { useStepForm, type StepFormResult } from '../wizard/use-step-form';

export type ListItem<L extends ListName> = Membership[L][number];

export type ItemFormResult<L extends ListName> = StepFormResult<ListFormSchemas[L]>;

/** The form to add (item null) or edit an item of `list`; `onSaved` runs after a save. */
export function useItemForm<L extends ListName>(
  list: L,
  item: ListItem<L> | null,
  onSaved: () => void,
): ItemFormResult<L> {
  const membershipId = useWorkspace((s) => s.current?.id ?? '');
  const saved = useWorkspace((s) => s.saved);
  const toValues = FORM_VALUES_OF[list] as (i: ListItem<L>) => unknown;
  return useStepForm({
    schema: LIST_FORM_SCHEMAS[list] as ListFormSchemas[ListName],
    defaultValues: (item ? toValues(item) : EMPTY_FORM_VALUES[list]) as never,
    save: (values) =>
      saved('entity:save', {
        membershipId,
        list,
        item: { ...(values as object), ...(item ? { id: item.id } : {}) },
      } as ChannelInput<'entity:save'>),
    autosave: false,
    problemPrefix: 'item.',
    onSaved,
  }) as unknown as ItemFormResult<L>;
}

const NO_ITEMS: readonly never[] = [];

/** The open membership's items of `list` (the same empty list while none is open). */
export function useListItems<L extends ListName>(list: L): readonly ListItem<L>[] {
  return useWorkspace((s) => (s.current?.[list] as readonly ListItem<L>[] | undefined) ?? NO_ITEMS);
}
