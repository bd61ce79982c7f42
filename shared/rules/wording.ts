/**
 * Small helpers that turn facts into the sentences of details and actions, so every rule names
 * people, customers and dates the same way.
 */
import type { Level } from '../interchange/constants';
import type { Membership } from '../interchange/schema';
import { formatNumber } from '../text/format-number';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** `3 MCPs`, `1 MCP` — digits, grouped by thousands. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** `one more competency`, `2 more competencies`: words for one, digits past it. */
export function more(n: number, singular: string, plural = `${singular}s`): string {
  const amount = n === 1 ? 'one' : n < NUMBER_WORDS.length ? String(n) : formatNumber(n);
  return `${amount} more ${n === 1 ? singular : plural}`;
}

/** `A`, `A and B`, `A, B and C`, or `A, B, C and 12 others` past `max` names. */
export function nameList(names: readonly string[], max = 3): string {
  if (names.length === 0) return 'none';
  if (names.length <= max) {
    return names.length === 1
      ? (names[0] as string)
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
  }
  return `${names.slice(0, max).join(', ')} and ${count(names.length - max, 'other')}`;
}

/** The human name of a level. */
export function levelName(level: Level): string {
  return level === 'gold' ? 'Gold Certified' : level === 'certified' ? 'Certified' : 'Registered';
}

/** `Fabrikam Ltd (Seattle)`: the organization and location a membership is for. */
export function membershipLabel(membership: Membership): string {
  const { name, location } = membership.organization;
  return location ? `${name} (${location})` : name;
}

/** `Information Worker Solutions / Unified Communications`. */
export function competencyLabel(competencyName: string, specialization: string): string {
  return `${competencyName} / ${specialization}`;
}

/** Like `nameList`, naming only the first `max` items so a list of thousands costs nothing. */
export function nameListOf<T>(items: readonly T[], name: (item: T) => string, max = 3): string {
  if (items.length <= max) return nameList(items.map(name), max);
  const names = items.slice(0, max).map(name);
  return `${names.join(', ')} and ${count(items.length - max, 'other')}`;
}

/** The sentence with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
