/** Certified tested solutions: one current solution can stand in for the MCPs Gold requires. */
import type { CertifiedSolution } from '../../../shared/interchange/schema';
import { Field } from '../components/Field';
import { ItemForm } from './ItemForm';
import { ListEditor } from './ListEditor';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useItemForm, useListItems } from './use-item-form';
import type { Column } from './VirtualTable';
import { DATE_INPUT } from './date-input';
import { dateColumn } from './date-column';

const COLUMNS: readonly Column<CertifiedSolution>[] = [
  { key: 'name', header: 'Solution', cell: (s) => s.name, sortValue: (s) => s.name },
  dateColumn('tested', 'Tested on', '9rem', (s) => s.testedOn),
  dateColumn('expires', 'Expires on', '9rem', (s) => s.expiresOn, 'last'),
];

function SolutionForm({
  item,
  close,
}: {
  readonly item: CertifiedSolution | null;
  readonly close: () => void;
}) {
  const step = useItemForm('certifiedSolutions', item, close);
  const { register, formState } = step.form;
  const errors = formState.errors;
  return (
    <ItemForm form={step} label="Certified solution" onCancel={close}>
      <div className="grid grid--3">
        <Field label="Solution name" error={errors.name?.message}>
          <input type="text" {...register('name')} />
        </Field>
        <Field label="Tested on" hint="YYYY-MM-DD" error={errors.testedOn?.message}>
          <input {...DATE_INPUT} {...register('testedOn')} />
        </Field>
        <Field
          label="Expires on"
          hint="YYYY-MM-DD; empty if it does not expire"
          error={errors.expiresOn?.message}
        >
          <input {...DATE_INPUT} {...register('expiresOn')} />
        </Field>
      </div>
    </ItemForm>
  );
}

export function SolutionsEditor() {
  const items = useListItems('certifiedSolutions');
  const onDelete = useDeleteWithUndo('certifiedSolutions');
  return (
    <ListEditor
      title="Certified solutions"
      noun="solution"
      plural="solutions"
      items={items}
      columns={COLUMNS}
      searchText={(s) => s.name}
      itemLabel={(s) => s.name}
      onDelete={onDelete}
      testId="solutions"
      renderForm={(item, close) => <SolutionForm item={item} close={close} />}
    />
  );
}
