/**
 * One MCP: name, MCP ID, whether associated with the organization, the certifications (each
 * with its expiry and newer-exam date) and the competency/specialization links.
 */
import { useFieldArray } from 'react-hook-form';
import type { Professional } from '../../../shared/interchange/schema';
import { CheckboxField, Field } from '../components/Field';
import { useWorkspace } from '../store/workspace-store';
import { CompetencyPicker } from './CompetencyPicker';
import { ItemForm, RepeatRow } from './ItemForm';
import { useItemForm, useListItems } from './use-item-form';
import { DATE_INPUT } from './date-input';

export function ProfessionalForm({
  item,
  close,
}: {
  readonly item: Professional | null;
  readonly close: () => void;
}) {
  const competencies = useListItems('competencies');
  const chosen = useWorkspace((s) => s.current?.chosen ?? null);
  const step = useItemForm('professionals', item, close);
  const { register, formState, control } = step.form;
  const errors = formState.errors;
  const certifications = useFieldArray({ control, name: 'certifications' });
  const links = useFieldArray({ control, name: 'links' });
  return (
    <ItemForm form={step} label="MCP" onCancel={close}>
      <div className="grid grid--3">
        <Field label="Name" error={errors.name?.message}>
          <input type="text" {...register('name')} />
        </Field>
        <Field label="MCP ID" error={errors.mcpId?.message}>
          <input type="text" {...register('mcpId')} />
        </Field>
      </div>
      <CheckboxField
        label="Associated with the organization"
        hint="Only MCPs associated with your organization count toward Gold"
      >
        <input type="checkbox" {...register('associated')} />
      </CheckboxField>

      <fieldset>
        <legend>Certifications</legend>
        {certifications.fields.length === 0 ? <p className="fieldset__intro">No certification yet.</p> : null}
        {certifications.fields.map((field, i) => {
          const e = errors.certifications?.[i];
          return (
            <RepeatRow
              key={field.id}
              grid="repeat-row--certification"
              removeLabel={`Remove certification ${i + 1}`}
              onRemove={() => certifications.remove(i)}
            >
              <Field label={`Certification ${i + 1}`} error={e?.name?.message}>
                <input type="text" {...register(`certifications.${i}.name`)} />
              </Field>
              <Field label="Earned on" error={e?.earnedOn?.message}>
                <input {...DATE_INPUT} {...register(`certifications.${i}.earnedOn`)} />
              </Field>
              <Field label="Expires on" hint="Empty: no expiry" error={e?.expiresOn?.message}>
                <input {...DATE_INPUT} {...register(`certifications.${i}.expiresOn`)} />
              </Field>
              <Field
                label="Newer exam by"
                hint="Empty: none required"
                error={e?.newerExamRequiredBy?.message}
              >
                <input {...DATE_INPUT} {...register(`certifications.${i}.newerExamRequiredBy`)} />
              </Field>
            </RepeatRow>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            certifications.append({ name: '', earnedOn: '', expiresOn: '', newerExamRequiredBy: '' })
          }
        >
          Add certification
        </button>
      </fieldset>

      <fieldset>
        <legend>Linked to competency and specialization</legend>
        {links.fields.length === 0 ? <p className="fieldset__intro">Not linked to any competency.</p> : null}
        {links.fields.map((field, i) => {
          const e = errors.links?.[i];
          return (
            <RepeatRow key={field.id} removeLabel={`Remove link ${i + 1}`} onRemove={() => links.remove(i)}>
              <CompetencyPicker
                form={step.form}
                competencyName={`links.${i}.competencyId`}
                specializationName={`links.${i}.specialization`}
                competencies={competencies}
                errors={{ competency: e?.competencyId?.message, specialization: e?.specialization?.message }}
              />
            </RepeatRow>
          );
        })}
        <button
          type="button"
          className="button button--small"
          disabled={competencies.length === 0}
          onClick={() =>
            links.append({
              competencyId: chosen?.competencyId ?? '',
              specialization: chosen?.specialization ?? '',
            })
          }
        >
          Add link{chosen?.competencyId ? ' (to the chosen competency)' : ''}
        </button>
        {competencies.length === 0 ? <p className="field__hint">Add a competency first.</p> : null}
      </fieldset>
    </ItemForm>
  );
}
