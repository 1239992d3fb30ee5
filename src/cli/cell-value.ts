/**
 * ExcelJS cell values as the engine's CellValue. ExcelJS gives dates as JS Dates at UTC midnight of
 * the day shown, so the day is read from the UTC components, never from the machine's time zone.
 */
import type { CalendarDate, CellValue } from "../core/index";

const fromDate = (date: Date): CalendarDate | null =>
  Number.isNaN(date.getTime())
    ? null
    : { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return fromDate(value);
  if (typeof value !== "object") return String(value);
  const shaped = value as Record<string, unknown>;
  if (Array.isArray(shaped.richText)) {
    return shaped.richText.map((run: { text?: unknown }) => String(run?.text ?? "")).join("");
  }
  if ("formula" in shaped || "sharedFormula" in shaped) {
    // Without a saved result, the formula's text: not blank, and never a value the CLI made up.
    return isUncalculatedFormula(value)
      ? `=${String(shaped.formula ?? shaped.sharedFormula ?? "")}`
      : toCellValue(shaped.result);
  }
  if ("hyperlink" in shaped || "text" in shaped) return toCellValue(shaped.text);
  if ("error" in shaped) return String(shaped.error);
  return null;
}

/** A formula cell saved without its result: only a spreadsheet program can compute it. */
export function isUncalculatedFormula(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const shaped = value as Record<string, unknown>;
  return (
    ("formula" in shaped || "sharedFormula" in shaped) &&
    (shaped.result === undefined || shaped.result === null)
  );
}
