import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ListEditor } from './ListEditor';
import type { Column } from './VirtualTable';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly n: number;
}

const COLUMNS: readonly Column<Row>[] = [
  { key: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'n', header: 'Count', cell: (r) => r.n, sortValue: (r) => r.n },
];

// jsdom lays nothing out: give the scroll area a height so the virtualizer has a view to fill.
const SIZES = { clientHeight: 440, clientWidth: 800 } as const;
const originals = Object.keys(SIZES).map(
  (key) => [key, Object.getOwnPropertyDescriptor(Element.prototype, key)] as const,
);
beforeAll(() => {
  for (const [key, value] of Object.entries(SIZES)) {
    Object.defineProperty(Element.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of originals)
    if (descriptor) Object.defineProperty(Element.prototype, key, descriptor);
});
afterEach(cleanup);

function renderEditor(items: readonly Row[], onDelete = vi.fn(async () => async () => undefined)) {
  render(
    <ListEditor
      title="People"
      noun="person"
      plural="people"
      items={items}
      columns={COLUMNS}
      searchText={(r) => r.name}
      itemLabel={(r) => r.name}
      onDelete={onDelete}
      testId="people"
      renderForm={(item, close) => (
        <div>
          <label>
            Person name <input defaultValue={item?.name ?? ''} />
          </label>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      )}
    />,
  );
  return onDelete;
}

const bodyRows = () =>
  within(screen.getByTestId('people'))
    .getAllByRole('row')
    .filter((row): row is HTMLTableRowElement => row.getAttribute('aria-hidden') !== 'true')
    .slice(1);

describe('ListEditor', () => {
  it('renders only the rows in view of a 5,000-row list', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `p-${i}`, name: `Person ${i}`, n: i }));
    renderEditor(items);
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(40);
    expect(screen.getByTestId('people').querySelector('table')?.getAttribute('aria-rowcount')).toBe('5001');
  });

  it('filters and sorts', () => {
    renderEditor([
      { id: 'a', name: 'Sam Lee', n: 3 },
      { id: 'b', name: 'Ana Ruiz', n: 10 },
      { id: 'c', name: 'Bo Chen', n: 1 },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Count' }));
    expect(bodyRows().map((r) => r.cells[0]?.textContent)).toEqual(['Bo Chen', 'Sam Lee', 'Ana Ruiz']);
    fireEvent.click(screen.getByRole('button', { name: 'Count' }));
    expect(bodyRows().map((r) => r.cells[0]?.textContent)).toEqual(['Ana Ruiz', 'Sam Lee', 'Bo Chen']);
    fireEvent.change(screen.getByLabelText('Filter people'), { target: { value: 'chen' } });
    expect(bodyRows().map((r) => r.cells[0]?.textContent)).toEqual(['Bo Chen']);
    expect(screen.getByText('1 of 3 people')).toBeTruthy();
  });

  it('deletes with an Undo that restores the last deleted item', async () => {
    const restore = vi.fn(async () => undefined);
    const onDelete = renderEditor(
      [{ id: 'a', name: 'Sam Lee', n: 3 }],
      vi.fn(async () => restore),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete Sam Lee' }));
    });
    expect(onDelete).toHaveBeenCalledWith({ id: 'a', name: 'Sam Lee', n: 3 });
    expect(screen.getByRole('status').textContent).toContain('Deleted person “Sam Lee”.');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(restore).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Restored person “Sam Lee”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('opens the edit panel with focus in its first field, and Escape closes it', () => {
    renderEditor([{ id: 'a', name: 'Sam Lee', n: 3 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Sam Lee' }));
    const field = screen.getByLabelText('Person name');
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('heading', { name: 'Edit person: Sam Lee' })).toBeTruthy();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByLabelText('Person name')).toBeNull();
  });
});
