/**
 * Tiêu chí 2 (SH), spec §4, from the spec alone. The good year holds, each month, a Chi ủy meeting
 * on the 5th and a Thường kỳ meeting on the 10th, and a Chuyên đề meeting on 20/03, 20/06, 20/09
 * and 20/12 (16 regular and thematic meetings, 120 minutes, 10 of 10 present, Tốt, minutes kept).
 */
import { describe, expect, it } from "vitest";
import type { AssessOptions, CellValue } from "../../../src/core/index";
import { indicator, issuesOf } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodMeeting,
  goodYear,
  type MeetingRow,
  type MemberRow,
  officialMember,
  run,
  type WorkbookInput,
} from "../../support/workbook";

const at = (month: number, day: number) => date(GOOD_YEAR, month, day);
const asOf = (month: number, day: number): AssessOptions => ({ today: at(month, day) });

const isOn = (cell: CellValue | undefined, month: number, day: number) =>
  typeof cell === "object" &&
  cell !== null &&
  cell.year === GOOD_YEAR &&
  cell.month === month &&
  cell.day === day;

/** A change to the good year's meeting dated day/month: fields to overwrite, or null to remove it. */
type Change = readonly [month: number, day: number, patch: MeetingRow | null];

/** The good year's meetings with `changes` applied and `added` appended after them. */
function meetings(changes: readonly Change[] = [], added: readonly MeetingRow[] = []): MeetingRow[] {
  const kept = goodYear().meetings.flatMap((row) => {
    const change = changes.find(([month, day]) => isOn(row.date, month, day));
    if (!change) return [row];
    return change[2] === null ? [] : [{ ...row, ...change[2] }];
  });
  return [...kept, ...added];
}

/** Every cell meeting of the good year changed by `patch` (Chi ủy meetings untouched). */
function everyCellMeeting(patch: MeetingRow): MeetingRow[] {
  return goodYear().meetings.map((row) => (row.type === "Chi ủy" ? row : { ...row, ...patch }));
}

/** Spreadsheet row of the meeting dated day/month in `rows` (header = 1). */
const rowOf = (rows: readonly MeetingRow[], month: number, day: number) =>
  rows.findIndex((row) => isOn(row.date, month, day)) + 2;

const result = (id: string, input: WorkbookInput, options?: AssessOptions) =>
  indicator(run(input, options), id);
const withMeetings = (rows: MeetingRow[]) => goodYear({ meetings: rows });

describe("SH1 Sinh hoạt thường kỳ hằng tháng", () => {
  it("passes at year end with a regular meeting in each of the 12 months", () => {
    expect(result("SH1", goodYear())).toMatchObject({ status: "pass", value: 12, threshold: 12 });
  });

  it("is not made missing by a meeting of unreadable type dated outside the year", () => {
    const stray = { date: { year: 2023, month: 5, day: 5 }, type: "Họp" };
    const assessment = run(withMeetings([...goodYear().meetings, stray]));
    for (const id of ["SH1", "SH2", "SH3", "SH4", "SH5", "SH7", "SH8"]) {
      expect(indicator(assessment, id).status).toBe("pass");
    }
  });

  it("fails when an elapsed month has none", () => {
    expect(result("SH1", withMeetings(meetings([[7, 10, null]])))).toMatchObject({
      status: "fail",
      value: 11,
      threshold: 12,
    });
  });

  it("counts a combined meeting as regular, but not a thematic or an extraordinary one", () => {
    const combined = meetings([[7, 10, { type: "Thường kỳ kết hợp chuyên đề" }]]);
    expect(result("SH1", withMeetings(combined)).status).toBe("pass");
    for (const type of ["Chuyên đề", "Bất thường", "Chi ủy"]) {
      expect(result("SH1", withMeetings(meetings([[7, 10, { type }]])))).toMatchObject({
        status: "fail",
        value: 11,
      });
    }
  });

  it("counts only the 10 elapsed months at 29/11", () => {
    expect(result("SH1", goodYear(), asOf(11, 29))).toMatchObject({
      status: "pass",
      value: 10,
      threshold: 10,
    });
    // November has not elapsed on 29/11: its meeting is not required yet.
    expect(result("SH1", withMeetings(meetings([[11, 10, null]])), asOf(11, 29))).toMatchObject({
      status: "pass",
      value: 10,
      threshold: 10,
    });
    expect(result("SH1", withMeetings(meetings([[10, 10, null]])), asOf(11, 29))).toMatchObject({
      status: "fail",
      value: 9,
      threshold: 10,
    });
  });

  it("counts a meeting by its Tháng rather than its date (January's meeting held on 02/02 after Tết)", () => {
    const afterTet = goodMeeting(at(2, 2), "Thường kỳ");
    expect(result("SH1", withMeetings(meetings([[1, 10, null]], [{ ...afterTet, month: 1 }])))).toMatchObject(
      {
        status: "pass",
        value: 12,
      },
    );
    expect(result("SH1", withMeetings(meetings([[1, 10, null]], [afterTet])))).toMatchObject({
      status: "fail",
      value: 11,
    });
  });

  it("does not apply before any month has elapsed", () => {
    expect(result("SH1", goodYear(), asOf(1, 30)).status).toBe("n/a");
  });

  it("does not apply before any month has elapsed, even without the sheet Sinh hoạt", () => {
    expect(result("SH1", { ...goodYear(), meetings: null }, asOf(1, 30)).status).toBe("n/a");
  });

  // Reading of the unknown rule: a regular meeting whose date is impossible could be the one of the
  // empty month, so SH1 cannot pass (missing); with two empty months it fails whatever that date is.
  it("is missing when a regular meeting of unknown date could fill the only empty month", () => {
    const unknownDate = { ...goodMeeting(at(7, 10), "Thường kỳ"), date: "31/02/2024" };
    const rows = meetings([[7, 10, null]], [unknownDate]);
    const assessment = run(withMeetings(rows));
    expect(indicator(assessment, "SH1")).toMatchObject({ status: "missing", value: 11, threshold: 12 });
    const lastRow = rows.length + 1;
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Sinh hoạt", row: lastRow, column: "Ngày" }),
    ).toHaveLength(1);
  });

  it("fails when two months are empty and only one meeting has an unknown date", () => {
    const unknownDate = { ...goodMeeting(at(7, 10), "Thường kỳ"), date: "31/02/2024" };
    const rows = meetings(
      [
        [7, 10, null],
        [8, 10, null],
      ],
      [unknownDate],
    );
    expect(result("SH1", withMeetings(rows))).toMatchObject({ status: "fail", value: 10, threshold: 12 });
  });
});

describe("SH2 Sinh hoạt chuyên đề hằng quý", () => {
  it("passes with a thematic meeting in each of the 4 quarters", () => {
    expect(result("SH2", goodYear())).toMatchObject({ status: "pass", value: 4, threshold: 4 });
  });

  it("fails when an elapsed quarter has none", () => {
    expect(result("SH2", withMeetings(meetings([[6, 20, null]])))).toMatchObject({
      status: "fail",
      value: 3,
      threshold: 4,
    });
  });

  it("counts a combined meeting as thematic, but not a regular one", () => {
    expect(
      result("SH2", withMeetings(meetings([[6, 20, { type: "Thường kỳ kết hợp chuyên đề" }]]))).status,
    ).toBe("pass");
    expect(result("SH2", withMeetings(meetings([[6, 20, { type: "Thường kỳ" }]]))).status).toBe("fail");
  });

  it("counts only the 3 elapsed quarters at 29/11", () => {
    expect(result("SH2", withMeetings(meetings([[12, 20, null]])), asOf(11, 29))).toMatchObject({
      status: "pass",
      value: 3,
      threshold: 3,
    });
  });

  it("does not apply before the first quarter has elapsed, and applies on its last day", () => {
    expect(result("SH2", goodYear(), asOf(3, 30)).status).toBe("n/a");
    expect(result("SH2", goodYear(), asOf(3, 31))).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("places a combined meeting in the quarter of its Tháng", () => {
    const march = { ...goodMeeting(at(4, 2), "Thường kỳ kết hợp chuyên đề"), month: 3 };
    expect(result("SH2", withMeetings(meetings([[3, 20, null]], [march])))).toMatchObject({
      status: "pass",
      value: 4,
    });
  });
});

describe("SH3 Chi ủy họp trước sinh hoạt chi bộ", () => {
  /** April's regular meeting moved to 30/04, its Chi ủy meeting moved to `committee`. */
  const lateApril = (committee: MeetingRow | null) =>
    withMeetings(
      meetings(
        [
          [4, 5, committee],
          [4, 10, { date: at(4, 30) }],
        ],
        [],
      ),
    );

  it("passes when every regular meeting follows a Chi ủy meeting", () => {
    expect(result("SH3", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("does not apply when the cell has no committee", () => {
    expect(result("SH3", goodYear({ info: { hasCommittee: "Không" } })).status).toBe("n/a");
  });

  it("is missing when Có chi ủy is blank", () => {
    expect(result("SH3", goodYear({ info: { hasCommittee: "" } })).status).toBe("missing");
  });

  it("is missing, over the known meetings, when the missing Chi ủy meeting could be one of unreadable date", () => {
    const unreadable: MeetingRow = { ...goodMeeting(at(7, 5), "Chi ủy"), date: "03/07/2O24" };
    const sh3 = result("SH3", withMeetings(meetings([[7, 5, null]], [unreadable])));
    expect(sh3).toMatchObject({ status: "missing", value: 1, threshold: 1 });
  });

  it("fails when a regular meeting has no Chi ủy meeting before it", () => {
    const sh3 = result("SH3", withMeetings(meetings([[7, 5, null]])));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(11 / 12, 9);
    expect(sh3.threshold).toBe(1);
  });

  it("accepts a Chi ủy meeting 31 days before (30/03 for 30/04)", () => {
    expect(result("SH3", lateApril({ date: at(3, 30) }))).toMatchObject({ status: "pass", value: 1 });
  });

  it("rejects a Chi ủy meeting 32 days before (29/03 for 30/04)", () => {
    const sh3 = result("SH3", lateApril({ date: at(3, 29) }));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(11 / 12, 9);
  });

  it("accepts a Chi ủy meeting on the same day", () => {
    expect(result("SH3", withMeetings(meetings([[4, 5, { date: at(4, 10) }]])))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("rejects a Chi ủy meeting held after the regular meeting", () => {
    const sh3 = result("SH3", withMeetings(meetings([[7, 5, { date: at(7, 12) }]])));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(11 / 12, 9);
  });

  it("rejects a Chi ủy meeting held on or before the previous regular meeting", () => {
    // April's Chi ủy moved to 10/03, the day of March's regular meeting: it serves March only.
    const sh3 = result("SH3", withMeetings(meetings([[4, 5, { date: at(3, 10) }]])));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(11 / 12, 9);
  });

  it("accepts, for January, a Chi ủy meeting in December of the year before, without a warning", () => {
    const december = { ...goodYear().meetings[0], date: date(GOOD_YEAR - 1, 12, 20) };
    const assessment = run(withMeetings([december, ...meetings([[1, 5, null]])]));
    expect(indicator(assessment, "SH3")).toMatchObject({ status: "pass", value: 1 });
    expect(issuesOf(assessment, { sheet: "Sinh hoạt", row: 2 })).toEqual([]);
  });

  it("looks for the previous regular meeting in the year before too", () => {
    // Chi ủy 20/12 then a regular meeting 28/12 of last year: January's meeting has no Chi ủy of its own.
    const committee = { ...goodYear().meetings[0], date: date(GOOD_YEAR - 1, 12, 20) };
    const lastRegular = goodMeeting(date(GOOD_YEAR - 1, 12, 28), "Thường kỳ");
    const sh3 = result("SH3", withMeetings([committee, lastRegular, ...meetings([[1, 5, null]])]));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(11 / 12, 9);
  });

  it("counts a combined meeting as a regular one that needs its Chi ủy meeting", () => {
    // A combined meeting on 20/03 follows March's regular meeting of 10/03 with no Chi ủy in between.
    const sh3 = result("SH3", withMeetings(meetings([[3, 20, { type: "Thường kỳ kết hợp chuyên đề" }]])));
    expect(sh3.status).toBe("fail");
    expect(sh3.value).toBeCloseTo(12 / 13, 9);
  });
});

describe("SH4 Thời lượng sinh hoạt", () => {
  /** March's regular meeting becomes a combined one lasting `minutes`. */
  const combined = (minutes: number) =>
    withMeetings(meetings([[3, 10, { type: "Thường kỳ kết hợp chuyên đề", minutes }]]));

  it("passes when every regular and thematic meeting lasts long enough", () => {
    expect(result("SH4", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("accepts a regular meeting of 90 minutes and rejects one of 89", () => {
    expect(result("SH4", withMeetings(meetings([[7, 10, { minutes: 90 }]])))).toMatchObject({
      status: "pass",
      value: 1,
    });
    expect(result("SH4", withMeetings(meetings([[7, 10, { minutes: 89 }]])))).toMatchObject({
      status: "fail",
      value: 15 / 16,
      threshold: 1,
    });
  });

  it("accepts a thematic meeting of 90 minutes and rejects one of 89", () => {
    expect(result("SH4", withMeetings(meetings([[6, 20, { minutes: 90 }]]))).status).toBe("pass");
    expect(result("SH4", withMeetings(meetings([[6, 20, { minutes: 89 }]])))).toMatchObject({
      status: "fail",
      value: 15 / 16,
    });
  });

  it("asks 120 minutes of a combined meeting: 120 passes, 119 fails", () => {
    expect(result("SH4", combined(120))).toMatchObject({ status: "pass", value: 1 });
    expect(result("SH4", combined(119))).toMatchObject({ status: "fail", value: 15 / 16 });
  });

  it("ignores Chi ủy and Bất thường meetings", () => {
    const short = { ...goodMeeting(at(8, 25), "Bất thường"), minutes: 30 };
    expect(result("SH4", withMeetings(meetings([[8, 5, { minutes: 20 }]], [short])))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("is missing when a duration is blank and the others are long enough", () => {
    expect(result("SH4", withMeetings(meetings([[7, 10, { minutes: "" }]])))).toMatchObject({
      status: "missing",
      value: 1,
    });
  });

  it("fails despite a blank duration when a known one is too short", () => {
    const sh4 = result(
      "SH4",
      withMeetings(
        meetings([
          [7, 10, { minutes: "" }],
          [8, 10, { minutes: 60 }],
        ]),
      ),
    );
    expect(sh4.status).toBe("fail");
    expect(sh4.value).toBeCloseTo(14 / 15, 9);
  });
});

describe("SH5 Cuộc sinh hoạt đạt Tốt", () => {
  /** The first `fair` regular meetings (January onwards) rated Khá. */
  const fairMonths = (fair: number, extra: Change[] = []) =>
    withMeetings(
      meetings([
        ...Array.from({ length: fair }, (_, index): Change => [index + 1, 10, { level: "Khá" }]),
        ...extra,
      ]),
    );

  it("passes when every meeting is Tốt", () => {
    expect(result("SH5", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 0.7 });
  });

  it("passes at exactly 70% (7 Tốt of 10 regular meetings)", () => {
    const ten = Array.from({ length: 10 }, (_, index) => ({
      ...goodMeeting(at(index + 1, 10), "Thường kỳ"),
      level: index < 3 ? "Khá" : "Tốt",
    }));
    const sh5 = result("SH5", withMeetings(ten));
    expect(sh5.status).toBe("pass");
    expect(sh5.value).toBeCloseTo(0.7, 9);
  });

  it("passes with 12 Tốt of 16 and fails with 11 of 16", () => {
    expect(result("SH5", fairMonths(4))).toMatchObject({ status: "pass", value: 0.75 });
    expect(result("SH5", fairMonths(5))).toMatchObject({ status: "fail", value: 11 / 16, threshold: 0.7 });
  });

  it("takes the level from Điểm: 90 is Tốt, 89.5 is Khá", () => {
    const scored = (score: number) =>
      goodYear().meetings.map((row) => (row.type === "Chi ủy" ? row : { ...row, score, level: "" }));
    expect(result("SH5", withMeetings(scored(90)))).toMatchObject({ status: "pass", value: 1 });
    expect(result("SH5", withMeetings(scored(89.5)))).toMatchObject({ status: "fail", value: 0 });
  });

  it("lets Điểm win over a disagreeing Xếp loại, with a warning on that row", () => {
    const rows = meetings(Array.from({ length: 5 }, (_, index): Change => [index + 1, 10, { score: 80 }]));
    const assessment = run(withMeetings(rows));
    expect(indicator(assessment, "SH5")).toMatchObject({ status: "fail", value: 11 / 16 });
    expect(
      issuesOf(assessment, { severity: "warning", sheet: "Sinh hoạt", row: rowOf(rows, 1, 10) }),
    ).not.toEqual([]);
  });

  it("leaves out Bất thường and Chi ủy meetings", () => {
    const extraordinary = [8, 9].map((month) => ({
      ...goodMeeting(at(month, 25), "Bất thường"),
      level: "Kém",
    }));
    const rows = meetings([[5, 5, { level: "Kém" }]], extraordinary);
    expect(result("SH5", withMeetings(rows))).toMatchObject({ status: "pass", value: 1 });
  });

  it("is missing when a level is unknown but could still reach 70%", () => {
    // 11 Tốt, 4 Khá and one blank: 12 of 16 at best.
    const sh5 = result("SH5", fairMonths(4, [[12, 10, { level: "" }]]));
    expect(sh5.status).toBe("missing");
    expect(sh5.value).toBeCloseTo(11 / 15, 9);
  });

  it("fails when a level is unknown and even Tốt would not reach 70%", () => {
    // 10 Tốt, 5 Khá and one blank: 11 of 16 at best.
    const sh5 = result("SH5", fairMonths(5, [[12, 10, { level: "" }]]));
    expect(sh5.status).toBe("fail");
    expect(sh5.value).toBeCloseTo(10 / 15, 9);
  });
});

describe("SH6 Không có cuộc dưới Khá", () => {
  it("passes with no meeting under Khá, Khá included", () => {
    expect(result("SH6", goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 0 });
    expect(result("SH6", withMeetings(meetings([[7, 10, { level: "Khá" }]])))).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("fails with a meeting at Trung bình or Kém", () => {
    expect(result("SH6", withMeetings(meetings([[7, 10, { level: "Trung bình" }]])))).toMatchObject({
      status: "fail",
      value: 1,
      threshold: 0,
    });
    const two = meetings([
      [7, 10, { level: "Kém" }],
      [9, 20, { level: "Trung bình" }],
    ]);
    expect(result("SH6", withMeetings(two))).toMatchObject({ status: "fail", value: 2 });
  });

  it("reads Điểm: 70 is Khá, 69 is Trung bình, 49 is Kém", () => {
    expect(result("SH6", withMeetings(meetings([[7, 10, { score: 70, level: "" }]]))).status).toBe("pass");
    expect(result("SH6", withMeetings(meetings([[7, 10, { score: 69, level: "" }]])))).toMatchObject({
      status: "fail",
      value: 1,
    });
    expect(result("SH6", withMeetings(meetings([[7, 10, { score: 49, level: "" }]])))).toMatchObject({
      status: "fail",
      value: 1,
    });
  });

  it("leaves out Bất thường meetings", () => {
    const poor = { ...goodMeeting(at(8, 25), "Bất thường"), level: "Kém" };
    expect(result("SH6", withMeetings(meetings([], [poor])))).toMatchObject({ status: "pass", value: 0 });
  });

  it("is missing when a level is unknown and none is under Khá", () => {
    expect(result("SH6", withMeetings(meetings([[7, 10, { level: "" }]])))).toMatchObject({
      status: "missing",
      value: 0,
    });
  });

  it("allows as many as the Cấu hình threshold", () => {
    const input = goodYear({
      meetings: meetings([[7, 10, { level: "Trung bình" }]]),
      settings: [{ code: "SH6", threshold: "1" }],
    });
    expect(result("SH6", input)).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });
});

describe("SH7 Tỷ lệ dự sinh hoạt", () => {
  it("passes with everyone present", () => {
    expect(result("SH7", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 0.9 });
  });

  it("passes at exactly 90% (9 of 10 at every meeting)", () => {
    const sh7 = result("SH7", withMeetings(everyCellMeeting({ present: 9 })));
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo(0.9, 9);
  });

  it("fails just below 90%", () => {
    const rows = everyCellMeeting({ present: 9 }).map((row) =>
      isOn(row.date, 7, 10) ? { ...row, present: 8 } : row,
    );
    const sh7 = result("SH7", withMeetings(rows));
    expect(sh7.status).toBe("fail");
    expect(sh7.value).toBeCloseTo((15 * 0.9 + 0.8) / 16, 9);
  });

  it("reports Có mặt above a typed Triệu tập on any meeting, a Chi ủy one included", () => {
    const committee: MeetingRow = { ...goodMeeting(at(7, 5), "Chi ủy"), summoned: 3, present: 5 };
    const rows = meetings([[7, 5, null]], [committee]);
    const assessment = run(withMeetings(rows));
    const errors = issuesOf(assessment, { severity: "error", sheet: "Sinh hoạt", column: "Có mặt" });
    expect(errors.map((issue) => issue.row)).toEqual([rows.length + 1]);
  });

  it("averages over Bất thường meetings but not Chi ủy ones", () => {
    const extraordinary = { ...goodMeeting(at(8, 25), "Bất thường"), present: 5 };
    const rows = meetings([[8, 5, { present: 1 }]], [extraordinary]);
    const sh7 = result("SH7", withMeetings(rows));
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo(16.5 / 17, 9);
  });

  it("leaves out a meeting with more present than summoned, with an error on its row", () => {
    const rows = everyCellMeeting({ present: 9 }).map((row) =>
      isOn(row.date, 7, 10) ? { ...row, present: 11 } : row,
    );
    const assessment = run(withMeetings(rows));
    const sh7 = indicator(assessment, "SH7");
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo(0.9, 9);
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Sinh hoạt", row: rowOf(rows, 7, 10) }),
    ).toHaveLength(1);
  });

  it("checks Có mặt against a computed Triệu tập too", () => {
    const rows = everyCellMeeting({ summoned: "", present: 9 }).map((row) =>
      isOn(row.date, 7, 10) ? { ...row, present: 11 } : row,
    );
    const assessment = run(withMeetings(rows));
    expect(indicator(assessment, "SH7").value).toBeCloseTo(0.9, 9);
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Sinh hoạt", row: rowOf(rows, 7, 10) }),
    ).toHaveLength(1);
  });

  it("computes a blank Triệu tập from the members active that day", () => {
    const sh7 = result("SH7", withMeetings(everyCellMeeting({ summoned: "", present: 9 })));
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo(0.9, 9);
  });

  it("leaves exempt members out of a computed Triệu tập", () => {
    const members = goodYear().members.map((row) =>
      row.name === GOOD_MEMBERS[7] ? { ...row, exempt: "Có" } : row,
    );
    const sh7 = result(
      "SH7",
      goodYear({ members, meetings: everyCellMeeting({ summoned: "", present: 9 }) }),
    );
    expect(sh7).toMatchObject({ status: "pass", value: 1 });
  });

  it("counts in a computed Triệu tập a member from the day of the transfer in", () => {
    // 8 meetings before 01/07 with 10 of 10, 8 after with 10 of 11.
    const newcomer: MemberRow = officialMember("Trịnh Văn Mới", { transferInDate: at(7, 1) });
    const input = goodYear({
      members: [...goodYear().members, newcomer],
      meetings: everyCellMeeting({ summoned: "", present: 10 }),
    });
    const sh7 = result("SH7", input);
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo((8 + (8 * 10) / 11) / 16, 9);
  });

  it("leaves out of a computed Triệu tập a member from the day of the transfer out", () => {
    // Đặng Văn Hải leaves on 01/07: 8 meetings with 9 of 10 present, then 8 with 9 of 9.
    const members = goodYear().members.map((row) =>
      row.name === GOOD_MEMBERS[6] ? { ...row, transferOutDate: at(7, 1) } : row,
    );
    const sh7 = result(
      "SH7",
      goodYear({ members, meetings: everyCellMeeting({ summoned: "", present: 9 }) }),
    );
    expect(sh7.status).toBe("pass");
    expect(sh7.value).toBeCloseTo((8 * 0.9 + 8) / 16, 9);
  });

  it("warns when Triệu tập is above the members active that day", () => {
    const rows = meetings([[7, 10, { summoned: 12 }]]);
    const assessment = run(withMeetings(rows));
    expect(
      issuesOf(assessment, { severity: "warning", sheet: "Sinh hoạt", row: rowOf(rows, 7, 10) }),
    ).not.toEqual([]);
  });

  it("is missing when a Có mặt is blank and the others reach 90%", () => {
    expect(result("SH7", withMeetings(meetings([[7, 10, { present: "" }]])))).toMatchObject({
      status: "missing",
      value: 1,
    });
  });

  it("fails when a Có mặt is blank and even full attendance there would not reach 90%", () => {
    const rows = everyCellMeeting({ present: 7 }).map((row) =>
      isOn(row.date, 7, 10) ? { ...row, present: "" } : row,
    );
    const sh7 = result("SH7", withMeetings(rows));
    expect(sh7.status).toBe("fail");
    expect(sh7.value).toBeCloseTo(0.7, 9);
  });
});

describe("SH8 Biên bản đầy đủ", () => {
  it("passes with minutes for every cell meeting", () => {
    expect(result("SH8", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("reads a blank Biên bản as no minutes", () => {
    expect(result("SH8", withMeetings(meetings([[7, 10, { hasMinutes: "" }]])))).toMatchObject({
      status: "fail",
      value: 15 / 16,
      threshold: 1,
    });
  });

  it("reads Không and FALSE as no, x and TRUE as yes", () => {
    expect(result("SH8", withMeetings(meetings([[7, 10, { hasMinutes: "Không" }]]))).status).toBe("fail");
    expect(result("SH8", withMeetings(meetings([[7, 10, { hasMinutes: false }]]))).status).toBe("fail");
    expect(result("SH8", withMeetings(everyCellMeeting({ hasMinutes: "x" }))).status).toBe("pass");
    expect(result("SH8", withMeetings(everyCellMeeting({ hasMinutes: true }))).status).toBe("pass");
  });

  it("counts Bất thường meetings but not Chi ủy ones", () => {
    expect(result("SH8", withMeetings(meetings([[7, 5, { hasMinutes: "" }]]))).status).toBe("pass");
    const extraordinary = { ...goodMeeting(at(8, 25), "Bất thường"), hasMinutes: "" };
    expect(result("SH8", withMeetings(meetings([], [extraordinary])))).toMatchObject({
      status: "fail",
      value: 16 / 17,
    });
  });

  it("is missing with no cell meeting at all", () => {
    expect(result("SH8", withMeetings([])).status).toBe("missing");
  });
});

describe("a year with no meeting recorded", () => {
  // A share over no item is missing; a count over none is 0 (§3).
  it("leaves the shares SH4, SH5, SH7 and SH8 missing and the count SH6 at 0", () => {
    const assessment = run(withMeetings([]));
    for (const id of ["SH4", "SH5", "SH7", "SH8"])
      expect(indicator(assessment, id).status, id).toBe("missing");
    expect(indicator(assessment, "SH6")).toMatchObject({ status: "pass", value: 0 });
    expect(indicator(assessment, "SH1")).toMatchObject({ status: "fail", value: 0, threshold: 12 });
    expect(indicator(assessment, "KL5")).toMatchObject({ status: "pass", value: 0 });
  });
});

describe("SH9 Cam kết tu dưỡng, rèn luyện đạt Tốt trở lên", () => {
  const withMember = (name: string, patch: MemberRow, extra: MemberRow[] = []) =>
    goodYear({
      members: [
        ...goodYear().members.map((row) => (row.name === name ? { ...row, ...patch } : row)),
        ...extra,
      ],
    });

  it("passes when every counted member is Tốt or Xuất sắc", () => {
    expect(result("SH9", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(result("SH9", withMember(GOOD_MEMBERS[3], { commitment: "Xuất sắc" }))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("fails with one member at Khá", () => {
    expect(result("SH9", withMember(GOOD_MEMBERS[3], { commitment: "Khá" }))).toMatchObject({
      status: "fail",
      value: 0.9,
      threshold: 1,
    });
  });

  it("leaves out exempt members", () => {
    expect(result("SH9", withMember(GOOD_MEMBERS[3], { commitment: "Khá", exempt: "Có" }))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("leaves out members who left the cell before the as-of date", () => {
    const left = officialMember("Trịnh Văn Đi", { commitment: "Kém", transferOutDate: at(6, 1) });
    expect(result("SH9", withMember(GOOD_MEMBERS[3], {}, [left]))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("is missing when a commitment is blank and the others are Tốt", () => {
    expect(result("SH9", withMember(GOOD_MEMBERS[3], { commitment: "" }))).toMatchObject({
      status: "missing",
      value: 1,
    });
  });

  it("fails when a commitment is blank and another is Khá", () => {
    const input = goodYear({
      members: goodYear().members.map((row, index) =>
        index === 3 ? { ...row, commitment: "" } : index === 4 ? { ...row, commitment: "Khá" } : row,
      ),
    });
    const sh9 = result("SH9", input);
    expect(sh9.status).toBe("fail");
    expect(sh9.value).toBeCloseTo(8 / 9, 9);
  });

  it("passes at exactly a lowered threshold (90% in Cấu hình, 9 of 10)", () => {
    const input = {
      ...withMember(GOOD_MEMBERS[3], { commitment: "Khá" }),
      settings: [{ code: "SH9", threshold: "90%" }],
    };
    const sh9 = result("SH9", input);
    expect(sh9.status).toBe("pass");
    expect(sh9.value).toBeCloseTo(0.9, 9);
    expect(sh9.threshold).toBeCloseTo(0.9, 9);
  });
});

describe("SH10 Chào cờ đầu tuần", () => {
  it("passes on Có, x or a ticked checkbox", () => {
    for (const flagSalute of ["Có", "x", true]) {
      expect(result("SH10", goodYear({ info: { flagSalute } }))).toMatchObject({
        status: "pass",
        value: "Có",
        threshold: "Có",
      });
    }
  });

  it("fails on Không or an unticked checkbox", () => {
    for (const flagSalute of ["Không", false]) {
      expect(result("SH10", goodYear({ info: { flagSalute } }))).toMatchObject({
        status: "fail",
        value: "Không",
        threshold: "Có",
      });
    }
  });

  it("is missing when blank", () => {
    expect(result("SH10", goodYear({ info: { flagSalute: "" } }))).toMatchObject({
      status: "missing",
      value: null,
    });
  });

  it("is missing, with an error, when the answer is neither yes nor no", () => {
    const assessment = run(goodYear({ info: { flagSalute: "Thỉnh thoảng" } }));
    expect(indicator(assessment, "SH10").status).toBe("missing");
    expect(issuesOf(assessment, { severity: "error", sheet: "Thông tin chung", row: 12 })).toHaveLength(1);
  });
});
