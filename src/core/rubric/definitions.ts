/**
 * The four criteria and their 26 indicators (spec §4): codes, names, default thresholds and how a
 * threshold of `Cấu hình` is read. Rules live in one file per criterion beside this one.
 */

import type { CriterionId } from "../result";
import type { Classification } from "../schema";

/** How an indicator's threshold is typed in `Cấu hình`. */
export type ThresholdKind =
  | "classification"
  /** a fraction 0–1 (typed 0,7 or 70 or 70%) */
  | "share"
  /** at most this many */
  | "maxCount"
  /** at least this many */
  | "minCount"
  /** months of unexcused absence that fail (KL5) */
  | "months"
  /** calendar days (DV5) */
  | "days"
  /** takes no threshold (SH1, SH2, SH10, KL4, DV4) */
  | "none";

export type Threshold = number | Classification | null;

export interface IndicatorDefinition {
  readonly id: string;
  readonly criterion: CriterionId;
  readonly name: string;
  readonly thresholdKind: ThresholdKind;
  readonly defaultThreshold: Threshold;
}

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

const indicator = (
  id: string,
  name: string,
  thresholdKind: ThresholdKind,
  defaultThreshold: Threshold,
): IndicatorDefinition => ({
  id,
  criterion: id.slice(0, 2) as CriterionId,
  name,
  thresholdKind,
  defaultThreshold,
});

/** In the order of the JSON result and the report. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  indicator("NV1", "Xếp loại chi bộ", "classification", "HTTNV"),
  indicator("NV2", "Xếp loại cơ quan, đơn vị", "classification", "HTTNV"),
  indicator("NV3", "Nhiệm vụ hoàn thành đúng hạn", "share", 1),
  indicator("NV4", "CBCCVC hoàn thành tốt nhiệm vụ trở lên", "share", 0.9),
  indicator("NV5", "Không có khiếu nại tồn đọng, vượt cấp", "maxCount", 0),
  indicator("NV6", "Thực hiện kiểm tra, giám sát", "minCount", 1),
  indicator("SH1", "Sinh hoạt thường kỳ hằng tháng", "none", null),
  indicator("SH2", "Sinh hoạt chuyên đề hằng quý", "none", null),
  indicator("SH3", "Chi ủy họp trước sinh hoạt chi bộ", "share", 1),
  indicator("SH4", "Thời lượng sinh hoạt", "share", 1),
  indicator("SH5", "Cuộc sinh hoạt đạt Tốt", "share", 0.7),
  indicator("SH6", "Không có cuộc dưới Khá", "maxCount", 0),
  indicator("SH7", "Tỷ lệ dự sinh hoạt", "share", 0.9),
  indicator("SH8", "Biên bản đầy đủ", "share", 1),
  indicator("SH9", "Cam kết tu dưỡng, rèn luyện đạt Tốt trở lên", "share", 1),
  indicator("SH10", "Chào cờ đầu tuần", "none", null),
  indicator("KL1", "Không có đảng viên bị kỷ luật", "maxCount", 0),
  indicator("KL2", "Không có đảng viên vi phạm", "maxCount", 0),
  indicator("KL3", "Không có biểu hiện mất đoàn kết", "maxCount", 0),
  indicator("KL4", "Có quy chế làm việc", "none", null),
  indicator("KL5", "Không có đảng viên bỏ sinh hoạt", "months", 3),
  indicator("DV1", "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "share", 0.8),
  indicator("DV2", "Không có đảng viên không hoàn thành nhiệm vụ", "maxCount", 0),
  indicator("DV3", "Tỷ lệ xuất sắc đúng quy định", "share", 0.2),
  indicator("DV4", "Kết nạp đảng viên mới", "none", null),
  indicator("DV5", "Chuyển đảng viên chính thức đúng hạn", "days", 42),
];

export function indicatorDefinition(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((definition) => definition.id === id);
}
