/**
 * Helpers for long handlers (see shared/ipc/call-context.ts): give a cancel one turn of the
 * event loop to arrive, and stop with a "cancelled" refusal while stopping still loses nothing.
 */
import type { CallContext } from '../../shared/ipc/contract';
import { UserFacingError } from './dispatch';

/** Lets messages that arrived meanwhile (a cancel) be handled, then throws if the call was cancelled. */
export async function checkpoint(context: CallContext, cancelled: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (context.signal?.aborted) throw new UserFacingError('cancelled', cancelled);
}
