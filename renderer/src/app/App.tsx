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
import { OpeningMembership } from './OpeningMembership';
import { preloadable, useCodeArrivals } from './preloadable';
import { afterPaint } from './after-paint';
import { useAddress } from './use-address';
import type { Address } from './address';
import { forgetCallsAhead } from '../api/early-calls';
import { WorkspaceFileButtons } from '../first-run/WorkspaceFileButtons';
import { ExportReportButton } from '../export/ExportReportButton';
import { FinishedYearBanner, pickable } from '../home/FinishedYearBanner';
import './app.css';

// Beside the wizard's tabs only, never on the home that opens at start: it loads with them.
const panel = preloadable(() => import('./ReadinessPanel'), 'ReadinessPanel');
const ReadinessPanel = panel.Component;

const SECTION_KEYS = SECTIONS.map((s) => s.key);

const TABS: readonly TabDefinition<string>[] = SECTIONS.map(({ key, label, shortLabel, Badge }) => ({
  key,
  label,
  ...(shortLabel ? { shortLabel } : {}),
  ...(Badge ? { badge: <Badge /> } : {}),
}));

/**
 * Starts loading a wizard screen's code and the panel's (the home ships in the main bundle);
 * resolves once both are here (or failed: the render tries again).
 */
function preloadScreen(key: string | null): Promise<void> {
  const wanted = SECTIONS.find((s) => s.key === key && s.key !== 'home');
  if (wanted?.preload === undefined) return Promise.resolve();
  return Promise.all([wanted.preload(), panel.preload()]).then(() => undefined);
}

/**
 * A reload whose address names a screen (app/address.ts) wants that screen's code and the panel's
 * at once. Asked for as the main bundle runs, before React's first render, the chunks load while
 * React starts; asked for by the first commit's effect, they left only once it was painted.
 * Resolves once they are here: the store's start waits for it (workspace-store.ts).
 */
export function preloadAddressedScreen(address: Address): Promise<void> {
  return preloadScreen(address.section);
}

export function App() {
  const phase = useWorkspace((s) => s.phase);
  const loadError = useWorkspace((s) => s.loadError);
  const summaries = useWorkspace((s) => s.summaries);
  const lifecycle = useWorkspace((s) => s.lifecycle);
  const current = useWorkspace((s) => s.current);
  const selectedId = useWorkspace((s) => s.selectedId);
  const opening = useWorkspace((s) => s.opening);
  const creating = useWorkspace((s) => s.creating);
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  const newMembershipStarted = useWorkspace((s) => s.newMembershipStarted);
  const section = useNavigation((s) => s.section);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const leaveRequested = useUnsaved((s) => s.leaveRequested);
  const shown = SECTIONS.find((s) => s.key === section) ?? SECTIONS[0];
  const Current = shown?.Component;
  // A screen of the wizard shows the membership it is about, never the one left behind.
  const waiting =
    section !== 'home' && !creating && (opening !== null || (current === null && summaries.length > 0));
  // A screen of the wizard shows once its code and the panel's are here, never through a
  // suspended render (see preloadable.tsx); until then it says what it is opening.
  useCodeArrivals();
  const codeHere = section === 'home' || ((shown?.settled?.() ?? true) && panel.settled());
  const opened = !waiting && codeHere;
  // The screen's code loads while its membership does.
  useEffect(() => void preloadScreen(section), [section]);
  // Once the workspace is shown, the code of the screen a membership opens on loads while the
  // person looks at the home, so a click on a row waits only for its membership. (The other
  // tabs load when first opened: loading all of them here slowed that first click.)
  useEffect(() => {
    if (phase !== 'ready') return undefined;
    return afterPaint(() => void preloadScreen('overview'));
  }, [phase]);

  // The first screen's effects have taken the answers asked for at start (they run before this
  // one); what is left is stale from now on.
  useEffect(() => {
    if (phase === 'ready') forgetCallsAhead();
  }, [phase]);

  useAddress(SECTION_KEYS);

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
            currentId={creating ? null : (opening ?? current?.id ?? selectedId)}
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
                {opened ? (
                  Current ? (
                    <Current />
                  ) : null
                ) : waiting || (current !== null && !creating) ? (
                  <OpeningMembership />
                ) : (
                  <p className="loading">Opening…</p>
                )}
              </Suspense>
            </Tabs>
          </div>
          {section === 'home' || !opened ? null : (
            <Suspense fallback={null}>
              <ReadinessPanel />
            </Suspense>
          )}
        </div>
      </main>
    </div>
  );
}
