/**
 * The organization/location picker of the header, a searchable combobox (WAI-ARIA combobox with
 * a listbox popup): each option shows the location and the window status; typing filters;
 * arrow keys move, Enter picks, Escape closes and restores the current membership's name.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MembershipSummary } from '../../../../shared/ipc/contract';
import { useWorkspace } from '../../store/workspace-store';
import { filterOptions, membershipLabel, pickerOptions } from './picker-options';
import './picker.css';

export { membershipLabel };

interface MembershipPickerProps {
  readonly summaries: readonly MembershipSummary[];
  readonly currentId: string | null;
  readonly onPick: (id: string) => void;
  readonly onNew: () => void;
}

/** How many options the popup lists at once; typing narrows the rest. */
const SHOWN = 50;

export function MembershipPicker({ summaries, currentId, onPick, onNew }: MembershipPickerProps) {
  const id = useId();
  const asOf = useWorkspace((s) => s.asOf);
  const ruleset = useWorkspace((s) => s.ruleset);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Every option's window status only once the list opens: at start, the header needs the
  // current one alone (all 200 of a large workspace took 12–18 ms of the home's first render).
  const options = useMemo(
    () => (ruleset && open ? pickerOptions(summaries, asOf, ruleset) : []),
    [summaries, asOf, ruleset, open],
  );
  const current = useMemo(() => {
    const summary = summaries.find((s) => s.id === currentId);
    return summary && ruleset ? (pickerOptions([summary], asOf, ruleset)[0] ?? null) : null;
  }, [summaries, currentId, asOf, ruleset]);
  const matches = useMemo(() => filterOptions(options, query ?? ''), [options, query]);
  const shown = matches.slice(0, SHOWN);
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined;

  function close() {
    setOpen(false);
    setQuery(null);
  }

  function pick(optionId: string) {
    close();
    if (optionId !== currentId) onPick(optionId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        // The list opens unfiltered, in the summaries' order: start on the current one.
        setActive(
          Math.max(
            0,
            summaries.slice(0, SHOWN).findIndex((s) => s.id === currentId),
          ),
        );
        return;
      }
      setActive((a) => (event.key === 'ArrowDown' ? Math.min(a + 1, last) : Math.max(a - 1, 0)));
    } else if (event.key === 'Enter' && open && activeOption) {
      event.preventDefault();
      pick(activeOption.id);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="picker">
      <label htmlFor={id}>Organization and location</label>
      <div className="combo">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-${activeOption.id}` : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          spellCheck={false}
          className="combo__input"
          placeholder="Type to find a membership"
          value={query ?? current?.label ?? ''}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-status`} className="combo__status">
          {current?.status ?? ''}
        </span>
        {open ? (
          <ul id={`${id}-list`} role="listbox" aria-label="Memberships" className="combo__list">
            {shown.map((o, i) => (
              <li
                key={o.id}
                id={`${id}-${o.id}`}
                role="option"
                aria-selected={o.id === activeOption?.id}
                className={`combo__option${o.id === currentId ? ' combo__option--current' : ''}`}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(o.id);
                }}
                onMouseMove={() => setActive(i)}
              >
                <span className="combo__label">{o.label}</span>
                <span className="combo__option-status">{o.status}</span>
              </li>
            ))}
            {matches.length === 0 ? <li className="combo__none">No membership matches.</li> : null}
            {matches.length > SHOWN ? (
              <li className="combo__none">{matches.length - SHOWN} more: type to narrow.</li>
            ) : null}
          </ul>
        ) : (
          <ul id={`${id}-list`} role="listbox" aria-label="Memberships" hidden />
        )}
      </div>
      <button type="button" className="button" onClick={onNew}>
        {/* "membership" leaves the visible label in a narrow window, never the accessible name. */}
        New<span className="picker__more"> membership</span>
      </button>
    </div>
  );
}
