/** Customer references: status, dates, and the competency and specialization each is assigned to. */
import { useMemo } from 'react';
import { REFERENCE_STATUSES } from '../../../shared/interchange/fields';
import type { Competency, Reference } from '../../../shared/interchange/schema';
import { Field } from '../components/Field';
import { OptionalCompetencyRow } from './CompetencyPicker';
import { ItemForm } from './ItemForm';
import { ListEditor } from './ListEditor';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useItemForm, useListItems } from './use-item-form';
import type { Column } from './VirtualTable';
import { DATE_INPUT } from './date-input';
import { dateColumn } from './date-column';
import { REFERENCE_STATUS_LABELS } from '../../../shared/vocabulary/labels';

const STATUS_TEXT = REFERENCE_STATUS_LABELS;

function columns(competencies: readonly Competency[]): Column<Reference>[] {
  const names = new Map(competencies.map((c) => [c.id, c.name]));
  return [
    {
      key: 'customer',
      header: 'Customer',
      cell: (r) => r.customer,
      sortValue: (r) => r.customer,
      width: '22%',
    },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => STATUS_TEXT[r.status],
      sortValue: (r) => r.status,
      width: '7.5rem',
    },
    dateColumn('expires', 'Expires on', '8.5rem', (r) => r.expiresOn, 'last'),
    {
      key: 'assigned',
      header: 'Assigned to',
      cell: (r) =>
        r.competencyId
          ? `${names.get(r.competencyId) ?? r.competencyId}${r.specialization ? ` / ${r.specialization}` : ''}`
          : 'Not assigned',
      sortValue: (r) => `${r.competencyId ?? ''} ${r.specialization ?? ''}`,
    },
  ];
}

function ReferenceForm({ item, close }: { readonly item: Reference | null; readonly close: () => void }) {
  const competencies = useListItems('competencies');
  const step = useItemForm('references', item, close);
  const { register, formState } = step.form;
  const errors = formState.errors;
  return (
    <ItemForm form={step} label="Reference" onCancel={close}>
      <div className="grid grid--2">
        <Field label="Customer" error={errors.customer?.message}>
          <input type="text" {...register('customer')} />
        </Field>
        <Field label="Status" error={errors.status?.message}>
          <select {...register('status')}>
            {REFERENCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid grid--3">
        <Field label="Requested on" error={errors.requestedOn?.message}>
          <input {...DATE_INPUT} {...register('requestedOn')} />
        </Field>
        <Field label="Accepted on" error={errors.acceptedOn?.message}>
          <input {...DATE_INPUT} {...register('acceptedOn')} />
        </Field>
        <Field label="Expires on" hint="Empty: does not expire" error={errors.expiresOn?.message}>
          <input {...DATE_INPUT} {...register('expiresOn')} />
        </Field>
      </div>
      <OptionalCompetencyRow form={step.form} competencies={competencies} />
    </ItemForm>
  );
}

const searchText = (r: Reference) => `${r.customer} ${r.status} ${r.specialization ?? ''}`;
const label = (r: Reference) => r.customer;

export function ReferencesEditor() {
  const items = useListItems('references');
  const competencies = useListItems('competencies');
  const onDelete = useDeleteWithUndo('references');
  const cols = useMemo(() => columns(competencies), [competencies]);
  return (
    <ListEditor
      title="Customer references"
      noun="reference"
      plural="references"
      items={items}
      columns={cols}
      searchText={searchText}
      itemLabel={label}
      onDelete={onDelete}
      testId="references"
      sheet="references"
      renderForm={(item, close) => <ReferenceForm item={item} close={close} />}
    />
  );
}
