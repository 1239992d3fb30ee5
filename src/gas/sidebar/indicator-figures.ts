/**
 * An indicator's value and threshold as short Vietnamese figures for the 300 px dashboard
 * (`99,2%` against `≥ 90%`); the report's long `Yêu cầu` sentences would not fit there.
 */
import { formatNumber, formatPercent, INDICATORS, type IndicatorResult } from "../../core/index";

export interface Figures {
  readonly value: string;
  readonly threshold: string;
}

const number = (value: number) => formatNumber(value, 2);

/** Indicators whose figures read in their own unit (months, quarters, yes/no, people). */
const SPECIAL: Readonly<Record<string, (value: number | string, threshold: number | string) => Figures>> = {
  SH1: (value, threshold) => ({ value: `${value}/${threshold} tháng`, threshold: "Mỗi tháng đã qua" }),
  SH2: (value, threshold) => ({ value: `${value}/${threshold} quý`, threshold: "Mỗi quý đã qua" }),
  KL5: (value, threshold) => ({ value: `nhiều nhất ${value} tháng`, threshold: `dưới ${threshold} tháng` }),
  DV3: (value, threshold) => ({
    value: `${value} xuất sắc`,
    threshold: typeof threshold === "number" ? `≤ ${number(threshold)}` : String(threshold),
  }),
  DV4: (value, threshold) => ({ value: `${value} kết nạp`, threshold: `≥ ${threshold} (chỉ tiêu)` }),
  DV5: (value, threshold) => ({ value: `${value} quá hạn`, threshold: `không quá ${threshold} ngày` }),
};

function shown(value: number | string, share: boolean): string {
  if (typeof value === "string") return value;
  return share ? formatPercent(value) : number(value);
}

export function indicatorFigures(indicator: Pick<IndicatorResult, "id" | "value" | "threshold">): Figures {
  const { value, threshold } = indicator;
  const special = SPECIAL[indicator.id];
  if (special) {
    if (value !== null && threshold !== null) return special(value, threshold);
    return { value: value === null ? "" : String(value), threshold: "" };
  }
  const kind = INDICATORS.find((definition) => definition.id === indicator.id)?.thresholdKind;
  const share = kind === "share";
  const shownValue = value === null ? "" : shown(value, share);
  if (threshold === null) return { value: shownValue, threshold: "" };
  const shownThreshold = shown(threshold, share);
  switch (kind) {
    case "classification":
      return { value: shownValue, threshold: `từ ${shownThreshold} trở lên` };
    case "maxCount":
      return { value: shownValue, threshold: `≤ ${shownThreshold}` };
    case "share":
    case "minCount":
      return { value: shownValue, threshold: `≥ ${shownThreshold}` };
    default:
      return { value: shownValue, threshold: shownThreshold };
  }
}
