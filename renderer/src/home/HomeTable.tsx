/**
 * Every membership in one virtualized table (use-virtual-rows.ts, as the list editors use):
 * only the rows in view are in the page, so hundreds stay fast. Keyboard: the rows' buttons use a
 * roving tab stop; arrow keys, Home and End move between rows, Enter opens the membership.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { StatusRow } from '../../../shared/status/status-row';
import type { SortKey, StatusSort } from '../../../shared/status/status-view';
import { HOME_COLUMNS } from './home-columns';
import { SpacerRow, TableHead } from '../editors/VirtualTable';
import { useVirtualRows } from '../editors/use-virtual-rows';

interface HomeTableProps {
  readonly rows: readonly StatusRow[];
  readonly sort: StatusSort;
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (row: StatusRow) => void;
  readonly actions: (row: StatusRow, tabIndex: number) => ReactNode;
}

export function HomeTable({ rows, sort, onSort, onOpen, actions }: HomeTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Set by a key press; the row's button is focused once it is rendered.
  const focusPending = useRef(false);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const { indexes, top, bottom, scrollToIndex } = useVirtualRows(rows.length, scrollRef);
  const span = HOME_COLUMNS.length + 1;

  useEffect(() => {
    if (!focusPending.current) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(
      `tr[data-index="${activeIndex}"] .home-table__open`,
    );
    if (button) {
      focusPending.current = false;
      button.focus();
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const last = rows.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(activeIndex + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(activeIndex - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : event.key === 'PageDown'
                ? Math.min(activeIndex + 10, last)
                : event.key === 'PageUp'
                  ? Math.max(activeIndex - 10, 0)
                  : null;
    if (next === null || last < 0) return;
    event.preventDefault();
    setActive(next);
    scrollToIndex(next);
    focusPending.current = true;
  }

  return (
    <div className="vtable home-table" ref={scrollRef} data-testid="home-table">
      <table aria-rowcount={rows.length + 1} aria-label="Memberships">
        <TableHead
          columns={HOME_COLUMNS.map((c) => ({ ...c, sortable: true }))}
          sort={{ column: sort.key, direction: sort.direction }}
          onSort={onSort}
          actionsColClass="home-table__actions-col"
        />
        <tbody onKeyDown={onKeyDown}>
          <SpacerRow height={top} span={span} />
          {indexes.map((index) => {
            const row = rows[index] as StatusRow;
            const tabIndex = index === activeIndex ? 0 : -1;
            return (
              <tr
                key={row.id}
                data-index={index}
                aria-rowindex={index + 2}
                className={`vtable__row home-table__row${tabIndex === 0 ? ' home-table__row--active' : ''}`}
              >
                {HOME_COLUMNS.map((c, i) => (
                  <td key={c.key} title={c.title(row)}>
                    {i === 0 ? (
                      <button
                        type="button"
                        className="home-table__open"
                        tabIndex={tabIndex}
                        onFocus={() => setActive(index)}
                        onClick={() => onOpen(row)}
                      >
                        {row.organization}
                      </button>
                    ) : (
                      c.cell(row)
                    )}
                  </td>
                ))}
                <td className="vtable__actions">{actions(row, tabIndex)}</td>
              </tr>
            );
          })}
          <SpacerRow height={bottom} span={span} />
        </tbody>
      </table>
      {rows.length === 0 ? <p className="vtable__empty">No membership matches.</p> : null}
    </div>
  );
}
