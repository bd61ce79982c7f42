/**
 * The problems of a form after a submit or Next, listed at its top: each a link that moves
 * focus to the field, named by the field's own label.
 */
import { useEffect, useId, useRef } from 'react';
import type { FieldErrors } from 'react-hook-form';
import './error-summary.css';

export interface FieldProblem {
  /** The react-hook-form name: `certifications.0.earnedOn`. */
  readonly name: string;
  readonly message: string;
}

/** Every message in a react-hook-form errors tree, with the name of its field. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if ('message' in value && typeof value.message === 'string' && value.message) {
      problems.push({ name, message: value.message });
    } else if (key !== 'ref') {
      problems.push(...flattenErrors(value as FieldErrors, name));
    }
  }
  return problems;
}

function fieldOf(form: HTMLFormElement | null, name: string): HTMLElement | null {
  const found = form?.elements.namedItem(name);
  // A group of radios comes back as a list: its first control stands for it.
  if (found instanceof RadioNodeList) return (found[0] as HTMLElement | undefined) ?? null;
  return found instanceof HTMLElement ? found : null;
}

function labelOf(field: HTMLElement | null, name: string): string {
  const label = field && 'labels' in field ? (field as HTMLInputElement).labels?.[0]?.textContent : null;
  return label ?? name;
}

interface ErrorSummaryProps {
  readonly errors: FieldErrors;
  readonly form: HTMLFormElement | null;
}

export function ErrorSummary({ errors, form }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const problems = flattenErrors(errors);
  const count = problems.length;
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (count === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h3 className="error-summary__title" id={titleId}>
        {count === 1 ? 'There is a problem' : `There are ${count} problems`}
      </h3>
      <ul>
        {problems.map((problem) => {
          const field = fieldOf(form, problem.name);
          return (
            <li key={problem.name}>
              <a
                href={field?.id ? `#${field.id}` : '#'}
                onClick={(event) => {
                  event.preventDefault();
                  fieldOf(form, problem.name)?.focus();
                }}
              >
                {labelOf(field, problem.name)}: {problem.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
