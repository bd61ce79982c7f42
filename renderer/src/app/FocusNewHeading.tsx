/**
 * After an action that replaces the content (Create membership, Review everything, a "Go to …"
 * link, opening another membership, an import or a restore), focus goes to the new content's
 * heading, so a screen reader says where the person is and Tab continues from there instead of
 * from the top of the page. Tab selection itself keeps focus on the tab (the ARIA tabs pattern).
 */
import { useEffect } from 'react';
import { useNavigation } from '../store/navigation-store';

/**
 * The open section's heading: the first visible h2 of the tab panel. While a section loads, the
 * one it replaces stays in the page, hidden (Suspense), and its heading must not be taken.
 */
function shownHeading(): HTMLElement | null {
  const headings = document.querySelectorAll<HTMLElement>('.app__tabs [role="tabpanel"] h2');
  return [...headings].find((h) => h.getClientRects().length > 0) ?? null;
}

/** Frames to wait for a lazily loaded section or a membership being read (about 2 s). */
const MAX_FRAMES = 120;

export function FocusNewHeading() {
  const request = useNavigation((s) => s.headingFocus);
  useEffect(() => {
    if (request === 0) return undefined;
    let frames = 0;
    let frame = 0;
    const tryFocus = () => {
      const heading = shownHeading();
      if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading?.focus();
      if (heading && document.activeElement === heading) return;
      if ((frames += 1) < MAX_FRAMES) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return null;
}
