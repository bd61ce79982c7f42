/**
 * A competency and one of its specializations, as two selects: the second lists only the
 * specializations of the competency chosen in the first, and is cleared when that changes.
 */
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { Competency } from '../../../shared/interchange/schema';
import { Field } from '../components/Field';

interface CompetencyPickerProps<T extends FieldValues> {
  readonly form: UseFormReturn<T, unknown, unknown>;
  readonly competencyName: Path<T>;
  readonly specializationName: Path<T>;
  readonly competencies: readonly Competency[];
  readonly errors: { readonly competency?: string | undefined; readonly specialization?: string | undefined };
  readonly optional?: boolean;
}

export function CompetencyPicker<T extends FieldValues>({
  form,
  competencyName,
  specializationName,
  competencies,
  errors,
  optional = false,
}: CompetencyPickerProps<T>) {
  const competencyId = useWatch({ control: form.control, name: competencyName }) as string;
  const specializations = competencies.find((c) => c.id === competencyId)?.specializations ?? [];
  return (
    <>
      <Field label="Competency" error={errors.competency}>
        <select
          {...form.register(competencyName, {
            onChange: () => form.setValue(specializationName, '' as never, { shouldDirty: true }),
          })}
        >
          <option value="">{optional ? 'None' : 'Choose a competency…'}</option>
          {competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Specialization"
        error={errors.specialization}
        hint={
          competencyId && specializations.length === 0
            ? 'Add specializations to this competency first'
            : undefined
        }
      >
        <select {...form.register(specializationName)}>
          <option value="">{optional ? 'None' : 'Choose a specialization…'}</option>
          {specializations.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/**
 * The optional competency and specialization of a reference or of the chosen competency: forms
 * whose fields are named `competencyId` and `specialization`, on one two-column row.
 */
export function OptionalCompetencyRow<T extends FieldValues>({
  form,
  competencies,
}: {
  readonly form: UseFormReturn<T, unknown, unknown>;
  readonly competencies: readonly Competency[];
}) {
  const competencyName = 'competencyId' as Path<T>;
  const specializationName = 'specialization' as Path<T>;
  return (
    <div className="grid grid--2">
      <CompetencyPicker
        form={form}
        competencyName={competencyName}
        specializationName={specializationName}
        competencies={competencies}
        optional
        errors={{
          competency: form.getFieldState(competencyName, form.formState).error?.message,
          specialization: form.getFieldState(specializationName, form.formState).error?.message,
        }}
      />
    </div>
  );
}
