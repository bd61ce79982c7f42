/**
 * The first run, while the workspace holds no membership: start empty (the new-membership
 * form, given as children) or open the sample workspace to look around first. An interchange
 * file can also be imported from the header.
 */
import { useState, type ReactNode } from 'react';
import { callLong } from '../progress/run-long';
import { useWorkspace } from '../store/workspace-store';
import { firstImportedId } from './workspace-files';
import './first-run.css';

export function FirstRun({ children }: { readonly children: ReactNode }) {
  const [startedEmpty, setStartedEmpty] = useState(false);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const workspaceReloaded = useWorkspace((s) => s.workspaceReloaded);

  if (startedEmpty) return <>{children}</>;

  async function openSample() {
    setOpening(true);
    setError(null);
    try {
      const summary = await callLong('workspace:open-sample', {}, { title: 'Opening the sample workspace' });
      await workspaceReloaded(firstImportedId(summary));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setOpening(false);
    }
  }

  return (
    <section aria-labelledby="first-run-heading" className="step first-run">
      <h2 id="first-run-heading">Welcome</h2>
      <p className="step__intro">
        This workspace holds no membership yet. Everything you enter stays on this computer, and you can come
        back to it at any time.
      </p>
      <div className="cards first-run__choices">
        <div className="card first-run__choice">
          <h3>Start empty</h3>
          <p>
            Enter your organization, its location and the date its enrollment expires, then work through the
            steps.
          </p>
          <button type="button" className="button button--primary" onClick={() => setStartedEmpty(true)}>
            Start empty
          </button>
        </div>
        <div className="card first-run__choice">
          <h3>Look at an example first</h3>
          <p>
            Opens a sample workspace with a made-up organization (Fabrikam), so you can see every screen
            filled in. It is stored in this workspace like any other membership.
          </p>
          <button type="button" className="button" disabled={opening} onClick={() => void openSample()}>
            {opening ? 'Opening the sample…' : 'Open the sample workspace'}
          </button>
        </div>
      </div>
      <p className="card__note">To bring in a file exported earlier, use Import… at the top of the window.</p>
      {error ? (
        <p className="field__error" role="alert">
          The sample could not be opened: {error}
        </p>
      ) : null}
    </section>
  );
}
