/**
 * Customer Satisfaction Index surveys with their responses per customer. The counted total
 * applies the per-customer cap with the rules' own `countSurvey`, live while typing.
 */
import { useFieldArray, useWatch } from 'react-hook-form';
import type { CsatSurvey } from '../../../shared/interchange/schema';
import { MPP_2009 } from '../../../shared/rules/mpp2009';
import { countSurvey } from '../../../shared/rules/rules-csat';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import { ItemForm, RepeatRow } from './ItemForm';
import { ListEditor } from './ListEditor';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useItemForm, type ItemFormResult, useListItems } from './use-item-form';
import type { Column } from './VirtualTable';
import { DATE_INPUT } from './date-input';
import { dateColumn } from './date-column';

const { maxPerCustomer, responsesRequired } = MPP_2009.csat;
const counted = (v: CsatSurvey) => countSurvey(v, MPP_2009).counted;
const received = (v: CsatSurvey) => v.responses.reduce((sum, r) => sum + r.count, 0);

const COLUMNS: readonly Column<CsatSurvey>[] = [
  dateColumn('participated', 'Participated on', '9.5rem', (v) => v.participatedOn),
  { key: 'received', header: 'Responses', cell: received, sortValue: received, width: '7rem' },
  { key: 'counted', header: 'Counted', cell: counted, sortValue: counted, width: '6.5rem' },
  { key: 'customers', header: 'Per customer', cell: (v) => countSurvey(v, MPP_2009).summary },
];

/** The counted total of the responses as typed (a count not yet a whole number counts 0). */
function LiveCount({ control }: { readonly control: ItemFormResult<'csatSurveys'>['form']['control'] }) {
  const responses = useWatch({ control, name: 'responses' }) ?? [];
  const survey: CsatSurvey = {
    id: '',
    participatedOn: '',
    responses: responses.map((r) => ({
      customer: r.customer.trim(),
      count: /^\d+$/.test(r.count.trim()) ? Number(r.count) : 0,
    })),
  };
  const count = countSurvey(survey, MPP_2009);
  return (
    <p className="csat-count" role="status" data-testid="csat-counted">
      <strong>{count.counted}</strong> counted responses ({count.summary}); {responsesRequired} needed, at
      most {maxPerCustomer} from one customer organization.
    </p>
  );
}

function SurveyForm({ item, close }: { readonly item: CsatSurvey | null; readonly close: () => void }) {
  const step = useItemForm('csatSurveys', item, close);
  const { register, formState, control } = step.form;
  const errors = formState.errors;
  const responses = useFieldArray({ control, name: 'responses' });
  return (
    <ItemForm form={step} label="CSAT survey" onCancel={close}>
      <div className="grid grid--3">
        <Field label="Participated on" hint="YYYY-MM-DD" error={errors.participatedOn?.message}>
          <input {...DATE_INPUT} {...register('participatedOn')} />
        </Field>
      </div>
      <fieldset>
        <legend>Responses per customer organization</legend>
        {responses.fields.map((field, i) => {
          const e = errors.responses?.[i];
          return (
            <RepeatRow
              key={field.id}
              removeLabel={`Remove customer ${i + 1}`}
              onRemove={() => responses.remove(i)}
            >
              <Field label={`Customer ${i + 1}`} error={e?.customer?.message}>
                <input type="text" {...register(`responses.${i}.customer`)} />
              </Field>
              <Field label={`Responses from customer ${i + 1}`} error={e?.count?.message}>
                <input type="text" inputMode="numeric" {...register(`responses.${i}.count`)} />
              </Field>
            </RepeatRow>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() => responses.append({ customer: '', count: '' })}
        >
          Add customer
        </button>
        <LiveCount control={control} />
      </fieldset>
    </ItemForm>
  );
}

const searchText = (v: CsatSurvey) => `${v.participatedOn} ${v.responses.map((r) => r.customer).join(' ')}`;
const label = (v: CsatSurvey) => `survey of ${formatDate(v.participatedOn)}`;

export function CsatEditor() {
  const items = useListItems('csatSurveys');
  const onDelete = useDeleteWithUndo('csatSurveys');
  return (
    <ListEditor
      title="Customer Satisfaction Index surveys"
      noun="survey"
      plural="surveys"
      items={items}
      columns={COLUMNS}
      searchText={searchText}
      itemLabel={label}
      onDelete={onDelete}
      testId="csat"
      sheet="csat"
      renderForm={(item, close) => <SurveyForm item={item} close={close} />}
    />
  );
}
