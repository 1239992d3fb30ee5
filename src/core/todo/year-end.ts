/**
 * `year-end` (spec §8): from 1/11/Y, what the year-end file still lacks, one item per gap, each with the
 * count and up to five names; due 31/12/Y.
 */
import { countedMember } from "../rubric/context";
import { type Day, dayOf } from "../values/day";
import type { TodoContext, TodoDraft } from "./draft";
import { deadline, someNames } from "./words";

/** From this day of Y the year-end file is listed. */
export const yearEndStart = (year: number): Day => dayOf(year, 11, 1);

export function yearEndFile(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  if (rubric.asOf < yearEndStart(rubric.year)) return [];
  const { year, sheetNames } = rubric;
  const due = rubric.lastDay;
  const by = deadline(due, context.overdue(due));
  const item = (sheet: string, message: string): TodoDraft => ({
    kind: "year-end",
    due,
    subject: null,
    message,
    sheet,
    row: null,
  });
  const drafts: TodoDraft[] = [];

  const unrated: string[] = [];
  const noCommitment: string[] = [];
  (rubric.members ?? []).forEach((member, index) => {
    if (countedMember(rubric, index) !== true) return;
    if (member.classification === undefined) unrated.push(member.name);
    if (member.commitment === undefined) noCommitment.push(member.name);
  });
  if (unrated.length > 0) {
    drafts.push(
      item(
        sheetNames.members,
        `Còn ${unrated.length} đảng viên chưa được xếp loại chất lượng năm ${year} (${someNames(unrated, "đảng viên")}): chi bộ họp xét, xếp loại rồi ghi vào cột Xếp loại, ${by}.`,
      ),
    );
  }
  if (noCommitment.length > 0) {
    drafts.push(
      item(
        sheetNames.members,
        `Còn ${noCommitment.length} đảng viên chưa được đánh giá việc thực hiện cam kết tu dưỡng, rèn luyện (${someNames(noCommitment, "đảng viên")}): ghi mức đánh giá vào cột Cam kết tu dưỡng, ${by}.`,
      ),
    );
  }
  if (rubric.info.cellRating === undefined) {
    drafts.push(
      item(
        sheetNames.info,
        `Ghi kết quả xếp loại chất lượng của chi bộ năm ${year} vào mục Xếp loại chi bộ của sheet ${sheetNames.info}, ${by}.`,
      ),
    );
  }
  const unfinished = (rubric.tasks ?? [])
    .filter((task) => task.outcome == null && (task.planned == null || task.achieved == null))
    .map((task) => task.title);
  if (unfinished.length > 0) {
    drafts.push(
      item(
        sheetNames.tasks,
        `Còn ${unfinished.length} nhiệm vụ, chỉ tiêu của nghị quyết năm chưa có kết quả (${someNames(unfinished, "nhiệm vụ")}): ghi Kết quả, hoặc cả Kế hoạch và Thực hiện, ${by}.`,
      ),
    );
  }
  return drafts;
}
