/**
 * What the engine reads from and writes to a spreadsheet, whatever the front end.
 * Both the Apps Script adapter and the xlsx adapter translate their own cells to these.
 */

/** A calendar day with no time and no time zone (a date cell, as the secretary sees it). */
export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/**
 * One cell as read. Empty cells are `""` or `null`; a date cell arrives as a CalendarDate,
 * never as a JavaScript Date (the adapter knows the spreadsheet's time zone, the engine does not).
 */
export type CellValue = string | number | boolean | CalendarDate | null;

/** One tab: its name as written in the workbook and its values, row 0 being the header row. */
export interface SheetTable {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** Every tab of the workbook, in any order, with names as typed by the user. */
export type WorkbookTables = readonly SheetTable[];

export function isCalendarDate(value: unknown): value is CalendarDate {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CalendarDate).year === "number" &&
    typeof (value as CalendarDate).month === "number" &&
    typeof (value as CalendarDate).day === "number"
  );
}
