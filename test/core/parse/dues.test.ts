/** Reading `Đảng phí` (spec §2): its headers, and the errors that make a member's months unknown. */
import { describe, expect, it } from "vitest";
import {
  type CalendarDate,
  type CellValue,
  duesStanding,
  type Issue,
  type SheetTable,
} from "../../../src/core/index";
import { parseWorkbook } from "../../../src/core/parse/workbook";
import { toDay } from "../../../src/core/values/day";
import { goodDues, paidAll } from "../../support/dues";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  type WorkbookInput,
  workbook,
} from "../../support/workbook";

const END = date(GOOD_YEAR, 12, 31);
const [AN, BINH] = GOOD_MEMBERS;

/** The good year with a `Đảng phí` tab typed by hand: header row and data rows. */
function withDuesTab(header: readonly CellValue[], rows: readonly (readonly CellValue[])[]) {
  const others = workbook(goodYear());
  const tab: SheetTable = { name: "Đảng phí", rows: [header, ...rows] };
  return [...others, tab];
}

function read(tables: readonly SheetTable[], asOf: CalendarDate = END) {
  const parsed = parseWorkbook(tables, undefined);
  if (!parsed.ok) throw new Error(parsed.message);
  const standing = duesStanding(parsed.records, parsed.year, toDay(asOf));
  if (!standing) throw new Error("no Đảng phí");
  const issues: readonly Issue[] = [...parsed.log.issues, ...standing.issues].filter(
    (issue) => issue.sheet === "Đảng phí",
  );
  return { standing, issues };
}

const fromInput = (input: WorkbookInput) => read(workbook(input));
const memberNamed = (standing: ReturnType<typeof read>["standing"], name: string) =>
  standing.members.find((member) => member.name === name);

describe("Đảng phí headers", () => {
  it("reads Tháng 1 … Tháng 12, also T1, T01, Tháng 01 and without diacritics", () => {
    const header = ["Ho va ten", "Tháng 1", "T2", "T03", "Tháng 04", "thang 5", "THÁNG 6", "Ghi chú"];
    const { standing, issues } = read(
      withDuesTab(header, [[AN, "", "", "", "", "", ""]]),
      date(GOOD_YEAR, 6, 30),
    );
    expect(memberNamed(standing, AN)?.unpaid).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issues.filter((issue) => issue.severity === "error" && issue.row !== null)).toEqual([]);
  });

  it("makes a missing month unknown for everyone who owes it, never unpaid, with one warning", () => {
    const header = ["Họ và tên", "Tháng 1", "Tháng 2", "Ghi chú"];
    const rows = GOOD_MEMBERS.map((name) => [name, 50000, 50000]);
    const { standing, issues } = read(withDuesTab(header, rows), date(GOOD_YEAR, 4, 30));
    expect(memberNamed(standing, AN)).toMatchObject({ unpaid: [], unknown: [3, 4] });
    const warnings = issues.filter((issue) => issue.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ row: 1 });
    expect(warnings[0]?.message).toContain('"Tháng 3"');
    expect(warnings[0]?.message).toContain("chưa biết");
  });

  it("is an error at row 1 without Họ và tên, and every owed month is unknown", () => {
    const { standing, issues } = read(withDuesTab(["Tháng 1", "Ghi chú"], [[50000]]), date(GOOD_YEAR, 1, 31));
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: "error", row: 1, column: "Họ và tên" }),
    );
    expect(memberNamed(standing, AN)).toMatchObject({ unpaid: [], unknown: [1] });
    expect(standing.issues).toEqual([]);
  });
});

describe("Đảng phí rows", () => {
  it("matches a name the way name lists do: note in parentheses, đ/c, tone placement", () => {
    const dues = goodDues().map((row) => (row.name === AN ? { ...row, name: `đ/c ${AN} (bí thư)` } : row));
    const { standing, issues } = fromInput({ ...goodYear(), dues });
    expect(memberNamed(standing, AN)?.row).toBe(2);
    expect(issues).toEqual([]);
  });

  it("accepts a unique name typed without diacritics, with a warning", () => {
    const dues = goodDues().map((row) => (row.name === BINH ? { ...row, name: "Tran Thi Binh" } : row));
    const { standing, issues } = fromInput({ ...goodYear(), dues });
    expect(memberNamed(standing, BINH)?.row).toBe(3);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", row: 3, column: "Họ và tên" })]);
  });

  it("reports a mark it cannot read at its row and month, and leaves that month unknown", () => {
    const { standing, issues } = fromInput({
      ...goodYear(),
      dues: goodDues({ [AN]: { 5: "đã nộp hôm qua" } }),
    });
    expect(issues).toEqual([expect.objectContaining({ severity: "error", row: 2, column: "Tháng 5" })]);
    expect(memberNamed(standing, AN)).toMatchObject({ unpaid: [], unknown: [5] });
  });

  it("reports a row whose name is no member at that row, and makes nothing unknown", () => {
    const { standing, issues } = fromInput({
      ...goodYear(),
      dues: [...goodDues(), paidAll("Người Lạ", { 1: "" })],
    });
    expect(issues).toEqual([expect.objectContaining({ severity: "error", row: 12, column: "Họ và tên" })]);
    expect(
      standing.members.every((member) => member.unknown.length === 0 && member.unpaid.length === 0),
    ).toBe(true);
  });

  it("reports a second row for one member at the second row, and all that member's owed months are unknown", () => {
    const { standing, issues } = fromInput({ ...goodYear(), dues: [...goodDues(), paidAll(AN, { 2: "" })] });
    expect(issues).toEqual([expect.objectContaining({ severity: "error", row: 12, column: "Họ và tên" })]);
    expect(issues[0]?.message).toContain("dòng 2");
    expect(memberNamed(standing, AN)).toMatchObject({ unpaid: [], row: 2 });
    expect(memberNamed(standing, AN)?.unknown).toHaveLength(12);
  });

  it("reports a row without a name, and skips fully blank rows", () => {
    const dues = [...goodDues(), {}, paidAll("")];
    const { issues } = fromInput({ ...goodYear(), dues });
    expect(issues).toEqual([expect.objectContaining({ severity: "error", row: 13, column: "Họ và tên" })]);
  });
});
