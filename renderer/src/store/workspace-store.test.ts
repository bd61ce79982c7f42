import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Every request the store makes, answered when the test says so.
const calls: { channel: string; input: unknown; resolve: (value: unknown) => void }[] = [];
vi.mock('../api/client', () => ({
  ApiError: class extends Error {},
  call: (channel: string, input: unknown) =>
    new Promise((resolve) => calls.push({ channel, input, resolve })),
}));

const { useWorkspace, HOME_ROWS_WAIT_MS, ADDRESSED_WAIT_MS } = await import('./workspace-store');
const { callAhead, callOrTake, forgetCallsAhead } = await import('../api/early-calls');

const summary = (id: string) => ({
  id,
  organizationName: `Org ${id}`,
  location: null,
  level: 'gold',
  targetLevel: 'gold',
  expiresOn: '2009-09-30',
});
const membership = (id: string) => ({ id, enrollment: { expiresOn: '2009-09-30' } });
const answer = (channel: string, value: unknown, nth = 0) => {
  const found = calls.filter((c) => c.channel === channel)[nth];
  if (!found) throw new Error(`no ${channel} call`);
  found.resolve(value);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The three calls early.ts asks at start, asked ahead afresh (the answers are the test's). */
const askStartAhead = () => {
  forgetCallsAhead();
  callAhead('ruleset:get', {});
  callAhead('workspace:list', {});
  callAhead('workspace:lifecycle', {});
};

const initial = useWorkspace.getState();
beforeEach(() => {
  calls.length = 0;
  localStorage.clear();
  useWorkspace.setState(initial, true);
});
afterEach(() => vi.clearAllMocks());

describe('the workspace store at start', () => {
  it('takes the answers early.ts asked for, the home rows among them, and loads no membership', async () => {
    localStorage.setItem('reenroll-last-membership', 'm-2');
    await import('../early');
    const early = ['ruleset:get', 'workspace:lifecycle', 'workspace:list', 'workspace:status'];
    expect(calls.map((c) => c.channel).sort()).toEqual(early);
    const started = useWorkspace.getState().started();
    // Nothing is asked twice.
    expect(calls.map((c) => c.channel).sort()).toEqual(early);
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', [summary('m-1'), summary('m-2')]);
    answer('workspace:lifecycle', { archived: [], rolledForward: {} });
    await settle();
    // The home opens at start: it waits for its rows, so its first render holds them.
    expect(useWorkspace.getState().phase).toBe('loading');
    const rows = { rows: [] };
    answer('workspace:status', rows);
    await started;
    const state = useWorkspace.getState();
    expect(state.phase).toBe('ready');
    expect(state.selectedId).toBe('m-2');
    expect(state.current).toBeNull();
    expect(calls.some((c) => c.channel === 'membership:get')).toBe(false);
    // The home's first fetch takes the rows already asked for.
    expect(await callOrTake('workspace:status', { asOf: state.asOf })).toBe(rows);
    expect(calls.filter((c) => c.channel === 'workspace:status')).toHaveLength(1);
  });

  it('is ready before the first render when the answers asked ahead have already arrived', async () => {
    askStartAhead();
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', [summary('m-1')]);
    await settle();
    // One answer still missing: started() waits for it.
    void useWorkspace.getState().started();
    expect(useWorkspace.getState().phase).toBe('loading');
    answer('workspace:lifecycle', { archived: ['m-9'], rolledForward: {} });
    await settle();
    expect(useWorkspace.getState().phase).toBe('ready');

    useWorkspace.setState(initial, true);
    calls.length = 0;
    askStartAhead();
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', [summary('m-1'), summary('m-2')]);
    answer('workspace:lifecycle', { archived: ['m-9'], rolledForward: {} });
    await settle();
    // All three here: set at once, with no await in between, and nothing asked again.
    void useWorkspace.getState().started();
    const state = useWorkspace.getState();
    expect(state.phase).toBe('ready');
    expect(state.selectedId).toBe('m-1');
    expect(state.summaries.map((s) => s.id)).toEqual(['m-1', 'm-2']);
    expect(state.lifecycle.archived).toEqual(['m-9']);
    expect(calls).toHaveLength(3);

    // The home's rows asked ahead and not answered yet: the first render waits for them.
    useWorkspace.setState(initial, true);
    calls.length = 0;
    const asOf = useWorkspace.getState().asOf;
    askStartAhead();
    callAhead('workspace:status', { asOf });
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', [summary('m-1')]);
    answer('workspace:lifecycle', { archived: [], rolledForward: {} });
    await settle();
    void useWorkspace.getState().started();
    expect(useWorkspace.getState().phase).toBe('loading');
    answer('workspace:status', { rows: [] });
    await settle();
    expect(useWorkspace.getState().phase).toBe('ready');
    expect(calls).toHaveLength(4);
    forgetCallsAhead();
  });

  it('waits for the home’s rows a moment only: rows still being evaluated come under the home', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const asOf = useWorkspace.getState().asOf;
      askStartAhead();
      callAhead('workspace:status', { asOf });
      const started = useWorkspace.getState().started();
      answer('ruleset:get', { id: 'r' });
      answer('workspace:list', [summary('m-1')]);
      answer('workspace:lifecycle', { archived: [], rolledForward: {} });
      await vi.advanceTimersByTimeAsync(HOME_ROWS_WAIT_MS - 1);
      expect(useWorkspace.getState().phase).toBe('loading');
      await vi.advanceTimersByTimeAsync(1);
      await started;
      expect(useWorkspace.getState().phase).toBe('ready');
      // The rows, when they come, are still the home's to take.
      const rows = { rows: [] };
      answer('workspace:status', rows);
      expect(await callOrTake('workspace:status', { asOf })).toBe(rows);
      expect(calls.filter((c) => c.channel === 'workspace:status')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      forgetCallsAhead();
    }
  });

  /** Start as a reload naming m-2 on the Certified tab, its list answered; `started` is started(). */
  const startAddressed = async (screenCode: Promise<void>) => {
    askStartAhead();
    callAhead('membership:get', { id: 'm-2' });
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', [summary('m-1'), summary('m-2')]);
    answer('workspace:lifecycle', { archived: [], rolledForward: {} });
    await settle();
    const address = { membershipId: 'm-2', section: 'certified', step: null } as const;
    return { started: useWorkspace.getState().started(address, screenCode) };
  };

  it('opens the membership the address names in its first render, with its screen’s code', async () => {
    let codeHere = () => {};
    const { started } = await startAddressed(new Promise<void>((resolve) => (codeHere = resolve)));
    // No home rows are waited for, but the membership and the screen's code are.
    expect(useWorkspace.getState().phase).toBe('loading');
    answer('membership:get', membership('m-2'));
    await settle();
    expect(useWorkspace.getState().current?.id).toBe('m-2');
    expect(useWorkspace.getState().phase).toBe('loading');
    codeHere();
    await started;
    const state = useWorkspace.getState();
    expect(state).toMatchObject({ phase: 'ready', selectedId: 'm-2', opening: null });
    // The screen asking for it finds it open: the answer asked ahead was taken, nothing asked again.
    await state.membershipPicked('m-2');
    expect(calls.map((c) => c.channel).sort()).toEqual([
      'membership:get',
      'ruleset:get',
      'workspace:lifecycle',
      'workspace:list',
    ]);
    forgetCallsAhead();
  });

  it('shows the wizard while a slow membership is still opening, after a bounded wait', async () => {
    const { started } = await startAddressed(Promise.resolve());
    // The wait's timer is set once the answers taken are read, a few microtasks from here.
    vi.useFakeTimers();
    try {
      await vi.advanceTimersByTimeAsync(ADDRESSED_WAIT_MS - 1);
      expect(useWorkspace.getState().phase).toBe('loading');
      await vi.advanceTimersByTimeAsync(1);
      await started;
      expect(useWorkspace.getState()).toMatchObject({ phase: 'ready', opening: 'm-2', current: null });
      // The load goes on: the screen then shows it.
      answer('membership:get', membership('m-2'));
      await vi.advanceTimersByTimeAsync(0);
      expect(useWorkspace.getState()).toMatchObject({ opening: null, current: { id: 'm-2' } });
    } finally {
      vi.useRealTimers();
      forgetCallsAhead();
    }
  });

  it('opens the workspace when the membership the address names fails to load, and says why', async () => {
    const { started } = await startAddressed(Promise.resolve());
    calls.find((c) => c.channel === 'membership:get')?.resolve(Promise.reject(new Error('Disk gone.')));
    await started;
    expect(useWorkspace.getState()).toMatchObject({ phase: 'ready', current: null, openError: 'Disk gone.' });
    forgetCallsAhead();
  });

  it('asks for what nobody asked ahead, and an answer not taken by the first screen is dropped', async () => {
    callAhead('workspace:status', { asOf: '2009-01-01' });
    forgetCallsAhead();
    const started = useWorkspace.getState().started();
    expect(calls.map((c) => c.channel).sort()).toEqual([
      'ruleset:get',
      'workspace:lifecycle',
      'workspace:list',
      'workspace:status',
    ]);
    void callOrTake('workspace:status', { asOf: '2009-01-01' });
    expect(calls.filter((c) => c.channel === 'workspace:status')).toHaveLength(2);
    answer('ruleset:get', { id: 'r' });
    answer('workspace:list', []);
    answer('workspace:lifecycle', { archived: [], rolledForward: {} });
    await started;
    expect(useWorkspace.getState().creating).toBe(true);
  });
});

describe('opening a membership', () => {
  it('shares one load per membership and shows the newest pick', async () => {
    const { membershipPicked } = useWorkspace.getState();
    const first = membershipPicked('m-1');
    const again = membershipPicked('m-1');
    expect(calls.filter((c) => c.channel === 'membership:get')).toHaveLength(1);
    expect(useWorkspace.getState().opening).toBe('m-1');
    const second = membershipPicked('m-2');
    answer('membership:get', membership('m-2'), 1);
    await second;
    answer('membership:get', membership('m-1'), 0);
    await Promise.all([first, again]);
    expect(useWorkspace.getState().current?.id).toBe('m-2');
    expect(useWorkspace.getState().opening).toBeNull();
  });

  it('opens the selected membership only when a screen asks, and says why it could not', async () => {
    useWorkspace.setState({ selectedId: 'm-1', summaries: [summary('m-1')] as never });
    useWorkspace.getState().membershipWanted();
    useWorkspace.getState().membershipWanted();
    expect(calls.filter((c) => c.channel === 'membership:get')).toHaveLength(1);
    calls[0]?.resolve(Promise.reject(new Error('There is no membership with id "m-1".')));
    await settle();
    expect(useWorkspace.getState().openError).toBe('There is no membership with id "m-1".');
    // No retry in a loop: the screen offers "Try again".
    useWorkspace.getState().membershipWanted();
    expect(calls.filter((c) => c.channel === 'membership:get')).toHaveLength(1);
  });

  it('does not open a loading membership over a new one being entered', async () => {
    const picked = useWorkspace.getState().membershipPicked('m-1');
    useWorkspace.getState().newMembershipStarted();
    answer('membership:get', membership('m-1'));
    await picked;
    expect(useWorkspace.getState().creating).toBe(true);
    expect(useWorkspace.getState().current).toBeNull();
  });
});

describe('saves', () => {
  it('go the way they are given (a long one through the progress bar) and apply what they answer', async () => {
    useWorkspace.setState({ current: membership('m-1') as never });
    const updated = { ...membership('m-1'), organization: { name: 'Renamed' } };
    const send = vi.fn(async () => updated);
    const value = await useWorkspace.getState().saved('sheet:commit', {} as never, send as never);
    expect(send).toHaveBeenCalledWith('sheet:commit', {});
    expect(calls).toHaveLength(0);
    expect(value).toBe(updated);
    expect(useWorkspace.getState().current).toBe(updated);
    expect(useWorkspace.getState().save.state).toBe('saved');
  });
});
