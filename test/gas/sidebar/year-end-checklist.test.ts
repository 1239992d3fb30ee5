/**
 * The sidebar's year-end checklist: from 1 November of the year, counts of what the counted members have
 * handed in, each opening the names still missing with the cell to fill in.
 */
import { describe, expect, it } from "vitest";
import { assess, type CalendarDate } from "../../../src/core/index";
import { sidebarState } from "../../../src/gas/sidebar/state-view";
import { assessed } from "../../support/tables";
import { date, GOOD_MEMBERS, GOOD_YEAR, goodYear, type MemberRow, workbook } from "../../support/workbook";

function stateOf(input: Parameters<typeof workbook>[0], today: CalendarDate = date(GOOD_YEAR + 1, 1, 15)) {
  const tables = workbook(input);
  return sidebarState(assessed(assess(tables, { today })), tables, today);
}

/** The good year with member i patched by `patches[i]`. */
function membersPatched(patches: readonly MemberRow[]) {
  return goodYear({ members: goodYear().members.map((row, index) => ({ ...row, ...patches[index] })) });
}

/** Every member has handed in the self-review and has the residence comment, but those patched. */
function reviewed(patches: readonly MemberRow[] = []) {
  return membersPatched(
    GOOD_MEMBERS.map((_, index) => ({ selfReview: "Có", residenceComment: "Có", ...patches[index] })),
  );
}

describe("the year-end checklist appears from 1 November", () => {
  it("is absent on 31 October", () => {
    expect(stateOf(reviewed(), date(GOOD_YEAR, 10, 31)).yearEnd).toBeNull();
  });

  it("is there on 1 November and after the year", () => {
    expect(stateOf(reviewed(), date(GOOD_YEAR, 11, 1)).yearEnd).not.toBeNull();
    expect(stateOf(reviewed()).yearEnd).not.toBeNull();
  });
});

describe("the year-end checklist counts counted members", () => {
  it("gives self-reviews, residence comments, commitments and ratings as done/total, and the cell's rating", () => {
    const state = stateOf(
      reviewed([{ selfReview: "" }, { selfReview: "", residenceComment: "" }, { classification: "" }]),
    );
    expect(state.yearEnd?.map(({ label, count, complete }) => [label, count, complete])).toEqual([
      ["Bản kiểm điểm đã nộp", "8/10", false],
      ["Nhận xét nơi cư trú đã có", "9/10", false],
      ["Cam kết tu dưỡng đã đánh giá", "10/10", true],
      ["Đảng viên đã xếp loại", "9/10", false],
      ["Xếp loại chi bộ", "Đã có", true],
      ["Nhiệm vụ chưa có kết quả", "0", true],
    ]);
  });

  it("opens the names still missing, each pointing at its cell", () => {
    const state = stateOf(reviewed([{ selfReview: "" }, { selfReview: "" }]));
    expect(state.yearEnd?.[0]?.missing).toEqual([
      { label: GOOD_MEMBERS[0], target: { sheet: "Đảng viên", row: 2, column: "Bản kiểm điểm" } },
      { label: GOOD_MEMBERS[1], target: { sheet: "Đảng viên", row: 3, column: "Bản kiểm điểm" } },
    ]);
  });

  it("leaves out the self-review and residence lines when the sheet has no such columns", () => {
    const dropped = ["Bản kiểm điểm", "Nhận xét nơi cư trú"];
    const tables = workbook(goodYear()).map((table) => {
      if (table.name !== "Đảng viên") return table;
      const keep = (table.rows[0] ?? []).map((header) => !dropped.includes(String(header)));
      return { ...table, rows: table.rows.map((row) => row.filter((_, index) => keep[index])) };
    });
    expect(tables.find((table) => table.name === "Đảng viên")?.rows[0]).not.toContain("Bản kiểm điểm");
    const today = date(GOOD_YEAR + 1, 1, 15);
    const state = sidebarState(assessed(assess(tables, { today })), tables, today);
    expect(state.yearEnd?.map((item) => item.label)).toEqual([
      "Cam kết tu dưỡng đã đánh giá",
      "Đảng viên đã xếp loại",
      "Xếp loại chi bộ",
      "Nhiệm vụ chưa có kết quả",
    ]);
  });

  it("points a blank Xếp loại chi bộ and a task without result at their cells", () => {
    const state = stateOf(
      goodYear({ info: { cellRating: "" }, tasks: [{ title: "Sửa chữa trụ sở", planned: 1 }] }),
    );
    const byLabel = new Map(state.yearEnd?.map((item) => [item.label, item]));
    expect(byLabel.get("Xếp loại chi bộ")).toMatchObject({
      count: "Chưa có",
      complete: false,
      missing: [
        { label: "Xếp loại chi bộ", target: { sheet: "Thông tin chung", row: 8, column: "Giá trị" } },
      ],
    });
    expect(byLabel.get("Nhiệm vụ chưa có kết quả")).toMatchObject({
      count: "1",
      missing: [{ label: "Sửa chữa trụ sở", target: { sheet: "Nhiệm vụ", row: 2, column: "Kết quả" } }],
    });
  });
});
