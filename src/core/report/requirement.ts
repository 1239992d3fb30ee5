/**
 * The `Yêu cầu` column: each indicator's rule in the secretary's words, with the threshold that was
 * applied (the one in the result, so a `Cấu hình` override shows). A null threshold gives the rule
 * without a figure.
 */
import { formatNumber, formatPercent } from "../format";
import type { IndicatorResult } from "../result";
import { CLASSIFICATIONS } from "../schema";

type Threshold = IndicatorResult["threshold"];

const numeric = (threshold: Threshold): number | null => (typeof threshold === "number" ? threshold : null);

function classificationLabel(threshold: Threshold): string | null {
  if (typeof threshold !== "string") return null;
  return CLASSIFICATIONS.find((item) => item.key === threshold)?.label ?? threshold;
}

/** `Ít nhất 90% …`, or `100% …` when nothing less will do. */
function atLeastShare(threshold: Threshold, what: string): string {
  const share = numeric(threshold);
  if (share === null) return `Tỷ lệ ${what} đạt mức quy định`;
  if (share >= 1) return `100% ${what}`;
  return `Ít nhất ${formatPercent(share)} ${what}`;
}

/** `Không có …` at zero, else `Không quá n …`. */
function atMost(threshold: Threshold, none: string, some: (count: string) => string): string {
  const count = numeric(threshold);
  if (count === null || count <= 0) return none;
  return some(formatNumber(count, 2));
}

const RULES: Readonly<Record<string, (threshold: Threshold) => string>> = {
  NV1: (t) => {
    const label = classificationLabel(t);
    return label ? `Chi bộ xếp loại từ "${label}" trở lên` : "Chi bộ xếp loại theo mức quy định";
  },
  NV2: (t) => {
    const label = classificationLabel(t);
    return label
      ? `Cơ quan, đơn vị xếp loại từ "${label}" trở lên`
      : "Cơ quan, đơn vị xếp loại theo mức quy định";
  },
  NV3: (t) => atLeastShare(t, "nhiệm vụ, chỉ tiêu hoàn thành đúng hạn"),
  NV4: (t) => atLeastShare(t, "CBCCVC, người lao động hoàn thành tốt nhiệm vụ"),
  NV5: (t) =>
    atMost(
      t,
      "Không có khiếu nại, tố cáo tồn đọng, vượt cấp",
      (n) => `Không quá ${n} vụ khiếu nại, tố cáo tồn đọng, vượt cấp`,
    ),
  NV6: (t) => {
    const count = numeric(t);
    return count === null
      ? "Có thực hiện kiểm tra, giám sát"
      : `Ít nhất ${formatNumber(count, 2)} cuộc kiểm tra, giám sát`;
  },
  SH1: (t) => {
    const months = numeric(t);
    return months === null
      ? "Mỗi tháng sinh hoạt thường kỳ ít nhất một lần"
      : `Mỗi tháng sinh hoạt thường kỳ ít nhất một lần (${formatNumber(months)} tháng đã qua)`;
  },
  SH2: (t) => {
    const quarters = numeric(t);
    return quarters === null
      ? "Mỗi quý sinh hoạt chuyên đề ít nhất một lần"
      : `Mỗi quý sinh hoạt chuyên đề ít nhất một lần (${formatNumber(quarters)} quý đã qua)`;
  },
  SH3: (t) => atLeastShare(t, "cuộc sinh hoạt thường kỳ có chi ủy họp trước, không quá 31 ngày"),
  SH4: (t) =>
    `${atLeastShare(t, "cuộc sinh hoạt đủ thời lượng")} (từ 90 phút; kết hợp chuyên đề từ 120 phút)`,
  SH5: (t) => atLeastShare(t, "cuộc sinh hoạt xếp loại Tốt"),
  SH6: (t) =>
    atMost(
      t,
      "Không có cuộc sinh hoạt xếp loại Trung bình, Kém",
      (n) => `Không quá ${n} cuộc sinh hoạt xếp loại Trung bình, Kém`,
    ),
  SH7: (t) => {
    const share = numeric(t);
    return share === null
      ? "Tỷ lệ đảng viên dự sinh hoạt bình quân đạt mức quy định"
      : `Tỷ lệ đảng viên dự sinh hoạt bình quân từ ${formatPercent(share)} trở lên`;
  },
  SH8: (t) => atLeastShare(t, "cuộc sinh hoạt có biên bản"),
  SH9: (t) => atLeastShare(t, "đảng viên thực hiện cam kết tu dưỡng, rèn luyện đạt Tốt trở lên"),
  SH10: () => "Thực hiện chào cờ đầu tuần",
  KL1: (t) => atMost(t, "Không có đảng viên bị kỷ luật", (n) => `Không quá ${n} đảng viên bị kỷ luật`),
  KL2: (t) => atMost(t, "Không có đảng viên vi phạm", (n) => `Không quá ${n} vụ vi phạm`),
  KL3: (t) => atMost(t, "Không có biểu hiện mất đoàn kết", (n) => `Không quá ${n} vụ việc mất đoàn kết`),
  KL4: () => "Có quy chế làm việc",
  KL5: (t) => {
    const months = numeric(t);
    return months === null
      ? "Không có đảng viên bỏ sinh hoạt"
      : `Không có đảng viên vắng sinh hoạt không lý do từ ${formatNumber(months)} tháng trở lên`;
  },
  DV1: (t) => atLeastShare(t, "đảng viên hoàn thành tốt nhiệm vụ trở lên"),
  DV2: (t) =>
    atMost(
      t,
      "Không có đảng viên không hoàn thành nhiệm vụ",
      (n) => `Không quá ${n} đảng viên không hoàn thành nhiệm vụ`,
    ),
  DV3: (t) => {
    const limit = numeric(t);
    return limit === null
      ? "Số đảng viên hoàn thành xuất sắc nhiệm vụ trong tỷ lệ quy định"
      : `Số đảng viên hoàn thành xuất sắc nhiệm vụ không quá ${formatNumber(limit, 3)} (theo tỷ lệ trên số hoàn thành tốt nhiệm vụ)`;
  },
  DV4: (t) => {
    const target = numeric(t);
    return target === null || target <= 0
      ? "Kết nạp đảng viên mới theo chỉ tiêu"
      : `Kết nạp ít nhất ${formatNumber(target)} đảng viên mới theo chỉ tiêu`;
  },
  DV5: (t) => {
    const days = numeric(t);
    return days === null
      ? "Chuyển đảng viên chính thức đúng hạn"
      : `Chuyển đảng viên chính thức không quá ${formatNumber(days)} ngày sau khi hết thời gian dự bị`;
  },
};

export function requirementText(indicator: Pick<IndicatorResult, "id" | "name" | "threshold">): string {
  const rule = RULES[indicator.id];
  return rule ? rule(indicator.threshold) : indicator.name;
}
