/**
 * An indicator's value and threshold as short Vietnamese figures (`99,2%` against `≥ 90%`): what the
 * sidebar, the CLI summary and the custom functions show. Each indicator picks one of these.
 */
import { formatNumber, formatPercent } from "../format";
import type { Measured } from "../rubric/measured";

export interface Figures {
  /** `99,2%`, `9/10 tháng`, `HTTNV`; empty when there is nothing to show. */
  readonly value: string;
  /** `≥ 90%`, `≤ 0`; empty when the indicator takes none. */
  readonly threshold: string;
}

type Shown = NonNullable<Measured["value"]>;

export interface ValueDisplay {
  figures(value: Measured["value"], threshold: Measured["threshold"]): Figures;
}

const number = (value: number) => formatNumber(value, 2);
const plain = (value: Shown) => (typeof value === "string" ? value : number(value));
const percent = (value: Shown) => (typeof value === "string" ? value : formatPercent(value));

/** Value and threshold each shown on its own; a null one is empty. */
function separate(value: (shown: Shown) => string, threshold: (shown: Shown) => string): ValueDisplay {
  return {
    figures: (v, t) => ({ value: v === null ? "" : value(v), threshold: t === null ? "" : threshold(t) }),
  };
}

/** Value and threshold read together (`9/12 tháng`); with either unknown only the bare value shows. */
function together(both: (value: Shown, threshold: Shown) => Figures): ValueDisplay {
  return {
    figures: (v, t) =>
      v !== null && t !== null ? both(v, t) : { value: v === null ? "" : String(v), threshold: "" },
  };
}

/** A share against a minimum share: `93,3%`, `≥ 90%`. */
export const shareDisplay = separate(percent, (t) => `≥ ${percent(t)}`);
/** A count against a maximum: `1`, `≤ 0`. */
export const atMostDisplay = separate(plain, (t) => `≤ ${plain(t)}`);
/** A count against a minimum: `2`, `≥ 1`. */
export const atLeastDisplay = separate(plain, (t) => `≥ ${plain(t)}`);
/** A classification against the lowest that passes: `HTTNV`, `từ HTTNV trở lên`. */
export const classificationDisplay = separate(plain, (t) => `từ ${plain(t)} trở lên`);
/** A yes/no item: `Có`, `Có`. */
export const yesNoDisplay = separate(plain, plain);

/** Periods with a meeting out of the periods elapsed: `9/9 tháng`, `Mỗi tháng đã qua`. */
export function periodsDisplay(period: string): ValueDisplay {
  return together((value, threshold) => ({
    value: `${value}/${threshold} ${period}`,
    threshold: `Mỗi ${period} đã qua`,
  }));
}

/** A count in its own words: `2 kết nạp`, `≥ 1 (chỉ tiêu)`. */
export function countDisplay(
  value: (value: Shown) => string,
  threshold: (threshold: Shown) => string,
): ValueDisplay {
  return together((shown, limit) => ({ value: value(shown), threshold: threshold(limit) }));
}

/** The figures with a number shown in its unit, for a threshold the rule computed (`≤ 1,8`). */
export const limitText = (threshold: Shown) =>
  typeof threshold === "number" ? `≤ ${number(threshold)}` : threshold;
