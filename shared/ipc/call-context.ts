/** What long work reports while it runs, and how a caller asks it to stop. */

/** Where long work stands: what is being done, and how much of it. */
export interface Progress {
  readonly what: string;
  readonly done: number;
  readonly total: number;
  /** The work is writing its one transaction: a cancel no longer stops it (it loses nothing only before). */
  readonly writing?: boolean;
}

/** What a caller can give a long handler: a way to report progress, and to ask it to stop. */
export interface CallContext {
  readonly progress?: (progress: Progress) => void;
  /** Aborted when the person cancels; a handler stops only where stopping loses nothing. */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * The name a window gives one call it wants to follow: its progress events carry it, and a
 * cancel names it. Chosen by the window (a random UUID), checked by every transport.
 */
export type CallTag = string;

const CALL_TAG = /^[A-Za-z0-9-]{1,64}$/;

/** Whether `value` is a call tag a transport accepts. */
export function isCallTag(value: unknown): value is CallTag {
  return typeof value === 'string' && CALL_TAG.test(value);
}

/** One progress report of a followed call, as it reaches the window. */
export interface ProgressEvent {
  readonly call: CallTag;
  readonly progress: Progress;
}

/** Whether `value` has the shape of a progress event (it crossed a process boundary). */
export function isProgressEvent(value: unknown): value is ProgressEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { call, progress } = value as { call?: unknown; progress?: Partial<Progress> | null };
  return (
    isCallTag(call) &&
    typeof progress === 'object' &&
    progress !== null &&
    typeof progress.what === 'string' &&
    Number.isFinite(progress.done) &&
    Number.isFinite(progress.total)
  );
}

/**
 * The window's side of long calls, the same in the desktop app (the preload's `longCalls`) and
 * in browser mode: hear the progress of the calls it tagged, ask one to stop, and hear that the
 * database process was restarted after a crash.
 */
export interface LongCalls {
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  cancel(call: CallTag): void;
  onWorkerRestart(listener: () => void): () => void;
}
