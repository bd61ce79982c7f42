/** The organization's profile fields kept beyond the first tab: autosaved with `membership:save-profile`. */
import { profileSchema } from '../../../../shared/forms/steps';
import type { Membership } from '../../../../shared/interchange/schema';
import { Field } from '../../components/Field';
import { useWorkspace } from '../../store/workspace-store';
import { StepForm } from '../../wizard/StepForm';
import { useStepForm } from '../../wizard/use-step-form';

function valuesOf(membership: Membership) {
  const { partnerId, address, phone, website } = membership.organization;
  return { partnerId: partnerId ?? '', address: address ?? '', phone: phone ?? '', website: website ?? '' };
}

export function ProfileForm({ membership }: { readonly membership: Membership }) {
  const saved = useWorkspace((s) => s.saved);
  const stepForm = useStepForm({
    schema: profileSchema,
    defaultValues: valuesOf(membership),
    save: (profile) => saved('membership:save-profile', { id: membership.id, profile }),
    problemPrefix: 'profile.',
    formKey: 'profile',
  });
  const { register, formState } = stepForm.form;
  const errors = formState.errors;
  return (
    <StepForm step={stepForm} label="Profile">
      <fieldset>
        <legend>Profile in the Membership Center</legend>
        <div className="grid grid--2">
          <Field label="Address" hint="Required for the profile" error={errors.address?.message}>
            <input type="text" autoComplete="street-address" {...register('address')} />
          </Field>
          <Field label="Phone" hint="Required for the profile" error={errors.phone?.message}>
            <input type="text" autoComplete="tel" inputMode="tel" {...register('phone')} />
          </Field>
          <Field label="Partner ID" error={errors.partnerId?.message}>
            <input type="text" {...register('partnerId')} />
          </Field>
          <Field label="Website" error={errors.website?.message}>
            <input type="text" autoComplete="url" inputMode="url" {...register('website')} />
          </Field>
        </div>
      </fieldset>
    </StepForm>
  );
}
