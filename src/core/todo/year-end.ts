/**
 * `year-end` (spec §8): from 1/11/Y, what the year-end file still lacks (the year-end review facts), one
 * item per gap with the count and up to five names; due 31/12/Y.
 */
import { type Day, dayOf } from "../values/day";
import type { MemberRef, ReviewTally } from "../year-end/review";
import type { TodoContext, TodoDraft } from "./draft";
import { deadline, someNames } from "./words";

/** From this day of Y the year-end file is listed. */
export const yearEndStart = (year: number): Day => dayOf(year, 11, 1);

const names = (missing: readonly { readonly name: string }[], unit = "đảng viên") =>
  someNames(
    missing.map((ref) => ref.name),
    unit,
  );

export function yearEndFile(context: TodoContext): TodoDraft[] {
  const { rubric, yearEnd } = context;
  const { year } = rubric;
  if (rubric.asOf < yearEndStart(year)) return [];
  const due = rubric.lastDay;
  const by = deadline(due, context.overdue(due));
  const { sheets } = yearEnd;
  const drafts: TodoDraft[] = [];
  const add = (sheet: string, message: string) =>
    drafts.push({ kind: "year-end", due, subject: null, message, sheet, row: null });
  /** Members still missing something, said as `Còn N đảng viên <what> (names): <todo>, <by>.` */
  const members = (tally: ReviewTally | null, what: string, todo: string) => {
    const missing: readonly MemberRef[] = tally?.missing ?? [];
    if (missing.length === 0) return;
    const whom = missing.length === 1 ? todo.replace("các đồng chí", "đồng chí") : todo;
    add(sheets.members, `Còn ${missing.length} đảng viên ${what} (${names(missing)}): ${whom}, ${by}.`);
  };

  members(
    yearEnd.rated,
    `chưa được xếp loại chất lượng năm ${year}`,
    "chi bộ họp xét, xếp loại rồi ghi vào cột Xếp loại",
  );
  members(
    yearEnd.committed,
    "chưa được đánh giá việc thực hiện cam kết tu dưỡng, rèn luyện",
    "ghi mức đánh giá vào cột Cam kết tu dưỡng",
  );
  members(
    yearEnd.selfReviews,
    `chưa nộp bản kiểm điểm năm ${year}`,
    "nhắc các đồng chí nộp rồi đánh dấu cột Bản kiểm điểm",
  );
  members(
    yearEnd.residenceComments,
    "chưa có nhận xét của chi ủy, chi bộ nơi cư trú",
    "đề nghị nơi cư trú gửi nhận xét rồi đánh dấu cột Nhận xét nơi cư trú",
  );
  if (!yearEnd.cellRating.given) {
    add(
      sheets.info,
      `Ghi kết quả xếp loại chất lượng của chi bộ năm ${year} vào mục Xếp loại chi bộ của sheet ${sheets.info}, ${by}.`,
    );
  }
  const tasks = yearEnd.unfinishedTasks;
  if (tasks.length > 0) {
    add(
      sheets.tasks,
      `Còn ${tasks.length} nhiệm vụ, chỉ tiêu của nghị quyết năm chưa có kết quả (${names(
        tasks.map((task) => ({ name: task.title })),
        "nhiệm vụ",
      )}): ghi Kết quả, hoặc cả Kế hoạch và Thực hiện, ${by}.`,
    );
  }
  return drafts;
}
