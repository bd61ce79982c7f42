/**
 * A step's form: react-hook-form with the shared zod schema, autosave (or an explicit Save for
 * list items), a validator the wizard runs on Next, and an error summary shown after a failed
 * submit or Next.
 */
import { useState, type BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { applyProblems, useAutosave } from '../forms/use-autosave';
import { useStepValidator } from './wizard-context';

interface StepFormOptions<S extends z.ZodType<unknown, FieldValues>> {
  readonly schema: S;
  readonly defaultValues: z.input<S>;
  /** Saves the parsed values; null while there is nothing to save to. */
  readonly save: ((values: z.output<S>) => Promise<unknown>) | null;
  /** False for a form saved only by its Save button (a list item). */
  readonly autosave?: boolean;
  /** The handler's problem path prefix before this form's own paths (`profile.`). */
  readonly problemPrefix?: string;
  /** Names an autosaved form among the membership's forms (its invalid edit outlives it). */
  readonly formKey?: string;
  /** Called after a submit saved successfully. */
  readonly onSaved?: () => void;
}

// Autosaved forms check a field when it is left; a list item's form (lists of rows whose
// siblings are not visited yet) first on Save, then live as its fields change.
const MODES = { autosave: 'onTouched', explicit: 'onSubmit' } as const;

/** A schema's form values, as react-hook-form holds them. */
export type FormInput<S extends z.ZodType> = z.input<S> extends FieldValues ? z.input<S> : never;

export interface StepFormResult<S extends z.ZodType> {
  readonly form: UseFormReturn<FormInput<S>, unknown, z.output<S>>;
  /** The rendered `<form>`, for the error summary to find fields and labels. */
  readonly formElement: HTMLFormElement | null;
  readonly setFormElement: (element: HTMLFormElement | null) => void;
  readonly flush: () => void;
  readonly onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  readonly summaryShown: boolean;
}

/** The form, its autosave flush, the submit handler and whether to show the error summary. */
export function useStepForm<S extends z.ZodType<unknown, FieldValues>>({
  schema,
  defaultValues,
  save,
  autosave = true,
  problemPrefix = '',
  formKey = 'step',
  onSaved,
}: StepFormOptions<S>): StepFormResult<S> {
  type Input = FormInput<S>;
  type Output = z.output<S>;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>,
    defaultValues: defaultValues as DefaultValues<Input>,
    mode: MODES[autosave ? 'autosave' : 'explicit'],
    reValidateMode: 'onChange',
    // Autosave validates while the person types and moves on: it must never take focus back.
    shouldFocusError: !autosave,
  });
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  const [summaryShown, setSummaryShown] = useState(false);
  const { flush } = useAutosave(form, autosave ? save : null, problemPrefix, formKey);

  const submitValues = async (values: Output): Promise<boolean> => {
    setSummaryShown(false);
    try {
      await save?.(values);
      onSaved?.();
      return true;
    } catch (error) {
      applyProblems(form, error, problemPrefix);
      setSummaryShown(true);
      return false;
    }
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      await submitValues(values);
    },
    () => setSummaryShown(true),
  );

  // Next: every problem shown; a list item with unsaved changes is saved before moving on.
  // A new function each render: the wizard's registry re-registers it, which costs nothing.
  const validate = async () => {
    const ok = await form.trigger();
    setSummaryShown(!ok);
    if (!ok) return false;
    if (autosave) {
      flush();
      return true;
    }
    if (!form.formState.isDirty) return true;
    let saved = false;
    await form.handleSubmit(async (values) => {
      saved = await submitValues(values);
    })();
    return saved;
  };
  useStepValidator(validate);

  return { form, formElement, setFormElement, flush, onSubmit, summaryShown };
}
