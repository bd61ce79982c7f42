/**
 * Every membership being evaluated in the main process, for the home's rows (at start on a new
 * day, after the asOf changed, after an upgrade: whatever is not kept at that date) or for the
 * deadlines of all memberships: a few seconds for 200 memberships of 500 MCPs. Says how many
 * are done, from the progress the call reports.
 */
import type { Progress } from '../../../shared/ipc/contract';
import type { Fetched } from '../api/use-channel';
import { ProgressTrack, progressCount } from './ProgressTrack';
import './long-work.css';

/** "Evaluating memberships — 57 of 200", or the general sentence before the count is known. */
export function evaluatingText(progress: Progress | undefined): string {
  if (progress === undefined || progress.total === 0) return 'Evaluating every membership…';
  return progressCount(progress);
}

/**
 * Whether a call followed with its progress is evaluating: at first, or in a refresh that
 * evaluates more than one membership (a new asOf) above the rows it will replace. One changed
 * membership is back too soon to show anything.
 */
export function evaluatingShown(fetched: Fetched<unknown>): boolean {
  if (fetched.state === 'loading') return true;
  return fetched.state === 'ready' && fetched.progress !== undefined && fetched.progress.total > 1;
}

export function EvaluatingProgress({
  progress,
  id,
}: {
  readonly progress: Progress | undefined;
  /** Names the sentence the bar is labelled by; one per screen. */
  readonly id: string;
}) {
  const text = evaluatingText(progress);
  return (
    <div className="evaluating" data-testid={id}>
      <p className="evaluating__what" id={`${id}-what`}>
        {text}
      </p>
      <ProgressTrack labelId={`${id}-what`} text={text} done={progress?.done} total={progress?.total} />
    </div>
  );
}
