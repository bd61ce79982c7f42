/**
 * Autosave for a react-hook-form form: a short pause after the last change (or leaving a
 * field) validates with the form's zod schema and saves only when every field is valid.
 * Problems the handler reports come back onto their fields.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api/client';

const PAUSE_MS = 500;

export function useAutosave<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  save: ((values: TOutput) => Promise<unknown>) | null,
  /** The prefix of the handler's problem paths before this form's own paths (`overview.`). */
  problemPrefix = '',
): { flush: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = saveRef.current;
    if (!current) return;
    void form.handleSubmit(async (values) => {
      try {
        await current(values);
      } catch (error) {
        applyProblems(form, error, problemPrefix);
      }
    })();
  }, [form, problemPrefix]);

  useEffect(() => {
    if (!save) return undefined;
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current !== undefined) flush();
    };
  }, [form, save, flush]);

  return { flush };
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
