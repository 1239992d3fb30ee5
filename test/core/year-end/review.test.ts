/**
 * The year-end review facts: counted members (roster, not exempt) without a rating, a commitment, a
 * self-review or a residence comment; the cell's own rating; tasks without a result.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/assess";
import { SHEETS, type SheetTable, type WorkbookTables } from "../../../src/core/index";
import { assessed, issuesOf } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  type MemberRow,
  run,
  workbook,
} from "../../support/workbook";

/** The good year with member i patched by `patches[i]`. */
function membersPatched(patches: readonly MemberRow[], extra: readonly MemberRow[] = []) {
  return goodYear({
    members: [...goodYear().members.map((row, index) => ({ ...row, ...patches[index] })), ...extra],
  });
}

/** The workbook without the given `Đảng viên` columns, as an older sheet would be. */
function withoutColumns(tables: WorkbookTables, headers: readonly string[]): WorkbookTables {
  return tables.map((table): SheetTable => {
    if (table.name !== SHEETS.members.title) return table;
    const keep = (table.rows[0] ?? []).map((cell) => !headers.includes(String(cell)));
    return { ...table, rows: table.rows.map((row) => row.filter((_, index) => keep[index])) };
  });
}

const REVIEW_HEADERS = ["Tự xếp loại", "Bản kiểm điểm", "Nhận xét nơi cư trú"];
const reviewOf = (tables: WorkbookTables) =>
  assessed(assess(tables, { today: date(GOOD_YEAR + 1, 1, 15) })).yearEnd;

describe("the review columns are optional and newer", () => {
  it("a Đảng viên sheet without them raises no warning", () => {
    const assessment = assessed(
      assess(withoutColumns(workbook(goodYear()), REVIEW_HEADERS), { today: date(GOOD_YEAR + 1, 1, 15) }),
    );
    expect(issuesOf(assessment, { sheet: SHEETS.members.title })).toEqual([]);
  });

  it("a missing older optional column still warns, naming only it", () => {
    const assessment = assessed(
      assess(withoutColumns(workbook(goodYear()), [...REVIEW_HEADERS, "Ghi chú"]), {
        today: date(GOOD_YEAR + 1, 1, 15),
      }),
    );
    expect(issuesOf(assessment, { sheet: SHEETS.members.title }).map((issue) => issue.message)).toEqual([
      'Thiếu cột "Ghi chú"; các ô của cột này được coi là để trống.',
    ]);
  });

  it("a Tự xếp loại outside the list is an error at its cell", () => {
    const assessment = run(membersPatched([{ selfRating: "Xuất sắc lắm" }]));
    expect(issuesOf(assessment, { column: "Tự xếp loại" })).toMatchObject([{ severity: "error", row: 2 }]);
  });

  it("a Tự xếp loại without Bản kiểm điểm ticked is a warning at that box", () => {
    const assessment = run(
      membersPatched([{ selfRating: "HTTNV" }, { selfRating: "HTTNV", selfReview: "Có" }]),
    );
    expect(issuesOf(assessment, { column: "Bản kiểm điểm" })).toMatchObject([
      {
        severity: "warning",
        row: 2,
        message: `Đảng viên ${GOOD_MEMBERS[0]} đã có Tự xếp loại nhưng chưa đánh dấu đã nộp Bản kiểm điểm; hãy đánh dấu nếu đã nộp.`,
      },
    ]);
  });

  it("a Tự xếp loại far from the cell's rating is not a problem", () => {
    const assessment = run(membersPatched([{ selfRating: "KHTNV" }]));
    expect(issuesOf(assessment, { column: "Tự xếp loại" })).toEqual([]);
  });
});

describe("self-reviews and residence comments are counted only when their column exists", () => {
  it("without the columns there is nothing to count", () => {
    const review = reviewOf(withoutColumns(workbook(goodYear()), REVIEW_HEADERS));
    expect(review.selfReviews).toBeNull();
    expect(review.residenceComments).toBeNull();
    expect(review.rated).toMatchObject({ done: 10, total: 10, missing: [] });
  });

  it("with the columns, blank means not handed in yet", () => {
    const review = run(
      membersPatched([{ selfReview: true, residenceComment: "Có" }, { selfReview: "x" }]),
    ).yearEnd;
    expect(review.selfReviews).toMatchObject({ done: 2, total: 10 });
    expect(review.selfReviews?.missing.map((member) => member.name)).toEqual(GOOD_MEMBERS.slice(2));
    expect(review.residenceComments).toMatchObject({ done: 1, total: 10 });
    expect(review.residenceComments?.missing[0]).toEqual({ name: GOOD_MEMBERS[1], row: 3 });
  });
});

describe("only counted members are reviewed", () => {
  it("an exempt member and a member who left are not counted; a missing rating is named with its row", () => {
    const review = run(
      membersPatched(
        [{ classification: "" }, { exempt: true, classification: "", commitment: "" }],
        [
          {
            name: "Lý Văn Đi",
            admissionDate: date(2001, 1, 1),
            officialDate: date(2002, 1, 1),
            transferOutDate: date(GOOD_YEAR, 6, 30),
          },
        ],
      ),
    ).yearEnd;
    expect(review.rated).toEqual({ done: 8, total: 9, missing: [{ name: GOOD_MEMBERS[0], row: 2 }] });
    expect(review.committed).toEqual({ done: 9, total: 9, missing: [] });
  });

  it("without a Đảng viên sheet there is no member tally", () => {
    const review = run({ ...goodYear(), members: null }).yearEnd;
    expect(review.rated).toBeNull();
    expect(review.committed).toBeNull();
    expect(review.selfReviews).toBeNull();
  });
});

describe("the cell's rating and the tasks without a result", () => {
  it("a blank Xếp loại chi bộ is pointed at its row", () => {
    const review = run(goodYear({ info: { cellRating: "" } })).yearEnd;
    expect(review.cellRating).toEqual({ given: false, row: 8 });
    expect(run(goodYear()).yearEnd.cellRating.given).toBe(true);
  });

  it("a task with neither Kết quả nor both numbers is listed, whatever its deadline", () => {
    const review = run(
      goodYear({
        tasks: [
          { title: "Có kết quả", outcome: "Hoàn thành" },
          { title: "Có đủ số liệu", planned: 2, achieved: 1 },
          { title: "Chỉ có kế hoạch", planned: 2, deadline: date(GOOD_YEAR + 1, 6, 30) },
          { title: "Chưa có gì" },
        ],
      }),
    ).yearEnd;
    expect(review.unfinishedTasks).toEqual([
      { title: "Chỉ có kế hoạch", row: 4 },
      { title: "Chưa có gì", row: 5 },
    ]);
    expect(review.sheets).toEqual({ members: "Đảng viên", info: "Thông tin chung", tasks: "Nhiệm vụ" });
  });
});
