/**
 * Which section of the wizard is open, and which step inside it. Kept in a store so a review
 * line can link straight to the step that fixes it.
 */
import { create } from 'zustand';
import { addressAtStart } from '../app/address';

/** `'heading'`: the action replaced what the person was reading, so focus goes to the new heading. */
export type FocusAfterOpen = 'keep' | 'heading';

export interface NavigationState {
  readonly section: string;
  /** A step key inside the section, or null for its first step. */
  readonly step: string | null;
  /** Counts the requests to focus the shown content's heading (`FocusNewHeading` answers them). */
  readonly headingFocus: number;
  sectionOpened(section: string, step?: string | null, focus?: FocusAfterOpen): void;
  /** The content was replaced in place (another membership opened, an import, a restore). */
  contentReplaced(): void;
}

/**
 * The workspace home opens first, unless the address names a membership's screen (a reload, see
 * app/address.ts); the app moves to the first tab when there is no membership yet.
 */
export const useNavigation = create<NavigationState>()((set) => ({
  section: addressAtStart.section ?? 'home',
  step: addressAtStart.step,
  headingFocus: 0,
  sectionOpened(section, step = null, focus = 'keep') {
    set((s) => ({ section, step, headingFocus: s.headingFocus + (focus === 'heading' ? 1 : 0) }));
  },
  contentReplaced() {
    set((s) => ({ headingFocus: s.headingFocus + 1 }));
  },
}));
