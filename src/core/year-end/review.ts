/**
 * Who has handed in what for the year-end review (Hướng dẫn 43-HD/BTCTW): ratings, commitments, self-reviews,
 * residence comments, the cell's own rating and the tasks without a result. The sidebar's year-end
 * checklist and the `year-end` items of the to-do list (spec §8) both read these facts.
 */
import type { CellYearRecords, Member } from "../parse/records";

/** A member still missing something: the name as typed and its `Đảng viên` row. */
export interface MemberRef {
  readonly name: string;
  readonly row: number;
}

/** Counted members (roster, not exempt) who have one thing, out of all of them, and who do not yet. */
export interface ReviewTally {
  readonly done: number;
  readonly total: number;
  /** In the order of `Đảng viên`. */
  readonly missing: readonly MemberRef[];
}

/** A task of `Nhiệm vụ` with no `Kết quả` and not both `Kế hoạch` and `Thực hiện`. */
export interface UnfinishedTask {
  readonly title: string;
  readonly row: number;
}

export interface YearEndReview {
  /** Sheet names as found, to point at. */
  readonly sheets: { readonly members: string; readonly info: string; readonly tasks: string };
  /** `Xếp loại`; null without a `Đảng viên` sheet. */
  readonly rated: ReviewTally | null;
  /** `Cam kết tu dưỡng`; null without a `Đảng viên` sheet. */
  readonly committed: ReviewTally | null;
  /** `Bản kiểm điểm` yes; null when the sheet has no such column (spec §2: the review leaves it out). */
  readonly selfReviews: ReviewTally | null;
  /** `Nhận xét nơi cư trú` yes; null when the sheet has no such column. */
  readonly residenceComments: ReviewTally | null;
  /** `Xếp loại chi bộ` of `Thông tin chung`: whether it is filled in, and its row (null when the item is absent). */
  readonly cellRating: { readonly given: boolean; readonly row: number | null };
  /** In the order of `Nhiệm vụ`; empty without that sheet. */
  readonly unfinishedTasks: readonly UnfinishedTask[];
}

function tally(counted: readonly Member[], has: (member: Member) => boolean): ReviewTally {
  const missing = counted.filter((member) => !has(member)).map(({ name, row }) => ({ name, row }));
  return { done: counted.length - missing.length, total: counted.length, missing };
}

/**
 * The year-end review facts. `onRoster[i]` says whether member i is active on the as-of date (spec §3);
 * members whose roster status or exemption is unknown are left out (their dates already raised an error).
 */
export function yearEndReview(
  records: CellYearRecords,
  onRoster: readonly (boolean | undefined)[],
): YearEndReview {
  const members = records.members;
  const counted = (members ?? []).filter(
    (member, index) => onRoster[index] === true && member.exempt === false,
  );
  const columns = records.reviewColumns;
  return {
    sheets: {
      members: records.sheetNames.members,
      info: records.sheetNames.info,
      tasks: records.sheetNames.tasks,
    },
    rated: members ? tally(counted, (member) => member.classification !== undefined) : null,
    committed: members ? tally(counted, (member) => member.commitment !== undefined) : null,
    selfReviews:
      members && columns.selfReview ? tally(counted, (member) => member.selfReview === true) : null,
    residenceComments:
      members && columns.residenceComment
        ? tally(counted, (member) => member.residenceComment === true)
        : null,
    cellRating: {
      given: records.info.cellRating !== undefined,
      row: records.info.rowOf.get("cellRating") ?? null,
    },
    unfinishedTasks: (records.tasks ?? [])
      .filter(
        (task) =>
          task.outcome == null && !(typeof task.planned === "number" && typeof task.achieved === "number"),
      )
      .map(({ title, row }) => ({ title, row })),
  };
}
