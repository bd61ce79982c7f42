/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs, only
 * the selected tab is in the tab order, and each panel is labelled by its tab.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './tabs.css';

export interface TabDefinition<K extends string> {
  readonly key: K;
  /** The full name: the tab's accessible name. */
  readonly label: string;
  /** A shorter visible label, so every tab fits on one row; the full name stays the accessible name. */
  readonly shortLabel?: string;
  readonly badge?: ReactNode;
}

interface TabsProps<K extends string> {
  readonly label: string;
  readonly tabs: readonly TabDefinition<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly children: ReactNode;
}

export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const key = tabs[next]?.key;
    if (key === undefined) return;
    onSelect(key);
    refs.current.get(key)?.focus();
  }

  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(element) => {
              if (element) refs.current.set(tab.key, element);
              else refs.current.delete(tab.key);
            }}
            role="tab"
            type="button"
            id={`tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab.key)}
          >
            {tab.shortLabel ? (
              <>
                <span aria-hidden="true">{tab.shortLabel}</span>
                <span className="visually-hidden">{tab.label}</span>
              </>
            ) : (
              tab.label
            )}
            {tab.badge}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
        className="tabs__panel"
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}
