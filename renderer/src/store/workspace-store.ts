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
import { createSaveQueue } from './save-queue';

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
  /** True while the person fills in a membership that does not exist yet. */
  readonly creating: boolean;
  readonly save: SaveState;
  readonly asOf: IsoDate;
  /** The ruleset the workspace is evaluated under (`ruleset:get`); null until started. */
  readonly ruleset: Ruleset | null;

  started(): Promise<void>;
  membershipPicked(id: string): Promise<void>;
  newMembershipStarted(): void;
  newMembershipCancelled(): void;
  membershipCreated(overview: OverviewInput): Promise<Membership>;
  /** Runs a save and records its outcome; rethrows so a form can show field problems. */
  saved<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  async function refreshSummaries(): Promise<readonly MembershipSummary[]> {
    const [summaries, lifecycle] = await Promise.all([
      call('workspace:list', {}),
      call('workspace:lifecycle', {}),
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

  async function open(id: string): Promise<void> {
    const membership = await call('membership:get', { id });
    localStorage.setItem(LAST_OPEN_KEY, id);
    set({ current: membership, creating: false, save: { state: 'idle' } });
  }

  return {
    phase: 'loading',
    loadError: null,
    summaries: [],
    lifecycle: { archived: [], rolledForward: {} },
    current: null,
    creating: false,
    save: { state: 'idle' },
    asOf: localToday(),
    ruleset: null,

    async started() {
      try {
        // Every screen's numbers come from evaluations under this ruleset: read it first.
        set({ ruleset: await call('ruleset:get', {}) });
        const summaries = await refreshSummaries();
        const remembered = localStorage.getItem(LAST_OPEN_KEY);
        const first = summaries.find((s) => s.id === remembered) ?? summaries[0];
        set({ phase: 'ready', creating: summaries.length === 0 });
        // The home, which opens at start, needs no membership: the last one open loads once the
        // home has painted and asked for its rows, so its evaluation never delays that paint.
        if (first) {
          await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
          await open(first.id);
        }
      } catch (error) {
        set({ phase: 'failed', loadError: messageOf(error) });
      }
    },

    async membershipPicked(id) {
      try {
        await open(id);
      } catch (error) {
        set({ save: { state: 'failed', message: messageOf(error) } });
      }
    },

    newMembershipStarted() {
      set({ creating: true });
    },

    newMembershipCancelled() {
      set({ creating: get().summaries.length === 0 });
    },

    async membershipCreated(overview) {
      const membership = await get().saved('membership:create', { overview });
      localStorage.setItem(LAST_OPEN_KEY, membership.id);
      set({ current: membership, creating: false });
      await refreshSummaries();
      return membership;
    },

    saved(channel, input) {
      inFlight += 1;
      set({ save: { state: 'saving' } });
      return enqueue(async () => {
        try {
          const value = await call(channel, input);
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
      const previous = get().creating ? undefined : get().current?.id;
      const next = [openId, previous].find((id) => summaries.some((s) => s.id === id)) ?? summaries[0]?.id;
      if (next) await open(next);
      else set({ current: null });
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
