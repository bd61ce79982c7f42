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

export const useNavigation = create<NavigationState>()((set) => ({
  section: 'overview',
  step: null,
  sectionOpened(section, step = null) {
    set({ section, step });
  },
}));
