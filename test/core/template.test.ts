import { describe, expect, it } from "vitest";
import { INDICATORS, INFO_ITEMS, SHEETS, templateSheets } from "../../src/core/index";

const sheet = (key: string) => {
  const found = templateSheets().find((template) => template.key === key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
};

describe("the workbook template", () => {
  it("has every sheet of the schema, with its headers in order", () => {
    for (const template of templateSheets()) {
      expect(template.columns.map((column) => column.header)).toEqual(
        SHEETS[template.key].columns.map((column) => column.header),
      );
    }
  });

  it("lists every Thông tin chung item, blank, with its note", () => {
    const info = sheet("info");
    expect(info.rows).toEqual(INFO_ITEMS.map((item) => [item.label, ""]));
    expect(info.rowNotes).toEqual(INFO_ITEMS.map((item) => item.note));
  });

  it("offers Có/Không for the yes/no items, since a checkbox cannot show 'not said yet'", () => {
    const info = sheet("info");
    const hasCommittee = INFO_ITEMS.findIndex((item) => item.key === "hasCommittee");
    expect(info.rowInputs?.[hasCommittee]).toEqual({ type: "dropdown", values: ["Có", "Không"] });
  });

  it("puts checkboxes on yes/no columns, whose blank has a meaning (Biên bản blank = no)", () => {
    const minutes = sheet("meetings").columns.find((column) => column.header === "Biên bản");
    expect(minutes?.input).toEqual({ type: "checkbox" });
  });

  it("fills Cấu hình with every indicator, its default as typed and Áp dụng ticked", () => {
    const settings = sheet("settings");
    expect(settings.rows.map((row) => row[0])).toEqual(INDICATORS.map((indicator) => indicator.id));
    expect(settings.rows.find((row) => row[0] === "SH5")).toEqual([
      "SH5",
      "Cuộc sinh hoạt đạt Tốt",
      "70%",
      true,
    ]);
    expect(settings.rows.find((row) => row[0] === "NV1")?.[2]).toBe("HTTNV");
  });
});
