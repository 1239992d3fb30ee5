/** The report's one-cell conclusion (spec §7): the verdict, then what stands in its way. */
import type { CriterionResult, Evaluation, Status } from "../result";
import { verdictText } from "../verdict";

/** `Chất lượng sinh hoạt tốt (SH4 Thời lượng sinh hoạt; SH7 Tỷ lệ dự sinh hoạt)` */
function criterionWithIndicators(criterion: CriterionResult, status: Status): string {
  const indicators = criterion.indicators
    .filter((indicator) => indicator.status === status)
    .map((indicator) => `${indicator.id} ${indicator.name}`);
  return indicators.length > 0 ? `${criterion.name} (${indicators.join("; ")})` : criterion.name;
}

function listed(evaluation: Evaluation, status: Status): string {
  return evaluation.criteria
    .filter((criterion) => criterion.status === status)
    .map((criterion) => criterionWithIndicators(criterion, status))
    .join("; ");
}

/**
 * The fixed opening of the conclusion, by overall status: what the roll-up reads the verdict from.
 * Missing and n/a share one opening (not enough to judge).
 */
export function conclusionOpening(status: Status, year: number): string {
  if (status === "pass") return `Đề nghị công nhận đạt "Chi bộ bốn tốt" năm ${year}`;
  return verdictText(status, year);
}

export function conclusionText(evaluation: Evaluation): string {
  const opening = conclusionOpening(evaluation.status, evaluation.year);
  if (evaluation.status === "pass") return `${opening}.`;
  if (evaluation.status === "fail") {
    return `${opening}.\nTiêu chí chưa đạt: ${listed(evaluation, "fail")}.`;
  }
  const missing = listed(evaluation, "missing");
  const reason = missing
    ? `Còn thiếu dữ liệu: ${missing}.`
    : "Không có chỉ báo nào được áp dụng (xem trang Cấu hình).";
  return `${opening}.\n${reason}`;
}
