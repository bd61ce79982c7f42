/** The date every evaluation on screen is made for: today unless the person plans ahead or looks back. */
import { useId, useState } from 'react';
import { isIsoDate, localToday } from '../../../shared/dates';
import { useWorkspace } from '../store/workspace-store';

export function AsOfControl() {
  const id = useId();
  const asOf = useWorkspace((s) => s.asOf);
  const asOfChanged = useWorkspace((s) => s.asOfChanged);
  // What the person is typing while it is not yet a date; otherwise the field shows asOf.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? asOf;
  const invalid = text !== '' && !isIsoDate(text);
  return (
    <div className="as-of">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        size={10}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          const value = event.target.value;
          if (isIsoDate(value)) {
            asOfChanged(value);
            setDraft(null);
          } else setDraft(value);
        }}
      />
      {asOf !== localToday() ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setDraft(null);
            asOfChanged(localToday());
          }}
        >
          Today
        </button>
      ) : null}
      {invalid ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          Use a date YYYY-MM-DD
        </span>
      ) : null}
    </div>
  );
}
