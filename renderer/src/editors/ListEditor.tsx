/**
 * A list editor: add, edit (a form panel that Escape closes), delete with undo of the last
 * delete, filter and sort, over a virtualized table so thousands of rows stay smooth.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { indexItems, nextSort, viewItems, type SortSpec } from './list-view';
import { VirtualTable, type Column } from './VirtualTable';
import { ItemPanel } from './ItemPanel';
import type { SheetList } from '../../../shared/sheets/types';
import { SheetTools } from '../sheets/SheetTools';
import './list-editor.css';
import { formatNumber } from '../../../shared/text/format-number';

interface ListEditorProps<T extends { readonly id: string }> {
  readonly title: string;
  readonly noun: string;
  readonly plural: string;
  readonly items: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly searchText: (item: T) => string;
  readonly itemLabel: (item: T) => string;
  /** The form to add (item null) or edit an item; `close` is called after saving or cancel. */
  readonly renderForm: (item: T | null, close: () => void) => ReactNode;
  /** Deletes the item and returns how to put it back. */
  readonly onDelete: (item: T) => Promise<() => Promise<unknown>>;
  readonly testId: string;
  readonly intro?: ReactNode;
  /** The spreadsheet list this editor imports and exports, when it has one. */
  readonly sheet?: SheetList;
}

type Editing = { readonly id: string | null } | null;
interface Deleted {
  readonly label: string;
  readonly restore: () => Promise<unknown>;
}

export function ListEditor<T extends { readonly id: string }>(props: ListEditorProps<T>) {
  const {
    title,
    noun,
    plural,
    items,
    columns,
    searchText,
    itemLabel,
    renderForm,
    onDelete,
    testId,
    intro,
    sheet,
  } = props;
  const [section, setSection] = useState<HTMLElement | null>(null);
  const headingId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortSpec | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState('');
  const addId = useId();
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const focusAdd = () => document.getElementById(addId)?.focus();

  const indexed = useMemo(() => indexItems(items, searchText), [items, searchText]);
  const sortColumn = columns.find((c) => c.key === sort?.column);
  const rows = useMemo(
    () => viewItems(indexed, filter, sortColumn?.sortValue ?? null, sort?.direction ?? 'ascending'),
    [indexed, filter, sortColumn, sort?.direction],
  );
  const edited = editing?.id ? (items.find((i) => i.id === editing.id) ?? null) : null;

  const open = (id: string | null) => {
    setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setEditing({ id });
  };
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => (opener?.isConnected ? opener.focus() : focusAdd()));
  };
  const remove = async (item: T) => {
    const label = itemLabel(item);
    try {
      const restore = await onDelete(item);
      setDeleted({ label, restore });
      setMessage(`Deleted ${noun} “${label}”.`);
      if (editing?.id === item.id) setEditing(null);
      focusAdd();
    } catch {
      setMessage(`Could not delete ${noun} “${label}”. Nothing was changed.`);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await deleted.restore();
      setMessage(`Restored ${noun} “${deleted.label}”.`);
      setDeleted(null);
    } catch {
      setMessage(`Could not restore ${noun} “${deleted.label}”.`);
    }
  };
  const onSort = (column: string) => setSort((s) => nextSort(s, column));

  return (
    <section
      ref={setSection}
      className="list-editor"
      aria-labelledby={headingId}
      data-testid={`${testId}-editor`}
    >
      <div className="list-editor__head">
        <h3 id={headingId}>{title}</h3>
        <button
          type="button"
          className="button button--primary button--small"
          id={addId}
          onClick={() => open(null)}
        >
          Add {noun}
        </button>
      </div>
      {intro}
      {sheet ? <SheetTools list={sheet} pasteTarget={section} /> : null}
      {editing ? (
        <ItemPanel
          key={editing.id ?? 'new'}
          title={edited ? `Edit ${noun}: ${itemLabel(edited)}` : `New ${noun}`}
          onClose={close}
        >
          {renderForm(edited, close)}
        </ItemPanel>
      ) : null}
      <div className="list-editor__toolbar">
        <label htmlFor={filterId}>Filter {plural}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder="Type to filter"
        />
        <p className="list-editor__count" aria-live="polite">
          {rows.length === items.length
            ? `${formatNumber(items.length)} ${items.length === 1 ? noun : plural}`
            : `${formatNumber(rows.length)} of ${formatNumber(items.length)} ${plural}`}
        </p>
      </div>
      <div className="list-editor__status" role="status">
        {message ? (
          <p>
            {message}{' '}
            {deleted ? (
              <button type="button" className="button button--small" onClick={() => void undo()}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      <VirtualTable
        label={`${title} list`}
        rows={rows}
        columns={columns}
        rowKey={(item) => item.id}
        sort={sort}
        onSort={onSort}
        testId={testId}
        actions={(item) => (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={`Edit ${itemLabel(item)}`}
              onClick={() => open(item.id)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={`Delete ${itemLabel(item)}`}
              onClick={() => void remove(item)}
            >
              Delete
            </button>
          </>
        )}
      />
    </section>
  );
}
