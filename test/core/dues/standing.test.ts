/** Where each member stands with party dues (spec §2 `Đảng phí`, §3 owed months), from the spec alone. */
import { describe, expect, it } from "vitest";
import { assess, type CalendarDate, duesStanding, type MemberDues } from "../../../src/core/index";
import { parseWorkbook } from "../../../src/core/parse/workbook";
import { toDay } from "../../../src/core/values/day";
import { goodDues, paidAll } from "../../support/dues";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  officialMember,
  type WorkbookInput,
  workbook,
} from "../../support/workbook";

const at = (month: number, day: number) => date(GOOD_YEAR, month, day);
const END = at(12, 31);

function standingOf(input: WorkbookInput, asOf: CalendarDate = END) {
  const parsed = parseWorkbook(workbook(input), undefined);
  if (!parsed.ok) throw new Error(parsed.message);
  return { standing: duesStanding(parsed.records, parsed.year, toDay(asOf)), parseIssues: parsed.log.issues };
}

function duesOf(input: WorkbookInput, name: string, asOf: CalendarDate = END): MemberDues {
  const found = standingOf(input, asOf).standing?.members.find((member) => member.name === name);
  if (!found) throw new Error(`no dues for ${name}`);
  return found;
}

const [AN, BINH] = GOOD_MEMBERS;

describe("Owed, elapsed, unpaid months", () => {
  it("counts nothing when every month is paid", () => {
    expect(duesOf({ ...goodYear(), dues: goodDues() }, AN)).toEqual({
      member: 0,
      name: AN,
      unpaid: [],
      unknown: [],
      row: 2,
    });
  });

  it("counts a blank month once it has elapsed, and 0 or Không, but never a month not yet elapsed", () => {
    const input = { ...goodYear(), dues: goodDues({ [AN]: { 3: "", 4: "Không", 5: 0, 7: "", 12: "" } }) };
    expect(duesOf(input, AN).unpaid).toEqual([3, 4, 5, 7, 12]);
    expect(duesOf(input, AN, at(7, 30)).unpaid).toEqual([3, 4, 5]);
    expect(duesOf(input, AN, at(7, 31)).unpaid).toEqual([3, 4, 5, 7]);
  });

  it("does not count Miễn (not owed) nor Có lý do (a valid reason)", () => {
    const input = { ...goodYear(), dues: goodDues({ [BINH]: { 2: "Miễn", 3: "Có lý do (ốm)", 4: "" } }) };
    expect(duesOf(input, BINH)).toMatchObject({ unpaid: [4], unknown: [] });
  });

  it("owes from the month a member joined, counted on its last day (joined 15/03: March onward)", () => {
    const joined = officialMember("Trịnh Văn Đến", { transferInDate: at(3, 15) });
    const input = {
      ...goodYear({ members: [...goodYear().members, joined] }),
      dues: [...goodDues(), paidAll("Trịnh Văn Đến", { 1: "", 2: "", 3: "", 4: "" })],
    };
    expect(duesOf(input, "Trịnh Văn Đến").unpaid).toEqual([3, 4]);
  });

  it("owes until the month before a member left (left 10/06: January to May)", () => {
    const left = officialMember("Trịnh Văn Đi", { transferOutDate: at(6, 10) });
    const input = {
      ...goodYear({ members: [...goodYear().members, left] }),
      dues: [...goodDues(), paidAll("Trịnh Văn Đi", { 5: "", 6: "", 7: "" })],
    };
    expect(duesOf(input, "Trịnh Văn Đi").unpaid).toEqual([5]);
  });

  it("counts probationary and exempt members like any other", () => {
    const probationary = officialMember("Mai Thị Mới", { admissionDate: at(2, 1), officialDate: "" });
    const exempt = officialMember("Lý Văn Già", { exempt: "Có" });
    const input = {
      ...goodYear({ members: [...goodYear().members, probationary, exempt] }),
      dues: [...goodDues(), paidAll("Mai Thị Mới", { 2: "" }), paidAll("Lý Văn Già", { 9: "" })],
    };
    expect(duesOf(input, "Mai Thị Mới").unpaid).toEqual([2]);
    expect(duesOf(input, "Lý Văn Già").unpaid).toEqual([9]);
  });

  it("leaves a month unknown when the member's dates cannot be read", () => {
    const unreadable = officialMember("Tạ Văn Lỗi", { transferOutDate: "31/02/2024" });
    const input = {
      ...goodYear({ members: [...goodYear().members, unreadable] }),
      dues: [...goodDues(), paidAll("Tạ Văn Lỗi", { 8: "" })],
    };
    expect(duesOf(input, "Tạ Văn Lỗi")).toMatchObject({ unpaid: [], unknown: [8] });
  });

  it("gives the member's row in Đảng phí", () => {
    const dues = [paidAll(BINH), ...goodDues().filter((row) => row.name !== BINH)];
    expect(duesOf({ ...goodYear(), dues }, BINH).row).toBe(2);
    expect(duesOf({ ...goodYear(), dues }, AN).row).toBe(3);
  });

  it("is undefined when the workbook has no Đảng phí", () => {
    expect(standingOf(goodYear()).standing).toBeUndefined();
  });
});

describe("A member who owes an elapsed month without a row", () => {
  const withoutAn = () => ({ ...goodYear(), dues: goodDues().filter((row) => row.name !== AN) });

  it("is an error on Đảng phí naming the member, row null, and the months concerned are unknown", () => {
    const { standing } = standingOf(withoutAn(), at(4, 15));
    expect(standing?.issues).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Đảng phí", row: null, column: null }),
    ]);
    expect(standing?.issues[0]?.message).toContain(AN);
    expect(standing?.members[0]).toMatchObject({ unpaid: [], unknown: [1, 2, 3], row: null });
  });

  it("is no error before the first month has elapsed, nor for a member who left before the year", () => {
    expect(standingOf(withoutAn(), at(1, 30)).standing?.issues).toEqual([]);
    const gone = officialMember("Trịnh Văn Cũ", { transferOutDate: date(GOOD_YEAR - 1, 9, 1) });
    const input = { ...goodYear({ members: [...goodYear().members, gone] }), dues: goodDues() };
    expect(standingOf(input).standing?.issues).toEqual([]);
  });

  it("is reported by the evaluation", () => {
    const outcome = assess(workbook(withoutAn()), { today: date(GOOD_YEAR + 1, 1, 15) });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(
      outcome.assessment.evaluation.issues.filter(
        (issue) => issue.sheet === "Đảng phí" && issue.row === null,
      ),
    ).toHaveLength(1);
  });
});
