/** The readable Vietnamese summary `chibo4tot evaluate` prints: verdict, criteria, indicators, data problems. */
import {
  type Evaluation,
  type IndicatorResult,
  type Issue,
  indicatorFigures,
  STATUS_LABELS,
  type Status,
  verdictText,
} from "../core/index";
import { todoLines } from "./todo-section";

const LABEL_WIDTH = Math.max(...Object.values(STATUS_LABELS).map((label) => label.length));

function verdict(evaluation: Evaluation): string {
  const names = (status: Status) =>
    evaluation.criteria.filter((criterion) => criterion.status === status).map((criterion) => criterion.name);
  const sentence = `KẾT LUẬN: ${verdictText(evaluation.status, evaluation.year)}.`;
  if (evaluation.status === "pass") return sentence;
  if (evaluation.status === "fail") return `${sentence} Tiêu chí chưa đạt: ${names("fail").join("; ")}.`;
  const missing = names("missing");
  return missing.length > 0 ? `${sentence} Thiếu dữ liệu ở: ${missing.join("; ")}.` : sentence;
}

const padLabel = (status: Status) => STATUS_LABELS[status].padEnd(LABEL_WIDTH);

function indicatorLines(indicator: IndicatorResult): string[] {
  const shown = indicatorFigures(indicator);
  const figures = `kết quả: ${shown.value || "—"}; yêu cầu: ${shown.threshold || "—"}`;
  const lines = [
    `  ${padLabel(indicator.status)}  ${indicator.id.padEnd(4)}  ${indicator.name} (${figures})`,
  ];
  if (indicator.detail) lines.push(`  ${"".padEnd(LABEL_WIDTH)}        ${indicator.detail}`);
  return lines;
}

function where(issue: Issue): string {
  const parts = [issue.sheet];
  if (issue.row !== null) parts.push(`dòng ${issue.row}`);
  if (issue.column !== null) parts.push(`cột ${issue.column}`);
  return parts.join(", ");
}

function issueLines(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return ["Không phát hiện vấn đề nào trong dữ liệu."];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  return [
    `VẤN ĐỀ TRONG DỮ LIỆU: ${errors} lỗi, ${warnings} cảnh báo (chỉ để bí thư sửa, không đưa vào báo cáo).`,
    ...issues.map(
      (issue) =>
        `  ${(issue.severity === "error" ? "Lỗi" : "Cảnh báo").padEnd(8)}  ${where(issue)}: ${issue.message}`,
    ),
  ];
}

export function summaryText(evaluation: Evaluation): string {
  const lines = [
    `${evaluation.unit ?? "(chưa có tên chi bộ)"} — ${evaluation.superior ?? "(chưa có đảng bộ cấp trên)"}`,
    `Năm đánh giá ${evaluation.year}, số liệu đến ngày ${evaluation.asOf.split("-").reverse().join("/")}.`,
    verdict(evaluation),
    "",
    ...todoLines(evaluation.todo),
  ];
  evaluation.criteria.forEach((criterion, index) => {
    lines.push(`Tiêu chí ${index + 1}. ${criterion.name}: ${STATUS_LABELS[criterion.status]}`);
    for (const indicator of criterion.indicators) lines.push(...indicatorLines(indicator));
    lines.push("");
  });
  lines.push(...issueLines(evaluation.issues));
  return `${lines.join("\n")}\n`;
}
