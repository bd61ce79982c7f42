/**
 * A table that renders only the rows in view (use-virtual-rows.ts), so a list of thousands
 * stays smooth. Rows have one fixed height; the rows above and below the view are spacer rows.
 */
import { useRef, type ReactNode } from 'react';
import type { SortSpec } from './list-view';
import { useVirtualRows } from './use-virtual-rows';
import './virtual-table.css';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
  /** Present when the column can be sorted. */
  readonly sortValue?: (item: T) => string | number;
  /** A CSS width such as `30%` or `8rem`. */
  readonly width?: string;
}

interface VirtualTableProps<T> {
  readonly label: string;
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (item: T) => string;
  readonly actions: (item: T) => ReactNode;
  readonly sort: SortSpec | null;
  readonly onSort: (column: string) => void;
  readonly testId: string;
}

export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  actions,
  sort,
  onSort,
  testId,
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { indexes, top, bottom } = useVirtualRows(rows.length, scrollRef);
  const span = columns.length + 1;

  return (
    <div
      className="vtable"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
    >
      <table aria-rowcount={rows.length + 1}>
        <TableHead
          columns={columns.map((c) => ({ ...c, sortable: c.sortValue !== undefined }))}
          sort={sort}
          onSort={onSort}
          actionsColClass="vtable__actions-col"
        />
        <tbody>
          <SpacerRow height={top} span={span} />
          {indexes.map((index) => {
            const row = rows[index] as T;
            return (
              <tr key={rowKey(row)} aria-rowindex={index + 2} className="vtable__row">
                {columns.map((c) => {
                  const content = c.cell(row);
                  // Cells take up to three lines, then cut; the title shows all of it on hover.
                  return (
                    <td key={c.key} title={typeof content === 'string' ? content : undefined}>
                      <span className="vtable__cell">{content}</span>
                    </td>
                  );
                })}
                <td className="vtable__actions">{actions(row)}</td>
              </tr>
            );
          })}
          <SpacerRow height={bottom} span={span} />
        </tbody>
      </table>
      {rows.length === 0 ? <p className="vtable__empty">Nothing to show.</p> : null}
    </div>
  );
}

interface HeadColumn<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly width?: string;
  readonly sortable: boolean;
}

/**
 * A virtual table's column widths and header row: a sort button in each sortable header (its
 * `aria-sort` says the order), and a last, visually hidden "Actions" column.
 */
export function TableHead<K extends string>(props: {
  readonly columns: readonly HeadColumn<K>[];
  readonly sort: { readonly column: K; readonly direction: 'ascending' | 'descending' } | null;
  readonly onSort: (column: K) => void;
  readonly actionsColClass: string;
}) {
  return (
    <>
      <colgroup>
        {props.columns.map((c) => (
          <col key={c.key} style={c.width ? { width: c.width } : undefined} />
        ))}
        <col className={props.actionsColClass} />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {props.columns.map((c) => {
            const sorted = props.sort?.column === c.key ? props.sort.direction : undefined;
            return (
              <th key={c.key} scope="col" aria-sort={sorted ?? (c.sortable ? 'none' : undefined)}>
                {c.sortable ? (
                  <SortButton header={c.header} sorted={sorted} onSort={() => props.onSort(c.key)} />
                ) : (
                  c.header
                )}
              </th>
            );
          })}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
    </>
  );
}

/** The rows above or below the view, as one empty row of their height (none when 0). */
export function SpacerRow({ height, span }: { readonly height: number; readonly span: number }) {
  return height > 0 ? (
    <tr aria-hidden="true" className="vtable__spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  ) : null;
}

/** A column header's sort button; the arrow is decoration, `aria-sort` on the th says it. */
export function SortButton(props: {
  readonly header: string;
  readonly sorted: 'ascending' | 'descending' | undefined;
  readonly onSort: () => void;
}) {
  return (
    <button type="button" className="vtable__sort" onClick={props.onSort}>
      {props.header}
      <span aria-hidden="true">
        {props.sorted === 'ascending' ? ' ▲' : props.sorted === 'descending' ? ' ▼' : ''}
      </span>
    </button>
  );
}
