/** Tiêu chí 3 (KL), spec §4, from the spec alone, each case a change to the good year. */
import { describe, expect, it } from "vitest";
import type { AssessOptions } from "../../../src/core/index";
import { indicator, issuesOf } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodMeeting,
  goodYear,
  type IncidentRow,
  type MeetingRow,
  type MemberRow,
  officialMember,
  run,
  type SettingRow,
  type WorkbookInput,
} from "../../support/workbook";

const at = (month: number, day: number) => date(GOOD_YEAR, month, day);
const result = (id: string, input: WorkbookInput, options?: AssessOptions) =>
  indicator(run(input, options), id);

describe("KL1 Không có đảng viên bị kỷ luật", () => {
  const withDiscipline = (discipline: string, extra: MemberRow[] = [], settings: SettingRow[] = []) =>
    goodYear({
      members: [
        ...goodYear().members.map((row) => (row.name === GOOD_MEMBERS[4] ? { ...row, discipline } : row)),
        ...extra,
      ],
      settings,
    });

  it("passes when no member is disciplined, a blank Kỷ luật meaning Không", () => {
    expect(result("KL1", goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 0 });
    expect(result("KL1", withDiscipline(""))).toMatchObject({ status: "pass", value: 0 });
  });

  it("fails with a disciplined member", () => {
    expect(result("KL1", withDiscipline("Khiển trách"))).toMatchObject({
      status: "fail",
      value: 1,
      threshold: 0,
    });
  });

  it("counts a disciplined member who has since left the cell", () => {
    const left = officialMember("Trịnh Văn Đi", { discipline: "Cảnh cáo", transferOutDate: at(6, 1) });
    expect(result("KL1", withDiscipline("Không", [left]))).toMatchObject({ status: "fail", value: 1 });
  });

  it("is missing when a Kỷ luật is misspelled: an erroneous value is unknown, not Không", () => {
    const assessment = run(withDiscipline("Kiển trách"));
    expect(indicator(assessment, "KL1")).toMatchObject({ status: "missing", value: 0 });
    expect(issuesOf(assessment, { severity: "error", sheet: "Đảng viên", row: 6 })).toHaveLength(1);
  });

  it("fails despite a misspelled Kỷ luật when another member is disciplined", () => {
    const other = officialMember("Trịnh Văn Phạt", { discipline: "Khiển trách" });
    expect(result("KL1", withDiscipline("Kiển trách", [other]))).toMatchObject({ status: "fail", value: 1 });
  });

  it("allows as many as the Cấu hình threshold", () => {
    expect(result("KL1", withDiscipline("Khiển trách", [], [{ code: "KL1", threshold: "1" }]))).toMatchObject(
      {
        status: "pass",
        value: 1,
        threshold: 1,
      },
    );
  });
});

describe.each([
  ["KL2 Không có đảng viên vi phạm", "KL2", "Vi phạm"],
  ["KL3 Không có biểu hiện mất đoàn kết", "KL3", "Mất đoàn kết"],
])("%s", (_title, id, type) => {
  const record = (day = at(5, 12)): IncidentRow => ({
    date: day,
    type,
    content: "Sự việc",
    state: "Đã giải quyết",
  });
  const withRecords = (records: IncidentRow[], settings: SettingRow[] = []) =>
    goodYear({ incidents: [...goodYear().incidents, ...records], settings });

  it(`passes with no ${type} row`, () => {
    expect(result(id, goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 0 });
  });

  it(`fails with a ${type} row in the year, resolved or not`, () => {
    expect(result(id, withRecords([record()]))).toMatchObject({ status: "fail", value: 1, threshold: 0 });
  });

  it("counts only rows dated in the year up to the as-of date", () => {
    const lastYear = record(date(GOOD_YEAR - 1, 12, 20));
    expect(result(id, withRecords([lastYear]))).toMatchObject({ status: "pass", value: 0 });
    expect(result(id, withRecords([record(at(8, 1))]), { today: at(6, 30) })).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("counts only its own type", () => {
    const other = type === "Vi phạm" ? "Mất đoàn kết" : "Vi phạm";
    expect(result(id, withRecords([{ ...record(), type: other }]))).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("allows as many as the Cấu hình threshold", () => {
    expect(result(id, withRecords([record()], [{ code: id, threshold: "1" }]))).toMatchObject({
      status: "pass",
      value: 1,
      threshold: 1,
    });
  });
});

describe("KL4 Có quy chế làm việc", () => {
  it("passes on Có, x or a ticked checkbox", () => {
    for (const workingRules of ["Có", "x", true]) {
      expect(result("KL4", goodYear({ info: { workingRules } }))).toMatchObject({
        status: "pass",
        value: "Có",
        threshold: "Có",
      });
    }
  });

  it("fails on Không or an unticked checkbox", () => {
    for (const workingRules of ["Không", false]) {
      expect(result("KL4", goodYear({ info: { workingRules } }))).toMatchObject({
        status: "fail",
        value: "Không",
        threshold: "Có",
      });
    }
  });

  it("is missing when blank", () => {
    expect(result("KL4", goodYear({ info: { workingRules: "" } }))).toMatchObject({
      status: "missing",
      value: null,
    });
  });
});

describe("KL5 Không có đảng viên bỏ sinh hoạt", () => {
  const absentee = GOOD_MEMBERS[2];

  /** The good year with `unexcused` written in Vắng không lý do of the meetings on the given days. */
  function absences(days: readonly (readonly [number, number, string?])[], added: MeetingRow[] = []) {
    const meetings = [...goodYear().meetings, ...added].map((row) => {
      const day = days.find(
        ([month, dayOfMonth]) =>
          typeof row.date === "object" && row.date?.month === month && row.date.day === dayOfMonth,
      );
      if (!day) return row;
      const present = typeof row.present === "number" ? row.present - 1 : row.present;
      return { ...row, unexcused: day[2] ?? absentee, present };
    });
    return meetings;
  }
  const kl5 = (meetings: MeetingRow[], settings: SettingRow[] = []) =>
    result("KL5", goodYear({ meetings, settings }));

  it("passes with no unexcused absence", () => {
    expect(result("KL5", goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 3 });
  });

  it("ignores an absence at a meeting of unreadable type dated in another year", () => {
    const stray: MeetingRow = { date: { year: 2023, month: 5, day: 5 }, type: "Họp", unexcused: absentee };
    expect(kl5([...goodYear().meetings, stray])).toMatchObject({ status: "pass", value: 0 });
  });

  it("passes when a member is absent without reason in two months", () => {
    expect(
      kl5(
        absences([
          [7, 10],
          [8, 10],
        ]),
      ),
    ).toMatchObject({ status: "pass", value: 2, threshold: 3 });
  });

  it("fails when a member is absent without reason in three months, consecutive or not", () => {
    expect(
      kl5(
        absences([
          [7, 10],
          [8, 10],
          [9, 10],
        ]),
      ),
    ).toMatchObject({ status: "fail", value: 3, threshold: 3 });
    expect(
      kl5(
        absences([
          [2, 10],
          [6, 10],
          [11, 10],
        ]),
      ),
    ).toMatchObject({ status: "fail", value: 3 });
  });

  it("counts two absences in the same month once", () => {
    expect(
      kl5(
        absences([
          [9, 10],
          [9, 20],
          [10, 10],
        ]),
      ),
    ).toMatchObject({ status: "pass", value: 2 });
  });

  it("counts Bất thường meetings but not Chi ủy ones", () => {
    const extraordinary = goodMeeting(at(9, 25), "Bất thường");
    expect(
      kl5(
        absences(
          [
            [7, 10],
            [8, 10],
            [9, 25],
          ],
          [extraordinary],
        ),
      ),
    ).toMatchObject({ status: "fail", value: 3 });
    expect(
      kl5(
        absences([
          [7, 10],
          [8, 10],
          [9, 5],
        ]),
      ),
    ).toMatchObject({ status: "pass", value: 2 });
  });

  it("reports the largest count among members", () => {
    const other = GOOD_MEMBERS[5];
    const meetings = absences([
      [3, 10, other],
      [7, 10],
      [8, 10],
    ]);
    expect(kl5(meetings)).toMatchObject({ status: "pass", value: 2 });
  });

  it("matches names written with đ/c, a note in parentheses, or several in one cell", () => {
    const meetings = absences([
      [7, 10, `đ/c ${absentee} (không báo)`],
      [8, 10, `Đồng chí ${absentee}; ${GOOD_MEMBERS[5]}`],
      [9, 10, `${GOOD_MEMBERS[5]}\n${absentee.toUpperCase()}`],
    ]);
    expect(kl5(meetings)).toMatchObject({ status: "fail", value: 3 });
  });

  it("is missing, with an error, when an absent name matches no member", () => {
    const meetings = absences([[7, 10, "Người Lạ Mặt"]]);
    const assessment = run(goodYear({ meetings }));
    expect(indicator(assessment, "KL5")).toMatchObject({ status: "missing", value: 0 });
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Sinh hoạt", column: "Vắng không lý do" }),
    ).toHaveLength(1);
  });

  it("matches a name typed without diacritics when it is unique, with a warning", () => {
    const plain = "Le Van Cuong";
    const assessment = run(
      goodYear({
        meetings: absences([
          [7, 10, plain],
          [8, 10, plain],
          [9, 10, plain],
        ]),
      }),
    );
    expect(indicator(assessment, "KL5")).toMatchObject({ status: "fail", value: 3 });
    expect(issuesOf(assessment, { severity: "warning", sheet: "Sinh hoạt" }).length).toBeGreaterThan(0);
    expect(issuesOf(assessment, { severity: "error" })).toEqual([]);
  });

  it("ignores absences at meetings of another year", () => {
    const lastDecember = { ...goodMeeting(date(GOOD_YEAR - 1, 12, 10), "Thường kỳ"), unexcused: absentee };
    const meetings = [
      lastDecember,
      ...absences([
        [7, 10],
        [8, 10],
      ]),
    ];
    expect(kl5(meetings)).toMatchObject({ status: "pass", value: 2 });
  });

  it("fails at two months when Cấu hình sets 2", () => {
    const meetings = absences([
      [7, 10],
      [8, 10],
    ]);
    expect(kl5(meetings, [{ code: "KL5", threshold: "2" }])).toMatchObject({
      status: "fail",
      value: 2,
      threshold: 2,
    });
  });
});
