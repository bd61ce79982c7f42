/**
 * Which section of the wizard is open, and which step inside it. Kept in a store so a review
 * line can link straight to the step that fixes it.
 */
import { create } from 'zustand';

export interface NavigationState {
  readonly section: string;
  /** A step key inside the section, or null for its first step. */
  readonly step: string | null;
  sectionOpened(section: string, step?: string | null): void;
}

/** The workspace home opens first; the app moves to the first tab when there is no membership yet. */
export const useNavigation = create<NavigationState>()((set) => ({
  section: 'home',
  step: null,
  sectionOpened(section, step = null) {
    set({ section, step });
  },
}));
