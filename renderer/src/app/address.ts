/**
 * The screen shown, kept in the address's fragment (`#membership=…&screen=…&step=…`), so a
 * reload (View → Reload, F5 in browser mode, the window reloaded after a crash) opens the same
 * membership on the same screen and step instead of the workspace home, and browser mode's
 * address can be bookmarked. A new window, as at start, has none: the home opens. Other
 * parameters of the fragment (browser mode's `token`) are kept as they are.
 */

export interface Address {
  /** The membership open in the wizard; null on the home. */
  readonly membershipId: string | null;
  /** The section's key (app/sections.tsx); null for the home. */
  readonly section: string | null;
  /** The step's key inside the section; null for its first step. */
  readonly step: string | null;
}

export const NO_ADDRESS: Address = { membershipId: null, section: null, step: null };

const KEYS = { membershipId: 'membership', section: 'screen', step: 'step' } as const;

/** What a fragment (`#…`, or empty) names; a screen without a membership names nothing. */
export function readAddress(hash: string): Address {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const membershipId = params.get(KEYS.membershipId) || null;
  const section = params.get(KEYS.section) || null;
  if (membershipId === null || section === null) return NO_ADDRESS;
  return { membershipId, section, step: params.get(KEYS.step) || null };
}

/** `hash` with `address` in place of the one it names (the home: none), its other parameters kept. */
export function withAddress(hash: string, address: Address): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of Object.values(KEYS)) params.delete(key);
  if (address.membershipId !== null && address.section !== null) {
    params.set(KEYS.membershipId, address.membershipId);
    params.set(KEYS.section, address.section);
    if (address.step !== null) params.set(KEYS.step, address.step);
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The address this page was opened with (read once: later changes are the page's own). */
export const addressAtStart: Address =
  typeof window === 'undefined' ? NO_ADDRESS : readAddress(window.location.hash);
