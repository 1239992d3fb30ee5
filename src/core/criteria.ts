/** The four criteria of the model (spec §4), in the order of the result and the report. */
import type { CriterionId } from "./result";

export interface CriterionDefinition {
  readonly id: CriterionId;
  readonly name: string;
}

export const CRITERIA: readonly CriterionDefinition[] = [
  { id: "NV", name: "Hoàn thành tốt nhiệm vụ chính trị" },
  { id: "SH", name: "Chất lượng sinh hoạt tốt" },
  { id: "KL", name: "Đoàn kết, kỷ luật tốt" },
  { id: "DV", name: "Cán bộ, đảng viên tốt" },
];
