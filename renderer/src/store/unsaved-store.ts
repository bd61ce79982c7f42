/**
 * Edits the person made that are not saved because they are invalid: what is wrong, where the
 * field is (section, step, field name) and the values typed, so the save status can say so and
 * link to the field, a form shown again gets its edit back, and leaving the membership asks first.
 */
import { create } from 'zustand';

export interface UnsavedEdit {
  /** The open membership's id and the form's own key: one edit per form. */
  readonly key: string;
  /** The first invalid field's error, a sentence starting with a capital. */
  readonly message: string;
  /** The field's react-hook-form name (`scorePercent`, `organization.name`). */
  readonly field: string;
  /** Where the form is shown: the navigation section and step. */
  readonly section: string;
  readonly step: string | null;
  /** The form's values as typed, restored when the form is shown again. */
  readonly values: unknown;
}

export interface UnsavedState {
  readonly edits: Readonly<Record<string, UnsavedEdit>>;
  /** What waits for the person's answer in the leave dialog, or null. */
  readonly leaving: (() => void) | null;
  editRefused(edit: UnsavedEdit): void;
  editSaved(key: string): void;
  /** Runs `action` now, or after the person confirms that the invalid edits may be dropped. */
  leaveRequested(action: () => void): void;
  leaveConfirmed(): void;
  leaveCancelled(): void;
}

export const useUnsaved = create<UnsavedState>()((set, get) => ({
  edits: {},
  leaving: null,
  editRefused(edit) {
    set({ edits: { ...get().edits, [edit.key]: edit } });
  },
  editSaved(key) {
    if (!(key in get().edits)) return;
    const { [key]: _saved, ...rest } = get().edits;
    set({ edits: rest });
  },
  leaveRequested(action) {
    if (Object.keys(get().edits).length === 0) action();
    else set({ leaving: action });
  },
  leaveConfirmed() {
    const action = get().leaving;
    set({ edits: {}, leaving: null });
    action?.();
  },
  leaveCancelled() {
    set({ leaving: null });
  },
}));

/** The first unsaved edit, the one the save status names. */
export function firstUnsaved(edits: UnsavedState['edits']): UnsavedEdit | null {
  return Object.values(edits)[0] ?? null;
}

/** Field focusers of the forms on screen, by edit key: the status's link calls one. */
const focusers = new Map<string, (field: string) => void>();

export function registerFocuser(key: string, focus: (field: string) => void): () => void {
  focusers.set(key, focus);
  return () => {
    if (focusers.get(key) === focus) focusers.delete(key);
  };
}

/** Focuses the edit's field once its form is on screen (it may be opening right now). */
export function focusUnsaved(edit: UnsavedEdit, tries = 30): void {
  const focus = focusers.get(edit.key);
  if (focus) focus(edit.field);
  else if (tries > 0) setTimeout(() => focusUnsaved(edit, tries - 1), 30);
}
