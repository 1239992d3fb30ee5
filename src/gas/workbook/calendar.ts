/**
 * Date cells ↔ CalendarDate. Sheets hands a date cell over as the instant of its midnight in the
 * spreadsheet's time zone, so the calendar day must be read in that zone, not in the script's.
 */
import type { CalendarDate } from "../../core/index";

export type DateReader = (date: Date) => CalendarDate;

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Works across realms (a Date made by another context fails `instanceof Date`). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Reads days in `timeZone` without a service call per cell; Utilities only if Intl lacks the zone. */
export function dateReader(timeZone: string): DateReader {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
  } catch {
    return (date) => parseIsoDay(Utilities.formatDate(date, timeZone, "yyyy-MM-dd"));
  }
  // A year of records holds a few hundred distinct days: each is formatted once.
  const days = new Map<number, CalendarDate>();
  return (date) => {
    const time = date.getTime();
    let day = days.get(time);
    if (!day) {
      const parts = format.formatToParts(date);
      const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
      day = { year: part("year"), month: part("month"), day: part("day") };
      days.set(time, day);
    }
    return day;
  };
}

function parseIsoDay(text: string): CalendarDate {
  const [year = 0, month = 0, day = 0] = text.split("-").map(Number);
  return { year, month, day };
}

/** Today in Asia/Ho_Chi_Minh (spec §2), whatever the zone of the script or the spreadsheet. */
export function todayInVietnam(): CalendarDate {
  return dateReader(VIETNAM_TIME_ZONE)(new Date());
}

const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/** The Sheets serial number of a day (days since 30/12/1899): a date no time zone can shift. */
export function dateSerial(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY + SERIAL_EPOCH_OFFSET;
}
