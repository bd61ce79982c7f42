/**
 * Stable ids for deadlines: the same obligation gets the same id in every export, so a calendar
 * that imports the .ics again updates its event instead of adding a second one.
 */
import type { Deadline } from '../rules/types';

/**
 * One uid per deadline, from the membership, the kind, the professional and the subject (not the
 * date: a renewed certification moves its event). Repeats of the same hash are numbered in the
 * given order, so uids stay unique even if two keys ever hashed alike.
 */
export function deadlineUids(membershipId: string, deadlines: readonly Deadline[]): string[] {
  const seen = new Map<string, number>();
  return deadlines.map((d) => {
    const hash = hashParts([membershipId, d.kind, d.professionalId ?? '', d.subject]);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return `${hash}-${count}@reenroll.partner-wizard`;
  });
}

/**
 * FNV-1a and an FNV-style hash with another multiplier over the parts (a 0 unit between them),
 * as 16 hex digits: short, deterministic, no crypto, no joined key string to build.
 */
function hashParts(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const unit = part.charCodeAt(i);
      a = Math.imul(a ^ unit, 0x01000193);
      b = Math.imul(b ^ unit, 0x5bd1e995);
    }
    a = Math.imul(a, 0x01000193);
    b = Math.imul(b, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
