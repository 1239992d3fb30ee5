/** A date cell read for a front end: the calendar date, blank, or the Vietnamese reason it is not a date. */
import type { CalendarDate, CellValue } from "../table";
import { type CellRead, readDate } from "./cell";
import { fromDay } from "./day";

export function readCalendarDate(cell: CellValue | undefined): CellRead<CalendarDate> {
  const read = readDate(cell);
  return read.kind === "value" ? { kind: "value", value: fromDay(read.value) } : read;
}
