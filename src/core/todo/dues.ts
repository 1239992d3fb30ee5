/**
 * `dues` (spec §8): roster members one month short of KL6's threshold of unpaid owed months (Điều lệ Đảng:
 * three months in the year without a valid reason lead to removal), or at it; counted over the months known.
 */
import type { TodoContext, TodoDraft } from "./draft";
import { numberInUse } from "./settings-in-use";
import { comrade } from "./words";

export function unpaidDues(context: TodoContext): TodoDraft[] {
  const { rubric, dues } = context;
  if (!dues) return [];
  const threshold = numberInUse(context.settings, "KL6");
  const drafts: TodoDraft[] = [];
  for (const standing of dues.members) {
    const count = standing.unpaid.length;
    const member = rubric.members?.[standing.member];
    if (!member || rubric.onRoster[standing.member] !== true || count < 1 || count < threshold - 1) continue;
    const who = comrade(member.name, member.row);
    const months = standing.unpaid.join(", ");
    const message =
      count >= threshold
        ? `${who} không đóng đảng phí ${count} tháng trong năm mà không có lý do chính đáng (tháng ${months}): chi bộ cần xem xét, đề nghị xóa tên theo Điều lệ Đảng ngay trong kỳ sinh hoạt tới.`
        : `${who} chưa đóng đảng phí ${count} tháng trong năm (tháng ${months}), thêm một tháng nữa sẽ phải xem xét xóa tên: chi ủy cần nhắc đồng chí đóng bù ngay.`;
    drafts.push({
      kind: "dues",
      due: null,
      subject: member.name,
      message,
      sheet: dues.sheet,
      row: standing.row,
    });
  }
  return drafts;
}
