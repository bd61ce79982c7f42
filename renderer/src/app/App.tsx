/**
 * The wizard's frame: which membership, as of when, whether it is saved, and the tabs named
 * as in the partner program's page.
 */
import { Suspense, useEffect } from 'react';
import { useWorkspace } from '../store/workspace-store';
import { useNavigation } from '../store/navigation-store';
import { Tabs, type TabDefinition } from '../components/Tabs';
import { MembershipPicker } from '../tabs/overview/MembershipPicker';
import { SaveStatus } from './SaveStatus';
import { LeaveGuard } from './LeaveGuard';
import { FocusNewHeading } from './FocusNewHeading';
import { useUnsaved } from '../store/unsaved-store';
import { LongWorkBar } from '../progress/LongWorkBar';
import { AsOfControl } from './AsOfControl';
import { SECTIONS } from './sections';
import { ReadinessPanel } from './ReadinessPanel';
import { WorkspaceFileButtons } from '../first-run/WorkspaceFileButtons';
import { ExportReportButton } from '../export/ExportReportButton';
import { FinishedYearBanner, pickable } from '../home/FinishedYearBanner';
import './app.css';

const TABS: readonly TabDefinition<string>[] = SECTIONS.map(({ key, label, shortLabel, Badge }) => ({
  key,
  label,
  ...(shortLabel ? { shortLabel } : {}),
  ...(Badge ? { badge: <Badge /> } : {}),
}));

export function App() {
  const phase = useWorkspace((s) => s.phase);
  const loadError = useWorkspace((s) => s.loadError);
  const summaries = useWorkspace((s) => s.summaries);
  const lifecycle = useWorkspace((s) => s.lifecycle);
  const current = useWorkspace((s) => s.current);
  const creating = useWorkspace((s) => s.creating);
  const started = useWorkspace((s) => s.started);
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  const newMembershipStarted = useWorkspace((s) => s.newMembershipStarted);
  const section = useNavigation((s) => s.section);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const leaveRequested = useUnsaved((s) => s.leaveRequested);
  const Current = (SECTIONS.find((s) => s.key === section) ?? SECTIONS[0])?.Component;

  useEffect(() => {
    void started();
  }, [started]);
  // The home opens at start only when there is a membership to show; the first run is on the first tab.
  useEffect(() => {
    if (phase === 'ready' && useWorkspace.getState().summaries.length === 0) sectionOpened('overview');
  }, [phase, sectionOpened]);

  if (phase === 'loading') return <p className="loading">Opening the workspace…</p>;
  if (phase === 'failed') {
    return (
      <main className="fatal">
        <h1>The workspace could not be opened</h1>
        <p role="alert">{loadError}</p>
      </main>
    );
  }

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Partner Re-enrollment</h1>
        {summaries.length > 0 ? (
          <MembershipPicker
            summaries={pickable(summaries, lifecycle, current?.id)}
            currentId={creating ? null : (current?.id ?? null)}
            onPick={(id) => leaveRequested(() => void membershipPicked(id).then(contentReplaced))}
            onNew={() =>
              leaveRequested(() => {
                // No screen may go on showing the membership left behind.
                newMembershipStarted();
                sectionOpened('overview', null, 'heading');
              })
            }
          />
        ) : null}
        <AsOfControl />
        <WorkspaceFileButtons />
        <ExportReportButton />
        <SaveStatus />
      </header>
      <LeaveGuard />
      <FocusNewHeading />
      <LongWorkBar />
      <main className="app__main">
        <FinishedYearBanner />
        <div className="app__body">
          <div className="app__tabs">
            <Tabs
              label="Re-enrollment steps"
              tabs={TABS}
              selected={section}
              onSelect={(key) => sectionOpened(key)}
            >
              <Suspense fallback={<p className="loading">Opening…</p>}>
                {Current ? <Current /> : null}
              </Suspense>
            </Tabs>
          </div>
          {section === 'home' ? null : <ReadinessPanel />}
        </div>
      </main>
    </div>
  );
}
