/**
 * The window's one progress component for long work: what is being done and how far ("Importing
 * memberships — 120 of 200"), a Cancel button while cancelling still loses nothing, and a polite
 * announcement of each new phase (not of every number). Under the header for work started from
 * the window; inside the dialog for work a dialog started. Also the notice that the database
 * process was restarted after a crash.
 */
import { useEffect } from 'react';
import { getLongCalls } from '../api/client';
import { useLongWork, type LongWork } from './long-work-store';
import { cancelLong } from './run-long';
import { ProgressTrack, progressCount } from './ProgressTrack';
import './long-work.css';

/** "Importing memberships — 120 of 200", or the phase alone while its size is unknown. */
export function describeWork(work: LongWork): string {
  const progress = work.progress;
  if (!progress) return `${work.title}…`;
  if (progress.total <= 1 && progress.done === 0) return `${work.title}: ${progress.what.toLowerCase()}…`;
  return progressCount(progress);
}

/** Under the header: the crash notice and the window's long work. */
export function LongWorkBar() {
  const restarted = useLongWork((s) => s.workerRestarted);
  const restartSeen = useLongWork((s) => s.workerRestartSeen);
  useEffect(() => getLongCalls().onWorkerRestart(() => restartSeen(true)), [restartSeen]);
  return (
    <>
      {restarted && (
        <div className="long-work long-work--alert" role="alert">
          <p className="long-work__what">
            The database process stopped unexpectedly and was restarted. Everything the app said was saved is
            kept; a change in progress at that moment was not saved.
          </p>
          <button type="button" className="button button--small" onClick={() => restartSeen(false)}>
            Dismiss
          </button>
        </div>
      )}
      <LongWorkProgress inDialog={false} />
    </>
  );
}

/** The current long work, if it belongs here (`inDialog` matches where it was started). */
export function LongWorkProgress({ inDialog }: { readonly inDialog: boolean }) {
  const work = useLongWork((s) => s.work);
  if (!work || work.inDialog !== inDialog) return null;
  const text = describeWork(work);
  const progress = work.progress;
  const writing = progress?.writing === true;
  const canCancel = work.cancellable && !writing && !work.cancelling;
  const labelId = `long-work-${work.tag}`;
  return (
    <section className="long-work" aria-label={work.title} data-testid="long-work">
      <p className="long-work__what" id={labelId}>
        {text}
        {work.cancelling ? ' — cancelling…' : ''}
      </p>
      <ProgressTrack labelId={labelId} text={text} done={progress?.done} total={progress?.total} />
      {work.cancellable && (
        <button
          type="button"
          className="button button--small"
          disabled={!canCancel}
          title={writing ? 'The changes are being written; this can no longer be cancelled.' : undefined}
          onClick={() => cancelLong(work.tag)}
        >
          Cancel
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {work.cancelling ? 'Cancelling' : (progress?.what ?? work.title)}
      </p>
    </section>
  );
}
