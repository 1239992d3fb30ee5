/**
 * The sidebar's year-end checklist (Kiểm điểm cuối năm): from 1 November of the year, who has handed in
 * what, each line opening the names still missing, from the same facts as the `year-end` items of the
 * to-do list.
 */
import {
  type Assessment,
  headerOf,
  type MemberRef,
  type ReviewTally,
  type YearEndReview,
} from "../../core/index";
import type { ChecklistEntry, ChecklistItem } from "../../protocol/sidebar";

/** The review starts with November (Hướng dẫn 43-HD/BTCTW: self-reviews, then the cell's meeting in December). */
const FIRST_MONTH = 11;

function tallyItem(
  label: string,
  tally: ReviewTally | null,
  column: string,
  review: YearEndReview,
): ChecklistItem[] {
  if (!tally) return [];
  const missing = tally.missing.map(
    (member: MemberRef): ChecklistEntry => ({
      label: member.name || `Dòng ${member.row}`,
      target: { sheet: review.sheets.members, row: member.row, column },
    }),
  );
  return [{ label, count: `${tally.done}/${tally.total}`, complete: missing.length === 0, missing }];
}

export function yearEndChecklist(assessment: Assessment): readonly ChecklistItem[] | null {
  const { evaluation, yearEnd: review } = assessment;
  if (evaluation.asOf < `${evaluation.year}-${FIRST_MONTH}-01`) return null;
  const cellRatingLabel = "Xếp loại chi bộ";
  return [
    ...tallyItem("Bản kiểm điểm đã nộp", review.selfReviews, headerOf("members", "selfReview"), review),
    ...tallyItem(
      "Nhận xét nơi cư trú đã có",
      review.residenceComments,
      headerOf("members", "residenceComment"),
      review,
    ),
    ...tallyItem("Cam kết tu dưỡng đã đánh giá", review.committed, headerOf("members", "commitment"), review),
    ...tallyItem("Đảng viên đã xếp loại", review.rated, headerOf("members", "classification"), review),
    {
      label: cellRatingLabel,
      count: review.cellRating.given ? "Đã có" : "Chưa có",
      complete: review.cellRating.given,
      missing: review.cellRating.given
        ? []
        : [
            {
              label: cellRatingLabel,
              target: {
                sheet: review.sheets.info,
                row: review.cellRating.row,
                column: headerOf("info", "value"),
              },
            },
          ],
    },
    {
      label: "Nhiệm vụ chưa có kết quả",
      count: String(review.unfinishedTasks.length),
      complete: review.unfinishedTasks.length === 0,
      missing: review.unfinishedTasks.map((task) => ({
        label: task.title || `Dòng ${task.row}`,
        target: { sheet: review.sheets.tasks, row: task.row, column: headerOf("tasks", "outcome") },
      })),
    },
  ];
}
