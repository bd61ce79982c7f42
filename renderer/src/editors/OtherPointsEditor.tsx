/** Points earned other ways than competencies: each entry counts once earned (or when undated). */
import type { OtherPoints } from '../../../shared/interchange/schema';
import { Field } from '../components/Field';
import { ItemForm } from './ItemForm';
import { ListEditor } from './ListEditor';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useItemForm, useListItems } from './use-item-form';
import type { Column } from './VirtualTable';
import { DATE_INPUT } from './date-input';
import { dateColumn } from './date-column';

const COLUMNS: readonly Column<OtherPoints>[] = [
  { key: 'description', header: 'Description', cell: (o) => o.description, sortValue: (o) => o.description },
  { key: 'points', header: 'Points', cell: (o) => o.points, sortValue: (o) => o.points, width: '6rem' },
  dateColumn('earned', 'Earned on', '9rem', (o) => o.earnedOn),
];

function OtherPointsForm({ item, close }: { readonly item: OtherPoints | null; readonly close: () => void }) {
  const step = useItemForm('otherPoints', item, close);
  const { register, formState } = step.form;
  const errors = formState.errors;
  return (
    <ItemForm form={step} label="Other points" onCancel={close}>
      <div className="grid grid--3">
        <Field label="Description" error={errors.description?.message}>
          <input type="text" {...register('description')} />
        </Field>
        <Field label="Points" error={errors.points?.message}>
          <input type="text" inputMode="numeric" {...register('points')} />
        </Field>
        <Field label="Earned on" hint="YYYY-MM-DD; empty counts now" error={errors.earnedOn?.message}>
          <input {...DATE_INPUT} {...register('earnedOn')} />
        </Field>
      </div>
    </ItemForm>
  );
}

export function OtherPointsEditor() {
  const items = useListItems('otherPoints');
  const onDelete = useDeleteWithUndo('otherPoints');
  return (
    <ListEditor
      title="Other points"
      noun="points entry"
      plural="points entries"
      items={items}
      columns={COLUMNS}
      searchText={(o) => o.description}
      itemLabel={(o) => o.description}
      onDelete={onDelete}
      testId="other-points"
      sheet="other-points"
      renderForm={(item, close) => <OtherPointsForm item={item} close={close} />}
    />
  );
}
