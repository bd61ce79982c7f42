/**
 * Dates from spreadsheet cells: ISO text, real date cells, serial numbers (read only from cells
 * the spreadsheet formats as dates), and day/month text — the last only once the person has said
 * which order their file uses. An ambiguous date is never guessed.
 */
import { fromEpochDay, isIsoDate, type IsoDate } from '../dates';
import type { DateOrder } from './types';

/** 1970-01-01 as a serial number of the 1900 date system. */
const SERIAL_OF_EPOCH = 25_569;
/** Serial 60 is Lotus' 1900-02-29, a day that never was; the serials before it are one day off. */
const LOTUS_LEAP_DAY = 60;

/** The date of a spreadsheet serial number (1900 date system; the time of day is dropped). */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (day === LOTUS_LEAP_DAY) return null;
  return fromEpochDay(day - SERIAL_OF_EPOCH + (day < LOTUS_LEAP_DAY ? 1 : 0));
}

/**
 * The calendar date a spreadsheet library's Date stands for. Libraries build them at UTC
 * midnight of the cell's date, so the UTC fields are the cell's day whatever the time zone.
 */
export function dateOfCell(value: Date): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null;
  return value.toISOString().slice(0, 10);
}

export type DateReading =
  | { readonly ok: true; readonly date: IsoDate }
  | { readonly ok: false; readonly code: 'not-a-date' | 'date-order-needed' };

const ISO_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

/** Reads date text: `2009-03-01` always; `01/03/2009` only with a stated order. */
export function readDateText(text: string, order: DateOrder | null): DateReading {
  const trimmed = text.trim();
  // The common case, checked without a regex match (a sheet can hold tens of thousands of dates).
  if (isIsoDate(trimmed)) return { ok: true, date: trimmed };
  const iso = ISO_PREFIX.exec(trimmed);
  if (iso) {
    const date = `${iso[1]}-${pad(iso[2] as string)}-${pad(iso[3] as string)}`;
    return isIsoDate(date) ? { ok: true, date } : { ok: false, code: 'not-a-date' };
  }
  const dm = DAY_MONTH.exec(trimmed);
  if (!dm) return { ok: false, code: 'not-a-date' };
  if (order === null) return { ok: false, code: 'date-order-needed' };
  const [first, second, year] = [dm[1] as string, dm[2] as string, dm[3] as string];
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date) ? { ok: true, date } : { ok: false, code: 'not-a-date' };
}
