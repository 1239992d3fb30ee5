/** An indicator's result in words, for the report and every front end: figures and requirement. */
import type { IndicatorResult } from "../result";
import type { Figures } from "./display";
import { indicatorById } from "./registry";

/** The value and threshold as short figures (`99,2%`, `≥ 90%`); empty strings when there is nothing. */
export function indicatorFigures(indicator: Pick<IndicatorResult, "id" | "value" | "threshold">): Figures {
  const found = indicatorById(indicator.id);
  if (!found) {
    const shown = (value: IndicatorResult["value"]) => (value === null ? "" : String(value));
    return { value: shown(indicator.value), threshold: shown(indicator.threshold) };
  }
  return found.display.figures(indicator.value, indicator.threshold);
}

/** The report's `Yêu cầu` sentence, with the threshold that was applied. */
export function requirementText(indicator: Pick<IndicatorResult, "id" | "name" | "threshold">): string {
  return indicatorById(indicator.id)?.requirement(indicator.threshold) ?? indicator.name;
}
