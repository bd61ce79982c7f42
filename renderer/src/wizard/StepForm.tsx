/** A step's `<form>`: autosaves when a field is left, with the error summary at its top. */
import type { BaseSyntheticEvent, ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary';

interface StepFormProps {
  readonly step: StepFormHandle;
  readonly label: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** What StepForm needs of `useStepForm`'s result, whatever the form's values. */
export interface StepFormHandle {
  readonly form: { readonly formState: { readonly errors: FieldErrors } };
  readonly formElement: HTMLFormElement | null;
  readonly setFormElement: (element: HTMLFormElement | null) => void;
  readonly flush: () => void;
  readonly onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  readonly summaryShown: boolean;
}

export function StepForm({ step, label, children, className }: StepFormProps) {
  const { form, formElement, setFormElement, flush, onSubmit, summaryShown } = step;
  return (
    <form
      ref={setFormElement}
      className={`form${className ? ` ${className}` : ''}`}
      noValidate
      aria-label={label}
      onSubmit={onSubmit}
      onBlur={flush}
    >
      {summaryShown ? <ErrorSummary errors={form.formState.errors} form={formElement} /> : null}
      {children}
    </form>
  );
}
