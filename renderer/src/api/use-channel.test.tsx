import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';

// Every call, answered when the test says so; progress events sent when the test says so.
const calls: { channel: string; input: unknown; tag?: string; resolve: (value: unknown) => void }[] = [];
const listeners = new Set<(event: { call: string; progress: unknown }) => void>();
vi.mock('./client', () => ({
  call: (channel: string, input: unknown, tag?: string) =>
    new Promise((resolve) => calls.push({ channel, input, ...(tag ? { tag } : {}), resolve })),
  getLongCalls: () => ({
    onProgress: (listener: (event: { call: string; progress: unknown }) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  }),
}));
const progressOf = (call: string | undefined, done: number, total: number) =>
  act(() => {
    for (const listener of listeners)
      listener({ call: call ?? '', progress: { what: 'Evaluating', done, total } });
  });

const { useChannel } = await import('./use-channel');
const { callAhead, forgetCallsAhead } = await import('./early-calls');

afterEach(() => {
  cleanup();
  calls.length = 0;
  listeners.clear();
  forgetCallsAhead();
});

type Rows = { readonly rows: readonly string[] };

function Rows({ asOf }: { readonly asOf: string }) {
  const status = useChannel('workspace:status', { asOf }, [asOf]);
  if (status.state !== 'ready') return <p>{status.state}</p>;
  return <p>{(status.value as unknown as Rows).rows.join(', ')}</p>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** The state as text: the rows, or the state's name, then the progress it carries. */
function Followed({ asOf }: { readonly asOf: string }) {
  const status = useChannel('workspace:status', { asOf }, [asOf], { followProgress: true });
  const shown = status.state === 'ready' ? (status.value as unknown as Rows).rows.join(', ') : status.state;
  const progress = status.state === 'failed' ? undefined : status.progress;
  return <p>{progress ? `${shown} (${progress.done} of ${progress.total})` : shown}</p>;
}

describe('useChannel', () => {
  it('renders an answer asked ahead that has arrived in its first render, and asks nothing', async () => {
    callAhead('workspace:status', { asOf: '2009-06-01' });
    calls[0]?.resolve({ rows: ['Contoso'] });
    await settle();
    render(<Rows asOf="2009-06-01" />);
    expect(screen.getByText('Contoso')).toBeTruthy();
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('waits for an answer asked ahead that has not arrived, without asking again', async () => {
    callAhead('workspace:status', { asOf: '2009-06-01' });
    render(<Rows asOf="2009-06-01" />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => calls[0]?.resolve({ rows: ['Fabrikam'] }));
    expect(screen.getByText('Fabrikam')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  it('asks again once its input changes after the answer from start', async () => {
    callAhead('workspace:status', { asOf: '2009-06-01' });
    calls[0]?.resolve({ rows: ['Contoso'] });
    await settle();
    const { rerender } = render(<Rows asOf="2009-06-01" />);
    rerender(<Rows asOf="2009-07-01" />);
    expect(calls.map((c) => c.input)).toEqual([{ asOf: '2009-06-01' }, { asOf: '2009-07-01' }]);
    await act(async () => calls[1]?.resolve({ rows: ['Northwind'] }));
    expect(screen.getByText('Northwind')).toBeTruthy();
  });

  it('shows the progress of its call while loading, under the tag the call carries', async () => {
    render(<Followed asOf="2009-06-01" />);
    const tag = calls[0]?.tag;
    expect(tag).toBeTruthy();
    await progressOf('another-call', 1, 9);
    expect(screen.getByText('loading')).toBeTruthy();
    await progressOf(tag, 3, 9);
    expect(screen.getByText('loading (3 of 9)')).toBeTruthy();
    await act(async () => calls[0]?.resolve({ rows: ['Contoso'] }));
    expect(screen.getByText('Contoso')).toBeTruthy();
    // Progress that comes after the answer (the desktop app sends it apart) changes nothing.
    await progressOf(tag, 9, 9);
    expect(screen.getByText('Contoso')).toBeTruthy();
  });

  it('keeps the rows shown beside the progress of a refresh, until its answer', async () => {
    const { rerender } = render(<Followed asOf="2009-06-01" />);
    await act(async () => calls[0]?.resolve({ rows: ['Contoso'] }));
    rerender(<Followed asOf="2009-07-01" />);
    await progressOf(calls[1]?.tag, 2, 4);
    expect(screen.getByText('Contoso (2 of 4)')).toBeTruthy();
    await act(async () => calls[1]?.resolve({ rows: ['Northwind'] }));
    expect(screen.getByText('Northwind')).toBeTruthy();
  });

  it("hears the progress of a call asked ahead under that call's tag", async () => {
    callAhead('workspace:status', { asOf: '2009-06-01' }, 'tag-from-start');
    render(<Followed asOf="2009-06-01" />);
    expect(calls).toHaveLength(1);
    await progressOf('tag-from-start', 1, 2);
    expect(screen.getByText('loading (1 of 2)')).toBeTruthy();
  });
});
