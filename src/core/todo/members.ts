/**
 * The kinds about roster members (spec §8): `absence` by KL5's count of months of unexcused absence,
 * and `probation` by DV5's deadline for becoming official.
 */
import { unexcusedMonths } from "../rubric/unexcused-months";
import { addMonths } from "../values/day";
import type { TodoContext, TodoDraft } from "./draft";
import { numberInUse } from "./settings-in-use";
import { comrade, dateText, deadline } from "./words";

/**
 * Roster members one month short of KL5's threshold (Điều lệ Đảng: three months in the year without a
 * valid reason lead to removal), or at it.
 */
export function absences(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  const members = rubric.members;
  if (!members) return [];
  const threshold = numberInUse(context.settings, "KL5");
  const drafts: TodoDraft[] = [];
  for (const [index, monthSet] of unexcusedMonths(rubric).monthsOf) {
    const member = members[index];
    const count = monthSet.size;
    if (!member || rubric.onRoster[index] !== true || count < 1 || count < threshold - 1) continue;
    const months = [...monthSet].sort((a, b) => a - b).join(", ");
    const who = comrade(member.name, member.row);
    const message =
      count >= threshold
        ? `${who} đã bỏ sinh hoạt không có lý do chính đáng ${count} tháng trong năm (tháng ${months}): chi bộ cần xem xét, đề nghị xóa tên theo Điều lệ Đảng ngay trong kỳ sinh hoạt tới.`
        : `${who} đã vắng sinh hoạt không lý do ${count} tháng trong năm (tháng ${months}), vắng thêm một tháng nữa sẽ phải xem xét xóa tên: chi ủy cần gặp, nhắc nhở đồng chí trước kỳ sinh hoạt tới.`;
    drafts.push({
      kind: "absence",
      due: null,
      subject: member.name,
      message,
      sheet: rubric.sheetNames.members,
      row: member.row,
    });
  }
  return drafts;
}

/** Days after A within which an ending probation is already worth preparing for (spec §8). */
const PROBATION_LOOKAHEAD = 60;

/** Roster members without `Ngày chính thức` whose probation ends from 1/1/Y to A + 60 days (DV5). */
export function probations(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  const days = numberInUse(context.settings, "DV5");
  const drafts: TodoDraft[] = [];
  (rubric.members ?? []).forEach((member, index) => {
    if (rubric.onRoster[index] !== true || member.official !== null || member.admission === undefined) return;
    const end = addMonths(member.admission, 12);
    if (end < rubric.firstDay || end > rubric.asOf + PROBATION_LOOKAHEAD) return;
    const due = end + days;
    const who = comrade(member.name, member.row);
    const overdue = context.overdue(due);
    const message = overdue
      ? `${who} hết thời gian dự bị từ ngày ${dateText(end)}: chi bộ cần xét chuyển đảng viên chính thức ${deadline(due, true)}, và ghi Ngày chính thức khi có quyết định.`
      : end > rubric.asOf
        ? `${who} sẽ hết thời gian dự bị ngày ${dateText(end)}: chuẩn bị hồ sơ để chi bộ xét chuyển đảng viên chính thức, ${deadline(due, false)}.`
        : `${who} đã hết thời gian dự bị từ ngày ${dateText(end)}: chi bộ cần họp xét chuyển đảng viên chính thức, ${deadline(due, false)}.`;
    drafts.push({
      kind: "probation",
      due,
      subject: member.name,
      message,
      sheet: rubric.sheetNames.members,
      row: member.row,
    });
  });
  return drafts;
}
