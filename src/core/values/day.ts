/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), by the civil-calendar
 * formulas: no Date, no clock, no time zone, and fast enough for hundreds of thousands of cells.
 */
import type { CalendarDate } from "../table";

export type Day = number;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function isValidCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days from 1970-01-01 to a valid date (the year taken as starting in March, so leap days fall last). */
export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Only for valid dates: check with `isValidCalendarDate` first. */
export function toDay(date: CalendarDate): Day {
  return dayOf(date.year, date.month, date.day);
}

export function fromDay(day: Day): CalendarDate {
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1,
  };
}

export function yearOfDay(day: Day): number {
  return fromDay(day).year;
}

export function monthOfDay(day: Day): number {
  return fromDay(day).month;
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
