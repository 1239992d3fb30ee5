/** Sidebar `Ghi đảng phí`: a month's members and marks, saved as one batched write of that month's column. */
import { describe, expect, it } from "vitest";
import type { DuesMonthResponse, DuesSaveResponse } from "../../../src/protocol/dues";
import { date, GOOD_MEMBERS, goodYear, officialMember, workbook } from "../../support/workbook";
import { createFakeGoogle, sheetNamed, snapshot, valuesOf } from "../fakes/index";
import { DUES, duesYear, duesYearOfSize, markOf, typeMarks } from "../support/dues-year";
import { callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

const [AN, BINH, CUONG, DUNG] = GOOD_MEMBERS;

function viewOf(response: unknown) {
  const month = response as DuesMonthResponse;
  if (!month.ok) throw new Error(month.message);
  return month.view;
}

function saved(response: unknown) {
  const result = response as DuesSaveResponse;
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("Ghi đảng phí", () => {
  it("shows December for a year that is over, every member who owes it and how each month stands", () => {
    const { google, context } = duesYear();
    typeMarks(google, {
      [AN]: { 12: 50000 },
      [BINH]: { 12: "Miễn" },
      [CUONG]: { 12: "Có lý do (ốm)" },
      [DUNG]: { 12: "Không" },
    });
    const view = viewOf(callGlobal(context, "getDuesMonth", null));
    expect(view).toMatchObject({ sheet: DUES, year: 2024, month: 12 });
    expect(view.members.map((member) => member.name)).toEqual([...GOOD_MEMBERS]);
    expect(view.members.slice(0, 5).map((member) => [member.state, member.text])).toEqual([
      ["paid", "50000"],
      ["exempt", "Miễn"],
      ["excused", "Có lý do (ốm)"],
      ["unpaid", "Không"],
      ["blank", ""],
    ]);
  });

  it("leaves out a member who does not owe the month (joined later)", () => {
    const joined = officialMember("Mai Thị Mới", { transferInDate: date(2024, 6, 15) });
    const { context } = duesYear([...goodYear().members, joined]);
    expect(viewOf(callGlobal(context, "getDuesMonth", 5)).members.map((member) => member.name)).not.toContain(
      "Mai Thị Mới",
    );
    expect(viewOf(callGlobal(context, "getDuesMonth", 6)).members.map((member) => member.name)).toContain(
      "Mai Thị Mới",
    );
  });

  it("writes the amount for each member ticked, blanks a paid month unticked, and never touches Miễn or Có lý do", () => {
    const { google, context } = duesYear();
    typeMarks(google, {
      [AN]: { 3: "x" },
      [BINH]: { 3: "Miễn" },
      [CUONG]: { 3: "Có lý do" },
      [DUNG]: { 3: 20000 },
    });
    const result = saved(
      callGlobal(context, "saveDuesMonth", {
        month: 3,
        amount: 50000,
        paid: GOOD_MEMBERS.filter((name) => name !== AN),
        unpaid: [AN],
      }),
    );
    expect(markOf(google, AN, 3)).toBe("");
    expect(markOf(google, BINH, 3)).toBe("Miễn");
    expect(markOf(google, CUONG, 3)).toBe("Có lý do");
    expect(markOf(google, DUNG, 3)).toBe(20000);
    for (const name of GOOD_MEMBERS.slice(4)) expect(markOf(google, name, 3)).toBe(50000);
    expect(result.message).toContain("tháng 3");
    expect(result.view.members[0]?.state).toBe("blank");
    expect(result.state.ok).toBe(true);
  });

  it("writes x when no amount is given, and changes nothing but that month's column", () => {
    const { google, context } = duesYear();
    const before = valuesOf(sheetNamed(google, DUES));
    saved(
      callGlobal(context, "saveDuesMonth", { month: 7, amount: null, paid: [...GOOD_MEMBERS], unpaid: [] }),
    );
    const after = valuesOf(sheetNamed(google, DUES));
    after.forEach((row, index) => {
      row.forEach((cell, column) => {
        if (column === 7 && index > 0) expect(cell).toBe("x");
        else expect(cell).toBe(before[index]?.[column] ?? "");
      });
    });
  });

  it("gives a member without a row one at the bottom", () => {
    const { google, context } = duesYear();
    const sheet = sheetNamed(google, DUES);
    const row = valuesOf(sheet).findIndex((cells) => cells[0] === AN) + 1;
    for (let column = 1; column <= 14; column++) {
      const cell = sheet.cells[row - 1]?.[column - 1];
      if (cell) cell.value = "";
    }
    saved(callGlobal(context, "saveDuesMonth", { month: 2, amount: 30000, paid: [AN], unpaid: [] }));
    const values = valuesOf(sheet);
    expect(values.at(-1)?.slice(0, 3)).toEqual([AN, "", 30000]);
  });

  it("refuses an amount that is not above 0, and writes nothing", () => {
    const { google, context } = duesYear();
    const before = snapshot(google);
    const response = callGlobal(context, "saveDuesMonth", { month: 1, amount: -5, paid: [AN], unpaid: [] });
    expect(response).toMatchObject({ ok: false });
    expect(snapshot(google)).toEqual(before);
  });

  it("offers to start when the workbook has no Đảng phí, and the sidebar action creates it", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    initialize(context);
    typeYear(google, workbook(goodYear()));
    expect(callGlobal(context, "getDuesMonth", null)).toMatchObject({ ok: false, sheetMissing: true });
    const tracked = callGlobal(context, "trackDues") as { ok: boolean; dues: DuesMonthResponse };
    expect(tracked.ok).toBe(true);
    expect(viewOf(tracked.dues).members).toHaveLength(GOOD_MEMBERS.length);
  });
});

describe("Ghi đảng phí service calls", () => {
  function saveCalls(count: number): string[] {
    const { google, context, names } = duesYearOfSize(count);
    google.log.reset();
    saved(
      callGlobal(context, "saveDuesMonth", {
        month: 5,
        amount: 50000,
        paid: names.slice(1),
        unpaid: names.slice(0, 1),
      }),
    );
    return [...google.log.calls];
  }

  // Seven input sheets (the six of Khởi tạo and Đảng phí): one getValues each.
  it("are the same for 10 and 2,000 members: one read per input sheet, one RangeList per kind of change", () => {
    const small = saveCalls(10);
    const large = saveCalls(2000);
    expect(large).toEqual(small);
    expect(large.filter((call) => call === "Range.getValues")).toHaveLength(7);
    expect(large.filter((call) => /RangeList\.(setValue|clearContent)|Range\.setValues/.test(call))).toEqual([
      "Range.setValues",
      "RangeList.setValue",
      "RangeList.clearContent",
    ]);
  });
});
