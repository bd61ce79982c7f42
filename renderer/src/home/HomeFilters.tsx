/** The home screen's search box and filters; every change is applied as the person types. */
import { useId } from 'react';
import { LEVELS, type Level } from '../../../shared/interchange/constants';
import type { StatusFilter } from '../../../shared/status/status-view';
import { LEVEL_LABELS } from '../../../shared/vocabulary/labels';

interface HomeFiltersProps {
  readonly filter: StatusFilter;
  readonly onChange: (filter: StatusFilter) => void;
}

const DEFAULT_OPENS_WITHIN = 30;

export function HomeFilters({ filter, onChange }: HomeFiltersProps) {
  const id = useId();
  const set = (patch: Partial<StatusFilter>) => onChange({ ...filter, ...patch });
  const check = (key: 'inWindow' | 'notReady' | 'expired' | 'archived', label: string) => (
    <label className="home-filters__check">
      <input type="checkbox" checked={filter[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <div className="home-filters" role="search" aria-label="Find memberships">
      <div className="home-filters__search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.query}
          placeholder="Organization, location or partner ID"
          onChange={(e) => set({ query: e.target.value })}
        />
      </div>
      <fieldset className="home-filters__group">
        <legend className="visually-hidden">Show only</legend>
        {check('inWindow', 'In window now')}
        <span className="home-filters__opens">
          <label className="home-filters__check">
            <input
              type="checkbox"
              checked={filter.opensWithinDays !== null}
              onChange={(e) => set({ opensWithinDays: e.target.checked ? DEFAULT_OPENS_WITHIN : null })}
            />
            Opens within
          </label>
          <input
            type="number"
            min={0}
            max={3650}
            aria-label="Days until the window opens"
            className="home-filters__days"
            value={filter.opensWithinDays ?? DEFAULT_OPENS_WITHIN}
            onChange={(e) => {
              const days = Number(e.target.value);
              if (Number.isInteger(days) && days >= 0) set({ opensWithinDays: days });
            }}
          />
          <span aria-hidden="true">days</span>
        </span>
        {check('notReady', 'Not ready')}
        {check('expired', 'Expired')}
        {check('archived', 'Archived')}
      </fieldset>
      <div className="home-filters__level">
        <label htmlFor={`${id}-level`}>Target level</label>
        <select
          id={`${id}-level`}
          value={filter.level ?? ''}
          onChange={(e) => set({ level: e.target.value === '' ? null : (e.target.value as Level) })}
        >
          <option value="">Every level</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
