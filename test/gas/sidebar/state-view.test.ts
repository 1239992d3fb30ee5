import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/index";
import { sidebarState } from "../../../src/gas/sidebar/state-view";
import { assessed } from "../../support/tables";
import { date, GOOD_MEMBERS, goodYear, officialMember, workbook } from "../../support/workbook";

const today = date(2025, 1, 15);

function stateOf(input: Parameters<typeof workbook>[0]) {
  const tables = workbook(input);
  return sidebarState(assessed(assess(tables, { today })), tables, today);
}

describe("the sidebar's state", () => {
  it("carries the four criteria in order, each indicator with its figures and evidence", () => {
    const state = stateOf(goodYear());
    expect(state.criteria.map((criterion) => criterion.id)).toEqual(["NV", "SH", "KL", "DV"]);
    expect(state.status).toBe("pass");
    const sh1 = state.criteria[1]?.indicators[0];
    expect(sh1).toMatchObject({ id: "SH1", status: "pass", value: "12/12 tháng" });
    expect(sh1?.detail).not.toBe("");
    expect(state.asOf).toBe("2024-12-31");
  });

  it("carries the verdict as the engine words it, for the header", () => {
    expect(stateOf(goodYear()).verdict).toBe('Đạt "Chi bộ bốn tốt" năm 2024');
    expect(stateOf(goodYear({ info: { cellRating: "HTNV" } })).verdict).toBe(
      'Chưa đạt "Chi bộ bốn tốt" năm 2024',
    );
    expect(stateOf({ ...goodYear(), meetings: null }).verdict).toBe(
      'Chưa đủ căn cứ đánh giá "Chi bộ bốn tốt" năm 2024',
    );
  });

  it("lists errors before warnings", () => {
    const input = goodYear();
    const state = stateOf({
      ...input,
      meetings: [
        ...input.meetings,
        { date: date(2023, 6, 1), type: "Thường kỳ" },
        { date: "31/02/2024", type: "Thường kỳ" },
      ],
    });
    const severities = state.problems.map((problem) => problem.severity);
    expect(severities).toContain("warning");
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
    expect(state.errorCount).toBe(severities.filter((severity) => severity === "error").length);
  });

  it("offers as absentees the members still in the cell today", () => {
    const input = goodYear();
    const state = stateOf({
      ...input,
      members: [...input.members, officialMember("Lý Văn Đi", { transferOutDate: date(2024, 6, 1) })],
    });
    expect(state.members.map((member) => member.name)).toEqual([...GOOD_MEMBERS]);
  });

  it("gives the forms the value lists of the schema", () => {
    const state = stateOf(goodYear());
    expect(state.lists.meetingTypes).toContain("Thường kỳ kết hợp chuyên đề");
    expect(state.lists.committeeMeetingType).toBe("Chi ủy");
    expect(state.lists.roles).toContain("Phó Bí thư");
  });
});
