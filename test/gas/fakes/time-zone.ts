/** Wall-clock arithmetic in a named time zone, as the platform does for date cells. */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatFor(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a date cell holds: midnight of that day in the zone. */
export function midnightIn(timeZone: string, year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(first, timeZone));
}

const SERIAL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/** A date serial (days since 30/12/1899) as the Date getValues() returns in that zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  const day = new Date((Math.floor(serial) - SERIAL_EPOCH_OFFSET) * MS_PER_DAY);
  const midnight = midnightIn(timeZone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  return new Date(midnight.getTime() + (serial - Math.floor(serial)) * MS_PER_DAY);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Utilities.formatDate for the patterns yyyy, MM, dd, HH, mm, ss. */
export function formatInZone(date: Date, timeZone: string, pattern: string): string {
  const clock = wallClock(date, timeZone);
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => {
    switch (token) {
      case "yyyy":
        return pad(clock.year, 4);
      case "MM":
        return pad(clock.month);
      case "dd":
        return pad(clock.day);
      case "HH":
        return pad(clock.hour);
      case "mm":
        return pad(clock.minute);
      default:
        return pad(clock.second);
    }
  });
}
