/**
 * The workspace as the renderer sees it: the memberships to pick from, the one open, and
 * whether the last change is safely saved. Readiness is never stored here; screens derive it
 * from the shared rules.
 */
import { create } from 'zustand';
import type { Membership } from '../../../shared/interchange/schema';
import type {
  ChannelInput,
  ChannelName,
  ChannelResult,
  MembershipSummary,
  WorkspaceLifecycle,
} from '../../../shared/ipc/contract';
import { applyChange, type MembershipChange } from '../../../shared/ipc/membership-change';
import type { OverviewInput } from '../../../shared/forms/overview';
import { localToday, type IsoDate } from '../../../shared/dates';
import type { Ruleset } from '../../../shared/rules/ruleset';
import { ApiError, call } from '../api/client';
import { answeredAhead, arrivedAnswer, callOrTake, pendingAhead } from '../api/early-calls';
import { createSaveQueue } from './save-queue';
import { addressAtStart, type Address } from '../app/address';

export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'failed'; readonly message: string };

export interface WorkspaceState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly loadError: string | null;
  readonly summaries: readonly MembershipSummary[];
  /** Archived memberships and finished years (rolled forward), refreshed with the summaries. */
  readonly lifecycle: WorkspaceLifecycle;
  readonly current: Membership | null;
  /**
   * The membership the header names: the one open, the one opening, or at start the one open
   * last time (loaded only once a screen of the wizard needs it).
   */
  readonly selectedId: string | null;
  /** The membership being loaded, while the wizard shows that it is opening. */
  readonly opening: string | null;
  /** Why the last membership asked for could not be opened. */
  readonly openError: string | null;
  /** True while the person fills in a membership that does not exist yet. */
  readonly creating: boolean;
  readonly save: SaveState;
  readonly asOf: IsoDate;
  /** The ruleset the workspace is evaluated under (`ruleset:get`); null until started. */
  readonly ruleset: Ruleset | null;

  /**
   * Takes the answers asked for at start. `address`: what the page's address names (a reload),
   * else the home opens; `screenCode` resolves once the code of the screen it names is here (a
   * reload naming a membership shows it with that code in its first full render).
   */
  started(address?: Address, screenCode?: Promise<void>): Promise<void>;
  membershipPicked(id: string): Promise<void>;
  /** A screen of the wizard needs a membership: opens the one selected if none is open. */
  membershipWanted(): void;
  newMembershipStarted(): void;
  newMembershipCancelled(): void;
  membershipCreated(overview: OverviewInput): Promise<Membership>;
  /** Runs a save and records its outcome; rethrows so a form can show field problems. */
  saved<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    /** How the call is made: `call` unless given (a long one goes through the progress bar). */
    send?: (channel: C, input: ChannelInput<C>) => Promise<ChannelResult<C>>,
  ): Promise<ChannelResult<C>>;
  asOfChanged(asOf: IsoDate): void;
  /**
   * The workspace changed underneath (an import, the sample opened): re-reads the memberships
   * and opens `openId`, else the one open before if it still exists, else the first.
   */
  workspaceReloaded(openId?: string): Promise<void>;
}

const enqueue = createSaveQueue();
/** Saves asked for and not yet answered. */
let inFlight = 0;
const LAST_OPEN_KEY = 'reenroll-last-membership';
/** How long the first frame waits for the home's rows after the list (kept rows take a few ms). */
export const HOME_ROWS_WAIT_MS = 200;
/**
 * How long the first frame waits for the membership a reload's address names and its screen's
 * code. A frame with the header and an "Opening…" body, rendered, laid out and painted while
 * they come, is drawn again at once: without it the sample's reload took 393 and 415 ms against
 * 422 and 443 (two alternated runs of 30).
 */
export const ADDRESSED_WAIT_MS = 500;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  /** Reads the list again (at start, `ask` takes the answers early.ts asked for). */
  async function refreshSummaries(ask: typeof callOrTake = call): Promise<readonly MembershipSummary[]> {
    const [summaries, lifecycle] = await Promise.all([
      ask('workspace:list', {}),
      ask('workspace:lifecycle', {}),
    ]);
    set({ summaries, lifecycle });
    return summaries;
  }

  /** A save's answer: a change is applied to the membership held, a whole one replaces it. */
  function settled(value: unknown): void {
    const current = get().current;
    if (current === null) return;
    if (isChange(value)) set({ current: applyChange(current, value) });
    else if (isMembership(value) && value.id === current.id) set({ current: value });
  }

  /** The load under way, so asking again for the same membership waits for the same answer. */
  let loading: { readonly id: string; readonly done: Promise<void> } | null = null;

  /** Loads `id` and shows it; `shared`: the answer of a load of it already under way will do. */
  function open(id: string, shared = true): Promise<void> {
    set({ opening: id, selectedId: id, openError: null });
    if (shared && loading?.id === id) return loading.done;
    // At start, the membership the address names was asked for ahead (early.ts).
    const done = callOrTake('membership:get', { id }).then(
      (membership) => {
        // A newer pick won: its answer is the one shown.
        if (get().opening !== id) return;
        localStorage.setItem(LAST_OPEN_KEY, id);
        set({ current: membership, opening: null, creating: false, save: { state: 'idle' } });
      },
      (error: unknown) => {
        if (get().opening === id) set({ opening: null, openError: messageOf(error) });
        throw error;
      },
    );
    const entry = { id, done };
    loading = entry;
    const settle = () => {
      if (loading === entry) loading = null;
    };
    done.then(settle, settle);
    return done;
  }

  return {
    phase: 'loading',
    loadError: null,
    summaries: [],
    lifecycle: { archived: [], rolledForward: {} },
    current: null,
    selectedId: null,
    opening: null,
    openError: null,
    creating: false,
    save: { state: 'idle' },
    asOf: localToday(),
    ruleset: null,

    async started(address = addressAtStart, screenCode = Promise.resolve()) {
      const ready = (ruleset: Ruleset, summaries: readonly MembershipSummary[]) => {
        const remembered = localStorage.getItem(LAST_OPEN_KEY);
        const first =
          summaries.find((s) => s.id === address.membershipId) ??
          summaries.find((s) => s.id === remembered) ??
          summaries[0];
        set({ ruleset, phase: 'ready', selectedId: first?.id ?? null, creating: summaries.length === 0 });
      };
      // Answers early.ts asked for that arrived before this bundle ran: set before the first
      // render, which then shows the home rather than a loading frame.
      const ruleset = arrivedAnswer('ruleset:get', {});
      const list = arrivedAnswer('workspace:list', {});
      const lifecycle = arrivedAnswer('workspace:lifecycle', {});
      const statusInput = { asOf: get().asOf };
      // The home opens at start when there is a membership and the address names none: its
      // rows, asked ahead, come first.
      const homeShown = (summaries: readonly MembershipSummary[]) =>
        summaries.length > 0 && address.membershipId === null;
      const homeRowsComing =
        list !== null && homeShown(list.value) && pendingAhead('workspace:status', statusInput);
      const addressed = (summaries: readonly MembershipSummary[]) =>
        summaries.find((s) => s.id === address.membershipId)?.id ?? null;
      if (ruleset && list && lifecycle && !homeRowsComing && addressed(list.value) === null) {
        set({ summaries: list.value, lifecycle: lifecycle.value });
        ready(ruleset.value, list.value);
        return;
      }
      try {
        // Everything the home shows, asked at once: the rows (kept by the main process) with the
        // list, and the ruleset every evaluation uses. No membership is loaded or evaluated
        // here: the one open last time loads when a screen of the wizard needs it.
        const answers = Promise.all([callOrTake('ruleset:get', {}), refreshSummaries(callOrTake)]);
        const [ruleset, summaries] = await answers;
        // The home that opens then shows its rows in its first render (it takes their answer),
        // rather than a frame without them laid out and painted first, then another with them;
        // but rows still being evaluated (none kept yet) wait under the home's own message.
        if (homeShown(summaries)) {
          await Promise.race([answeredAhead('workspace:status', statusInput), pause(HOME_ROWS_WAIT_MS)]);
        }
        // Likewise the membership the address names (asked ahead) with its screen's code. A
        // failed load is told on the screen (openError), not as a workspace that failed to open.
        const id = addressed(summaries);
        if (id !== null) {
          const opened = open(id).catch(() => undefined);
          await Promise.race([Promise.all([opened, screenCode]), pause(ADDRESSED_WAIT_MS)]);
        }
        ready(ruleset, summaries);
      } catch (error) {
        set({ phase: 'failed', loadError: messageOf(error) });
      }
    },

    async membershipPicked(id) {
      const { current, creating, opening } = get();
      // Already open and kept current by every save: nothing to load, no "Opening…" to show.
      if (current?.id === id && !creating && opening === null) {
        set({ selectedId: id });
        return;
      }
      try {
        await open(id);
      } catch (error) {
        set({ save: { state: 'failed', message: messageOf(error) } });
      }
    },

    membershipWanted() {
      const { current, opening, openError, creating, selectedId } = get();
      if (current || opening || openError || creating || selectedId === null) return;
      void get().membershipPicked(selectedId);
    },

    newMembershipStarted() {
      // A membership still loading is not opened over the new one's form.
      set({ creating: true, opening: null });
    },

    newMembershipCancelled() {
      set({ creating: get().summaries.length === 0 });
    },

    async membershipCreated(overview) {
      const membership = await get().saved('membership:create', { overview });
      localStorage.setItem(LAST_OPEN_KEY, membership.id);
      set({ current: membership, selectedId: membership.id, creating: false });
      await refreshSummaries();
      return membership;
    },

    saved(channel, input, send = call) {
      inFlight += 1;
      set({ save: { state: 'saving' } });
      return enqueue(async () => {
        try {
          const value = await send(channel, input);
          settled(value);
          // "Saved" only once no newer save waits behind this one.
          if (inFlight === 1) set({ save: { state: 'saved', at: new Date() } });
          if (channel === 'membership:save-overview') await refreshSummaries();
          return value;
        } catch (error) {
          const message = error instanceof ApiError ? error.message : `Not saved: ${messageOf(error)}`;
          set({ save: { state: 'failed', message } });
          throw error;
        } finally {
          inFlight -= 1;
        }
      });
    },

    asOfChanged(asOf) {
      set({ asOf });
    },

    async workspaceReloaded(openId) {
      const summaries = await refreshSummaries();
      const previous = get().creating ? undefined : (get().current?.id ?? get().selectedId ?? undefined);
      const next = [openId, previous].find((id) => summaries.some((s) => s.id === id)) ?? summaries[0]?.id;
      // Read again: a load started before the change would show the membership as it was.
      if (next) await open(next, false);
      else set({ current: null, selectedId: null });
      set({ creating: summaries.length === 0 });
    },
  };
});

function isChange(value: unknown): value is MembershipChange {
  return typeof value === 'object' && value !== null && 'part' in value && 'membershipId' in value;
}

function isMembership(value: unknown): value is Membership {
  return typeof value === 'object' && value !== null && 'enrollment' in value && 'id' in value;
}
