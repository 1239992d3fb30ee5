import { describe, expect, it } from "vitest";
import { isUncalculatedFormula, toCellValue } from "../../src/cli/cell-value";

describe("reading an ExcelJS cell value for the engine", () => {
  it("reads a date by its UTC day, whatever the machine's time zone", () => {
    expect(toCellValue(new Date(Date.UTC(2024, 6, 3)))).toEqual({ year: 2024, month: 7, day: 3 });
    expect(toCellValue(new Date(Date.UTC(2024, 6, 3, 23, 59, 59)))).toEqual({ year: 2024, month: 7, day: 3 });
  });
  it("reads a formula as its cached result", () => {
    expect(toCellValue({ formula: "A1+1", result: 5 })).toBe(5);
    expect(toCellValue({ sharedFormula: "A2", result: new Date(Date.UTC(2023, 0, 2)) })).toEqual({
      year: 2023,
      month: 1,
      day: 2,
    });
  });
  it("reads a formula saved without its result as its text, never as blank", () => {
    expect(toCellValue({ formula: "NOW()" })).toBe("=NOW()");
    expect(isUncalculatedFormula({ formula: "NOW()" })).toBe(true);
    expect(isUncalculatedFormula({ formula: "A1+1", result: 5 })).toBe(false);
  });
  it("reads rich text and hyperlinks as their plain text", () => {
    expect(toCellValue({ richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn An" }] })).toBe(
      "Nguyễn Văn An",
    );
    expect(toCellValue({ text: "Biên bản", hyperlink: "https://example.vn" })).toBe("Biên bản");
    expect(toCellValue({ text: { richText: [{ text: "Liên kết" }] }, hyperlink: "https://example.vn" })).toBe(
      "Liên kết",
    );
  });
  it("reads an error value as its text", () => {
    expect(toCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(toCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  });
  it("keeps booleans, numbers and strings, and reads empty as null", () => {
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(2.5)).toBe(2.5);
    expect(toCellValue("=1+1")).toBe("=1+1");
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(undefined)).toBeNull();
  });
});
