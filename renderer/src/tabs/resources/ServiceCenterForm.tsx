/**
 * "Still Need Help?": the regional service center the person deals with, kept in the workspace
 * settings. Loaded with `settings:get`, saved with `settings:save`; the form validates with the
 * shared form schema whose output is exactly what the handler accepts.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Settings } from '../../../../shared/ipc/contract';
import {
  serviceCenterFormSchema,
  serviceCenterFormValues,
  type ServiceCenterForm,
  type ServiceCenterFormInput,
} from '../../../../shared/forms/settings';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { applyProblems } from '../../forms/use-autosave';

interface ServiceCenterProps {
  /** Saves the settings; rejects with the handler's problems when refused. */
  readonly onSave: (settings: ServiceCenterForm) => Promise<unknown>;
  /** Loads the saved settings (the `settings:get` channel unless a test gives another). */
  readonly load?: () => Promise<Settings>;
}

const loadSettings = () => call('settings:get', {});

export function ServiceCenter({ onSave, load = loadSettings }: ServiceCenterProps) {
  const [loaded, setLoaded] = useState<ServiceCenterFormInput | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (settings) => live && setLoaded(serviceCenterFormValues(settings)),
      (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (loadError)
    return (
      <p className="field__error" role="alert">
        The saved contact could not be read: {loadError}
      </p>
    );
  if (!loaded) return <p className="card__note">Reading the saved contact…</p>;
  return <ServiceCenterFields initial={loaded} onSave={onSave} />;
}

function ServiceCenterFields({
  initial,
  onSave,
}: {
  readonly initial: ServiceCenterFormInput;
  readonly onSave: ServiceCenterProps['onSave'];
}) {
  const form = useForm<ServiceCenterFormInput, unknown, ServiceCenterForm>({
    resolver: zodResolver(serviceCenterFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { register, formState } = form;
  const errors = formState.errors.regionalServiceCenter;
  const [message, setMessage] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      await onSave(values);
      form.reset(serviceCenterFormValues(values));
      setMessage('Contact saved.');
    } catch (error) {
      applyProblems(form, error);
      setMessage('Not saved: see the fields marked in red.');
    }
  });
  return (
    <form className="form service-center" noValidate onSubmit={submit} aria-label="Regional service center">
      <fieldset>
        <legend>Your regional service center</legend>
        <p className="fieldset__intro">
          Keep the contact details of the service center for your region here, so they are at hand offline.
        </p>
        <div className="grid grid--2">
          <Field label="Service center name" error={errors?.name?.message}>
            <input type="text" {...register('regionalServiceCenter.name')} />
          </Field>
          <Field label="Phone" error={errors?.phone?.message}>
            <input
              type="text"
              inputMode="tel"
              autoComplete="off"
              {...register('regionalServiceCenter.phone')}
            />
          </Field>
          <Field label="Email" error={errors?.email?.message}>
            <input type="email" autoComplete="off" {...register('regionalServiceCenter.email')} />
          </Field>
          <Field
            label="Opening hours"
            hint="For example: Mon–Fri 8:00–17:00 CET"
            error={errors?.hours?.message}
          >
            <input type="text" {...register('regionalServiceCenter.hours')} />
          </Field>
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          Save the contact
        </button>
        <p className="form__message" role="status" data-testid="service-center-status">
          {message}
        </p>
      </div>
    </form>
  );
}
