/**
 * A labelled form control with its hint and its error beside it, wired for screen readers:
 * the error is announced and linked to the control by aria-describedby.
 */
import { useId, type ReactElement, cloneElement, type ReactNode } from 'react';

interface FieldProps {
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** A single input, select or textarea; it receives id and aria attributes. */
  readonly children: ReactElement<Record<string, unknown>>;
  readonly className?: string;
}

export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/** A checkbox with its label to the right, and its error below. */
export function CheckboxField({ label, hint, error, children }: Omit<FieldProps, 'className'>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
      {cloneElement(children, { id, 'aria-describedby': hint ? hintId : undefined })}
      <label htmlFor={id}>{label}</label>
      <FieldNotes hint={hint} hintId={hintId} error={error} />
    </div>
  );
}

/** The hint and the error under a control; the error is announced (role alert). */
function FieldNotes({
  hint,
  hintId,
  error,
  errorId,
}: {
  readonly hint: ReactNode;
  readonly hintId: string;
  readonly error: string | undefined;
  readonly errorId?: string;
}) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
