/** The membership's competencies, each with its specializations and the other-requirements check. */
import type { Competency } from '../../../shared/interchange/schema';
import { CheckboxField, Field } from '../components/Field';
import { ItemForm } from './ItemForm';
import { ListEditor } from './ListEditor';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useItemForm, useListItems } from './use-item-form';
import type { Column } from './VirtualTable';
import { DATE_INPUT } from './date-input';
import { dateColumn } from './date-column';

const COLUMNS: readonly Column<Competency>[] = [
  { key: 'name', header: 'Competency', cell: (c) => c.name, sortValue: (c) => c.name, width: '30%' },
  dateColumn('attained', 'Attained on', '7.5rem', (c) => c.attainedOn),
  { key: 'specializations', header: 'Specializations', cell: (c) => c.specializations.join(', ') || '—' },
  {
    key: 'other',
    header: 'Other requirements confirmed',
    cell: (c) => (c.otherRequirementsMet ? 'Yes' : 'No'),
    sortValue: (c) => Number(c.otherRequirementsMet),
    width: '8rem',
  },
];

const searchText = (c: Competency) => `${c.name} ${c.specializations.join(' ')}`;
const label = (c: Competency) => c.name;

function CompetencyForm({ item, close }: { readonly item: Competency | null; readonly close: () => void }) {
  const step = useItemForm('competencies', item, close);
  const { register, formState } = step.form;
  const errors = formState.errors;
  return (
    <ItemForm form={step} label="Competency" onCancel={close}>
      <div className="grid grid--2">
        <Field label="Competency name" error={errors.name?.message}>
          <input type="text" {...register('name')} />
        </Field>
        <Field
          label="Attained on"
          hint="YYYY-MM-DD; empty if not attained yet"
          error={errors.attainedOn?.message}
        >
          <input {...DATE_INPUT} {...register('attainedOn')} />
        </Field>
      </div>
      <Field label="Specializations" hint="One per line" error={errors.specializations?.message}>
        <textarea rows={3} {...register('specializations')} />
      </Field>
      <CheckboxField label="The other requirements of this competency are met and the account shows it">
        <input type="checkbox" {...register('otherRequirementsMet')} />
      </CheckboxField>
    </ItemForm>
  );
}

export function CompetenciesEditor() {
  const items = useListItems('competencies');
  const onDelete = useDeleteWithUndo('competencies');
  return (
    <ListEditor
      title="Competencies"
      noun="competency"
      plural="competencies"
      items={items}
      columns={COLUMNS}
      searchText={searchText}
      itemLabel={label}
      onDelete={onDelete}
      testId="competencies"
      sheet="competencies"
      renderForm={(item, close) => <CompetencyForm item={item} close={close} />}
    />
  );
}
