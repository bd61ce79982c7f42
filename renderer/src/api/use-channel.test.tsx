import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';

// Every call, answered when the test says so.
const calls: { channel: string; input: unknown; resolve: (value: unknown) => void }[] = [];
vi.mock('./client', () => ({
  call: (channel: string, input: unknown) =>
    new Promise((resolve) => calls.push({ channel, input, resolve })),
}));

const { useChannel } = await import('./use-channel');
const { callAhead, forgetCallsAhead } = await import('./early-calls');

afterEach(() => {
  cleanup();
  calls.length = 0;
  forgetCallsAhead();
});

type Rows = { readonly rows: readonly string[] };

function Rows({ asOf }: { readonly asOf: string }) {
  const status = useChannel('workspace:status', { asOf }, [asOf]);
  if (status.state !== 'ready') return <p>{status.state}</p>;
  return <p>{(status.value as unknown as Rows).rows.join(', ')}</p>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

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
});
