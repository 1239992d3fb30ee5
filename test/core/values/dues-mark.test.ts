/** The dues marks of spec §2 (`Đảng phí`), cell by cell. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/index";
import { readDuesMark } from "../../../src/core/values/dues-mark";

const mark = (cell: CellValue) => {
  const read = readDuesMark(cell);
  return read.kind === "value" ? read.value : read.kind;
};

describe("Dues marks", () => {
  it("reads an amount above 0, typed as a number or as text with or without the currency, as paid", () => {
    for (const cell of [
      50000,
      0.5,
      "50.000",
      "50.000đ",
      "50000 VNĐ",
      "50.000 đồng",
      "12,5",
      "50.000 (nộp muộn)",
    ]) {
      expect(mark(cell), String(cell)).toBe("paid");
    }
  });

  it("reads yes (x, Có, TRUE) as paid", () => {
    for (const cell of ["x", "X", "Có", "co", true, "Đã đóng"]) expect(mark(cell), String(cell)).toBe("paid");
  });

  it("reads Miễn as exempt and Có lý do as excused, the way list values match, a trailing note ignored", () => {
    for (const cell of ["Miễn", "mien", " MIỄN ", "Miễn (hoàn cảnh khó khăn)"]) {
      expect(mark(cell), String(cell)).toBe("exempt");
    }
    for (const cell of ["Có lý do", "co ly do", "Có lí do", "Có lý do (ốm)"]) {
      expect(mark(cell), String(cell)).toBe("excused");
    }
  });

  it("reads 0, Không and FALSE as unpaid", () => {
    for (const cell of [0, "0", "Không", "khong", false, "0đ"])
      expect(mark(cell), String(cell)).toBe("unpaid");
  });

  it("leaves a blank cell blank: whether it is unpaid depends on the month", () => {
    expect(mark("")).toBe("blank");
    expect(mark(null)).toBe("blank");
    expect(mark("   ")).toBe("blank");
  });

  it("refuses anything else with a message saying what to type", () => {
    for (const cell of ["nộp rồi nhé", "-50.000", -1, { year: 2024, month: 3, day: 1 }, "abc"]) {
      const read = readDuesMark(cell);
      expect(read.kind, String(cell)).toBe("error");
      if (read.kind === "error") expect(read.message).toContain("Miễn, Có lý do");
    }
  });
});
