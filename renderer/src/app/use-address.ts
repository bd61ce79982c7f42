/**
 * Keeps the page's address naming the screen shown (app/address.ts), and falls back to the
 * home when the address named a membership or a screen that no longer exists.
 */
import { useEffect } from 'react';
import { useNavigation } from '../store/navigation-store';
import { useWorkspace } from '../store/workspace-store';
import { NO_ADDRESS, addressAtStart, withAddress } from './address';

export function useAddress(sectionKeys: readonly string[]): void {
  const phase = useWorkspace((s) => s.phase);
  const creating = useWorkspace((s) => s.creating);
  // The membership being opened, else the one open, else the one the header names.
  const membershipId = useWorkspace((s) => s.opening ?? s.current?.id ?? s.selectedId);
  const section = useNavigation((s) => s.section);
  const step = useNavigation((s) => s.step);
  const sectionOpened = useNavigation((s) => s.sectionOpened);

  // Once the workspace is read (only then: the address is the one the page was opened with): a
  // membership deleted since, or a screen unknown to this version.
  useEffect(() => {
    const { summaries } = useWorkspace.getState();
    if (phase !== 'ready' || summaries.length === 0) return;
    const gone =
      addressAtStart.membershipId !== null && !summaries.some((s) => s.id === addressAtStart.membershipId);
    if (gone || !sectionKeys.includes(useNavigation.getState().section)) sectionOpened('home');
  }, [phase, sectionKeys, sectionOpened]);

  useEffect(() => {
    if (phase !== 'ready') return;
    const shown =
      section === 'home' || creating || membershipId === null ? NO_ADDRESS : { membershipId, section, step };
    const hash = withAddress(window.location.hash, shown);
    if (hash === window.location.hash) return;
    // Replaced, not pushed: the screens are not pages to go back through.
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }, [phase, section, step, membershipId, creating]);
}
