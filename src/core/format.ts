/** Numbers and dates the Vietnamese way, for details, the report and the sidebar (`99,2%`, `1.234`, `03/07/2023`). */
import type { CalendarDate } from "./table";

/** `1234.5` → `1.234,5`; at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = rounded < 0 ? "-" : "";
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** A share 0–1 as a percent: `0.992` → `99,2%`. */
export function formatPercent(share: number, digits = 1): string {
  return `${formatNumber(share * 100, digits)}%`;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** `dd/mm/yyyy` */
export function formatDate(date: CalendarDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** `yyyy-mm-dd` */
export function isoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
