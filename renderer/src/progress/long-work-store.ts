/**
 * The one long piece of work the window is waiting for (an import, an export, a restore, a
 * sheet import): what it is, where it stands, and whether a cancel can still stop it. Counts
 * within a step are coalesced to at most one render per frame-ish tick, however often they
 * arrive; a new step shows at once.
 */
import { create } from 'zustand';
import type { CallTag, Progress } from '../../../shared/ipc/contract';

export interface LongWork {
  readonly tag: CallTag;
  /** What was started, for people: "Importing the workspace". */
  readonly title: string;
  readonly progress: Progress | null;
  /** Whether this work may be cancelled at all (before it writes). */
  readonly cancellable: boolean;
  /** A cancel was asked for; the answer is awaited. */
  readonly cancelling: boolean;
  /** Shown in the open dialog that started it (a restore, a sheet import), not under the header. */
  readonly inDialog: boolean;
}

interface LongWorkState {
  readonly work: LongWork | null;
  /** The database process crashed and was restarted (desktop app), until the person closes the notice. */
  readonly workerRestarted: boolean;
  workStarted(work: Pick<LongWork, 'tag' | 'title' | 'cancellable' | 'inDialog'>): void;
  progressArrived(tag: CallTag, progress: Progress): void;
  cancelAsked(tag: CallTag): void;
  workEnded(tag: CallTag): void;
  workerRestartSeen(restarted: boolean): void;
}

const PAINT_EVERY_MS = 50;

export const useLongWork = create<LongWorkState>()((set, get) => {
  let latest: { tag: CallTag; progress: Progress } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const paint = () => {
    timer = null;
    const arrived = latest;
    latest = null;
    if (!arrived) return;
    set((s) => (s.work?.tag === arrived.tag ? { work: { ...s.work, progress: arrived.progress } } : s));
  };
  return {
    work: null,
    workerRestarted: false,
    workStarted: (work) => set({ work: { ...work, progress: null, cancelling: false } }),
    progressArrived(tag, progress) {
      latest = { tag, progress };
      // A new step shows at once: only counts within one step wait for the next tick, so a
      // step that ends within a tick ("Evaluating memberships — 4 of 4") is still seen.
      const shown = get().work;
      if (shown?.tag === tag && shown.progress?.what !== progress.what) {
        if (timer !== null) clearTimeout(timer);
        paint();
        return;
      }
      timer ??= setTimeout(paint, PAINT_EVERY_MS);
    },
    cancelAsked: (tag) => set((s) => (s.work?.tag === tag ? { work: { ...s.work, cancelling: true } } : s)),
    workEnded: (tag) => set((s) => (s.work?.tag === tag ? { work: null } : s)),
    workerRestartSeen: (restarted) => set({ workerRestarted: restarted }),
  };
});
