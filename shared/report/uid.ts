/**
 * Stable ids for deadlines: the same obligation gets the same id in every export, so a calendar
 * that imports the .ics again updates its event instead of adding a second one.
 */
import type { Deadline } from '../rules/types';

/**
 * One uid per deadline, from the membership, the kind and the subject (not the date: a renewed
 * certification moves its event). Repeats of the same key are numbered in the given order.
 */
export function deadlineUids(membershipId: string, deadlines: readonly Deadline[]): string[] {
  const seen = new Map<string, number>();
  return deadlines.map((d) => {
    const key = `${membershipId}\u0000${d.kind}\u0000${d.professionalId ?? ''}\u0000${d.subject}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${fnv1a(key)}-${count}@reenroll.partner-wizard`;
  });
}

/** FNV-1a and an FNV-style hash with another multiplier, as 16 hex digits: short, deterministic, no crypto. */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
