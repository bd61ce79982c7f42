/**
 * The membership's identity, enrollment dates and contacts. An existing membership autosaves;
 * a new one is created with an explicit button once its name and expiry date are valid.
 */
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { overviewSchema, type Overview, type OverviewInput } from '../../../../shared/forms/overview';
import { LEVELS } from '../../../../shared/interchange/fields';
import { Field, CheckboxField } from '../../components/Field';
import { useAutosave, applyProblems } from '../../forms/use-autosave';
import { LEVEL_LABELS } from '../../../../shared/vocabulary/labels';
import { DATE_INPUT } from '../../editors/date-input';

const LEVEL_OPTIONS = LEVELS.map((level) => (
  <option key={level} value={level}>
    {LEVEL_LABELS[level]}
  </option>
));

interface OverviewFormProps {
  readonly initial: OverviewInput;
  /** Autosave target for an existing membership; null while creating one. */
  readonly onAutosave: ((overview: Overview) => Promise<unknown>) | null;
  readonly onCreate?: (overview: Overview) => Promise<unknown>;
  readonly onCancel?: () => void;
}

export function OverviewForm({ initial, onAutosave, onCreate, onCancel }: OverviewFormProps) {
  const form = useForm<OverviewInput, unknown, Overview>({
    resolver: zodResolver(overviewSchema),
    defaultValues: initial,
    mode: 'onTouched',
    // Autosave validates while the person types and moves on: it must never take focus back.
    shouldFocusError: onAutosave === null,
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const { flush } = useAutosave(form, onAutosave, 'overview.', 'overview');

  const submit = form.handleSubmit(async (values) => {
    try {
      await onCreate?.(values);
    } catch (error) {
      applyProblems(form, error, 'overview.');
    }
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      onBlur={onAutosave ? flush : undefined}
      aria-label="Membership"
    >
      <fieldset>
        <legend>Organization and location</legend>
        <div className="grid grid--3">
          <Field label="Organization name" error={errors.organization?.name?.message}>
            <input type="text" autoComplete="organization" {...register('organization.name')} />
          </Field>
          <Field
            label="Location"
            hint="As in the Membership Center drop-down"
            error={errors.organization?.location?.message}
          >
            <input type="text" {...register('organization.location')} />
          </Field>
          <Field label="Country" error={errors.organization?.country?.message}>
            <input type="text" autoComplete="country-name" {...register('organization.country')} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Enrollment</legend>
        <div className="grid grid--4">
          <Field label="Current level" error={errors.level?.message}>
            <select {...register('level')}>{LEVEL_OPTIONS}</select>
          </Field>
          <Field label="Re-enroll at" error={errors.targetLevel?.message}>
            <select {...register('targetLevel')}>{LEVEL_OPTIONS}</select>
          </Field>
          <Field label="Enrolled on" hint="YYYY-MM-DD" error={errors.enrollment?.startedOn?.message}>
            <input {...DATE_INPUT} {...register('enrollment.startedOn')} />
          </Field>
          <Field
            label="Enrollment expires on"
            hint="YYYY-MM-DD"
            error={errors.enrollment?.expiresOn?.message}
          >
            <input {...DATE_INPUT} {...register('enrollment.expiresOn')} />
          </Field>
        </div>
        <CheckboxField
          label="Renewing Microsoft Action Pack subscriber"
          hint="Renewing subscribers are excused from the Action Pack assessment until the end of 2009."
        >
          <input type="checkbox" {...register('renewingSubscriber')} />
        </CheckboxField>
      </fieldset>

      <fieldset>
        <legend>Who re-enrolls</legend>
        <p className="fieldset__intro">
          Only the organization&apos;s global program administrator can re-enroll. In the Membership Center,
          the person listed as primary program contact for this organization and location is that
          administrator.
        </p>
        <div className="grid grid--2">
          <Field
            label="Primary program contact"
            error={errors.contacts?.primaryProgramContact?.name?.message}
          >
            <input type="text" autoComplete="name" {...register('contacts.primaryProgramContact.name')} />
          </Field>
          <Field label="Their email" error={errors.contacts?.primaryProgramContact?.email?.message}>
            <input type="email" autoComplete="email" {...register('contacts.primaryProgramContact.email')} />
          </Field>
          <Field label="Prepared by" error={errors.contacts?.preparer?.name?.message}>
            <input type="text" {...register('contacts.preparer.name')} />
          </Field>
        </div>
        <CheckboxField label="The person preparing this is the global program administrator">
          <input type="checkbox" {...register('contacts.preparer.isGlobalProgramAdministrator')} />
        </CheckboxField>
      </fieldset>

      {onCreate ? (
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            Create membership
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
