/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian). Pure ECMAScript:
 * `Date.UTC` is used as a calendar, never as a clock or a time zone.
 */
import type { CalendarDate } from "../table";

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function isValidCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/** `setUTCFullYear` rather than `Date.UTC`, which would read years 0–99 as 1900–1999. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Only for valid dates: check with `isValidCalendarDate` first. */
export function toDay(date: CalendarDate): Day {
  return Math.round(utc(date.year, date.month, date.day).getTime() / MS_PER_DAY);
}

export function fromDay(day: Day): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayOf(year: number, month: number, day: number): Day {
  return toDay({ year, month, day });
}

export function yearOfDay(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function monthOfDay(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** Same day `months` later, clamped to the month's end (29/02 + 12 months = 28/02). */
export function addMonths(day: Day, months: number): Day {
  const date = fromDay(day);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(year, month, Math.min(date.day, daysInMonth(year, month)));
}

export function lastDayOfMonth(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}
