/**
 * DV5: roster members whose probation ended in Y up to A; overdue = no `Ngày chính thức` and more than
 * the threshold in calendar days past the end.
 */
import { formatDate, formatNumber } from "../format";
import type { Issue } from "../result";
import { judgeAtMost } from "../rubric/judge";
import { issueAt, sheetMissing, unknownNote } from "../rubric/measured";
import { headerOf } from "../schema";
import { addMonths, fromDay } from "../values/day";
import { countDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const DV5 = defineIndicator({
  id: "DV5",
  criterion: "DV",
  name: "Chuyển đảng viên chính thức đúng hạn",
  threshold: { kind: "days", default: 42 },
  rule: (context, days) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, days);
    const issues: Issue[] = [];
    let applicable = 0;
    let overdue = 0;
    let unknown = 0;
    const overdueNames: string[] = [];
    context.members.forEach((member, index) => {
      const onRoster = context.onRoster[index];
      if (onRoster === false) return;
      if (member.admission === undefined || onRoster === undefined) {
        unknown++;
        return;
      }
      const end = addMonths(member.admission, 12);
      if (end < context.firstDay) {
        if (member.official === null) {
          issues.push(
            issueAt(
              "warning",
              context.sheetNames.members,
              member.row,
              headerOf("members", "officialDate"),
              `${member.name ? `Đảng viên ${member.name}` : "Đảng viên ở dòng này"} hết thời gian dự bị từ ${formatDate(fromDay(end))} nhưng chưa có Ngày chính thức; hãy bổ sung.`,
            ),
          );
        }
        return;
      }
      if (end > context.asOf) return;
      applicable++;
      if (member.official === undefined) unknown++;
      else if (member.official === null && context.asOf - end > days) {
        overdue++;
        overdueNames.push(member.name);
      }
    });
    const none = applicable === 0 && unknown === 0;
    return {
      status: none ? "n/a" : judgeAtMost(overdue, unknown, 0),
      value: none ? null : overdue,
      threshold: days,
      detail: none
        ? "Không có đảng viên hết thời gian dự bị trong năm."
        : overdue > 0
          ? `${overdue}/${applicable} đảng viên quá hạn chuyển chính thức (${overdueNames.join(", ")})${unknownNote(unknown, "đảng viên")}.`
          : `${applicable} đảng viên hết thời gian dự bị, không ai quá hạn chuyển chính thức${unknownNote(unknown, "đảng viên")}.`,
      issues,
    };
  },
  requirement: (threshold) => {
    const days = numeric(threshold);
    return days === null
      ? "Chuyển đảng viên chính thức đúng hạn"
      : `Chuyển đảng viên chính thức không quá ${formatNumber(days)} ngày sau khi hết thời gian dự bị`;
  },
  display: countDisplay(
    (value) => `${value} quá hạn`,
    (threshold) => `không quá ${threshold} ngày`,
  ),
});
