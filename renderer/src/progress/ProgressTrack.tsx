/**
 * A progress bar labelled by the text beside it: filled to `done` of `total` once the size of the
 * work is known, otherwise a part of it travels along the track (long-work.css).
 */
import type { Progress } from '../../../shared/ipc/contract';
import { formatNumber } from '../../../shared/text/format-number';
import './long-work.css';

/** "Importing memberships — 120 of 200": what is being done and how far. */
export function progressCount(progress: Progress): string {
  return `${progress.what} — ${formatNumber(progress.done)} of ${formatNumber(progress.total)}`;
}

export interface ProgressTrackProps {
  /** The id of the element whose text names the work. */
  readonly labelId: string;
  /** What a screen reader says of the bar: "Importing memberships — 120 of 200". */
  readonly text: string;
  /** How far the work is, once its size is known (a total of one or less says nothing yet). */
  readonly done?: number | undefined;
  readonly total?: number | undefined;
}

export function ProgressTrack({ labelId, text, done = 0, total = 0 }: ProgressTrackProps) {
  const known = total > 1;
  return (
    <div
      className={`long-work__track${known ? '' : ' long-work__track--unknown'}`}
      role="progressbar"
      aria-labelledby={labelId}
      aria-valuemin={0}
      {...(known ? { 'aria-valuemax': total, 'aria-valuenow': done } : {})}
      aria-valuetext={text}
    >
      <div className="long-work__fill" style={{ transform: `scaleX(${known ? done / total : 0.3})` }} />
    </div>
  );
}
