/**
 * Autosave for a react-hook-form form: a short pause after the last change, or leaving a field,
 * validates the whole form with its zod schema (never moving focus) and saves only a value that
 * is valid as a whole, so a half-typed or invalid value is never stored in part. An invalid edit
 * is reported to the unsaved store (the save status names it) and kept if the form goes away.
 * A save's answer never touches the fields; problems it reports come back onto their fields
 * only if nothing was typed since it was sent.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api/client';
import { useNavigation } from '../store/navigation-store';
import { registerFocuser, useUnsaved } from '../store/unsaved-store';
import { useWorkspace } from '../store/workspace-store';

const PAUSE_MS = 500;

export function useAutosave<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  save: ((values: TOutput) => Promise<unknown>) | null,
  /** The prefix of the handler's problem paths before this form's own paths (`overview.`). */
  problemPrefix = '',
  /** Names this form among the membership's forms, so an invalid edit outlives the form. */
  formKey = 'form',
): { flush: () => void } {
  const membershipId = useWorkspace((s) => s.current?.id ?? '');
  const key = `${membershipId}:${formKey}`;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Counts the person's changes: a check or an answer from before the last one is stale. */
  const edits = useRef(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = saveRef.current;
    if (!current) return;
    const edit = edits.current;
    void form.handleSubmit(
      async (values) => {
        if (edit !== edits.current) return;
        useUnsaved.getState().editSaved(key);
        try {
          await current(values);
        } catch (error) {
          if (edit === edits.current) applyProblems(form, error, problemPrefix);
        }
      },
      (errors) => {
        if (edit !== edits.current) return;
        const first = firstError(errors);
        if (!first) return;
        const { section, step } = useNavigation.getState();
        useUnsaved.getState().editRefused({ key, ...first, section, step, values: form.getValues() });
      },
    )();
  }, [form, problemPrefix, key]);

  // A form shown again gets back the invalid edit it held, with its errors.
  useEffect(() => {
    const kept = useUnsaved.getState().edits[key];
    if (!save || !kept) return;
    form.reset(kept.values as TInput, { keepDefaultValues: true });
    void form.trigger();
    // Only when the form (or the membership it shows) appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(
    () => registerFocuser(key, (field) => form.setFocus(field as Path<TInput>, { shouldSelect: true })),
    [form, key],
  );

  // Subscribed once per form: a step passes a new `save` on every render, and re-subscribing
  // then flushed the value typed so far (the valid prefix of `150`) in the middle of typing.
  const autosaves = save !== null;
  useEffect(() => {
    if (!autosaves) return undefined;
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change') return;
      edits.current += 1;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    });
    return () => {
      subscription.unsubscribe();
      // The form goes away: what waited for the pause is checked and saved (or kept) now.
      if (timer.current !== undefined) flush();
    };
  }, [form, autosaves, flush]);

  return { flush };
}

/** The first field with an error, in the form's order, and its message. */
function firstError(errors: FieldErrors, prefix = ''): { field: string; message: string } | null {
  for (const [name, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${name}` : name;
    if ('message' in value && typeof value.message === 'string' && 'type' in value) {
      return { field: path, message: value.message };
    }
    const nested = firstError(value as FieldErrors, path);
    if (nested) return nested;
  }
  return null;
}

/** Puts each problem a handler reported onto the field it names. */
export function applyProblems<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  error: unknown,
  problemPrefix = '',
): void {
  if (!(error instanceof ApiError) || !error.problems) return;
  for (const problem of error.problems) {
    const own = problem.path.startsWith(problemPrefix)
      ? problem.path.slice(problemPrefix.length)
      : problem.path;
    // The contract's paths write list indexes as [n]; react-hook-form writes them as .n
    const path = own.replace(/\[(\d+)\]/g, '.$1');
    form.setError(path as Path<T>, { type: 'server', message: problem.message });
  }
}
