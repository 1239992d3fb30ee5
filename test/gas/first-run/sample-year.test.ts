/**
 * The first run on the in-memory Google Sheets, through the built dist/Code.js: the welcome state,
 * Dùng thử với dữ liệu mẫu, and Xóa dữ liệu mẫu removing exactly the sample.
 */
import { describe, expect, it } from "vitest";
import { sampleYear } from "../../../examples/sample-year";
import { headerOf, SHEETS } from "../../../src/core/index";
import type { StateResponse } from "../../../src/protocol/sidebar";
import type { SampleResponse } from "../../../src/protocol/start";
import {
  createFakeGoogle,
  type FakeGoogle,
  type SheetData,
  sheetNamed,
  typeRows,
  valuesOf,
} from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";
import { initialize } from "../support/sample-year";

const SAMPLE = sampleYear();
const MEMBERS = SHEETS.members.title;
const MEETINGS = SHEETS.meetings.title;
const INFO = SHEETS.info.title;

function spreadsheet(): { google: FakeGoogle; context: BundleContext } {
  const google = createFakeGoogle();
  return { google, context: loadBundle(google.globals) };
}

const call = <T>(context: BundleContext, name: string) => callGlobal(context, name) as T;

function columnIndex(sheet: SheetData, header: string): number {
  return (valuesOf(sheet)[0] ?? []).indexOf(header);
}

/** Data rows (below the header) that hold anything, as stored. */
function filledRows(sheet: SheetData): unknown[][] {
  return valuesOf(sheet)
    .slice(1)
    .filter((row) => row.some((value) => value !== "" && value !== false && value !== null));
}

function infoValue(google: FakeGoogle, label: string): unknown {
  const rows = valuesOf(sheetNamed(google, INFO));
  return rows.find((row) => row[0] === label)?.[1];
}

function loaded() {
  const { google, context } = spreadsheet();
  initialize(context);
  const response = call<SampleResponse>(context, "loadSampleYear");
  if (!response.ok) throw new Error(response.message);
  return { google, context, response };
}

describe("the first run", () => {
  it("a spreadsheet without input sheets opens on the welcome panel", () => {
    const { context } = spreadsheet();
    const state = call<StateResponse>(context, "getSidebarState");
    expect(state.ok).toBe(false);
    expect(state.start).toMatchObject({ initialized: false, empty: false, sample: false });
  });

  it("Khởi tạo from the welcome panel makes the sheets and says they are still empty", () => {
    const { google, context } = spreadsheet();
    const state = call<StateResponse>(context, "startWorkbook");
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toContain(MEMBERS);
    expect(state.start).toMatchObject({ initialized: true, empty: true, sample: false });
  });
});

describe("Dùng thử với dữ liệu mẫu", () => {
  it("fills the empty sheets with the sample year, every row marked in Ghi chú", () => {
    const { google, response } = loaded();
    const members = sheetNamed(google, MEMBERS);
    const note = columnIndex(members, headerOf("members", "note"));
    expect(filledRows(members)).toHaveLength(SAMPLE.rows.members.length);
    expect(filledRows(sheetNamed(google, MEETINGS))).toHaveLength(SAMPLE.rows.meetings.length);
    for (const row of filledRows(members)) expect(String(row[note])).toMatch(/^\[Dữ liệu mẫu\]/);
    expect(infoValue(google, "Tên chi bộ")).toBe(SAMPLE.info["Tên chi bộ"]);
    expect(infoValue(google, "Có chi ủy")).toBe("Có");
    // The sample's superior committee is fictional: nothing to share with by mistake.
    expect(infoValue(google, "Email cấp ủy cấp trên")).toBe("");
    expect(response.message).toContain("[Dữ liệu mẫu]");
    expect(response.state.ok).toBe(true);
    if (response.state.ok) expect(response.state.state.unit).toBe(SAMPLE.info["Tên chi bộ"]);
    expect(response.state.start).toMatchObject({ initialized: true, empty: false, sample: true });
  });

  it("writes the sample's dates as dates, shown dd/mm/yyyy", () => {
    const { google } = loaded();
    const meetings = sheetNamed(google, MEETINGS);
    const date = columnIndex(meetings, headerOf("meetings", "date"));
    const first = meetings.cells[1]?.[date];
    expect(typeof first?.value).toBe("number");
    expect(first?.numberFormat).toBe("dd/mm/yyyy");
  });

  it("refuses before Khởi tạo, and on a spreadsheet where something was typed", () => {
    const { google, context } = spreadsheet();
    expect(call<SampleResponse>(context, "loadSampleYear")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Khởi tạo"),
    });
    initialize(context);
    typeRows(sheetNamed(google, MEMBERS), 2, [["Lý Thị Mai"]]);
    expect(call<SampleResponse>(context, "loadSampleYear")).toMatchObject({
      ok: false,
      message: expect.stringContaining("đã có dữ liệu bạn nhập"),
    });
  });

  it("loads once: a second click says the sample is already there", () => {
    const { context } = loaded();
    expect(call<SampleResponse>(context, "loadSampleYear")).toMatchObject({ ok: false });
  });
});

describe("Xóa dữ liệu mẫu", () => {
  it("removes exactly the sample rows and keeps a row the secretary typed in between", () => {
    const { google, context } = loaded();
    const members = sheetNamed(google, MEMBERS);
    const header = valuesOf(members)[0] ?? [];
    const name = header.indexOf(headerOf("members", "name"));
    // She types over the fifth sample row (her own note, so no mark), and adds one at the bottom.
    const own = header.map(() => "" as string | number);
    own[name] = "Lý Thị Mai";
    own[header.indexOf(headerOf("members", "note"))] = "chuyển đến tháng 3";
    typeRows(members, 6, [own]);
    const saved = callGlobal(context, "saveMember", { name: "Hà Văn Cường", admissionDate: "2010-05-19" });
    expect(saved).toMatchObject({ ok: true });
    // And a meeting of her own whose duration is a formula.
    const meetings = sheetNamed(google, MEETINGS);
    const minutes = columnIndex(meetings, headerOf("meetings", "minutes"));
    typeRows(meetings, SAMPLE.rows.meetings.length + 2, [[...Array(minutes).fill(""), "=60*2"]]);
    // She renamed the cell: that item is hers now.
    const infoRows = valuesOf(sheetNamed(google, INFO));
    const unitRow = infoRows.findIndex((row) => row[0] === "Tên chi bộ") + 1;
    typeRows(sheetNamed(google, INFO), unitRow, [["Tên chi bộ", "Chi bộ Văn phòng"]]);

    const response = call<SampleResponse>(context, "removeSampleYear");
    expect(response.ok).toBe(true);
    expect(filledRows(members).map((row) => row[name])).toEqual(["Lý Thị Mai", "Hà Văn Cường"]);
    expect(members.cells[1]?.[header.indexOf(headerOf("members", "note"))]?.value).toBe("chuyển đến tháng 3");
    expect(filledRows(meetings)).toHaveLength(1);
    expect(meetings.cells[1]?.[minutes]?.formula).toBe("=60*2");
    expect(filledRows(sheetNamed(google, SHEETS.tasks.title))).toEqual([]);
    expect(filledRows(sheetNamed(google, SHEETS.incidents.title))).toEqual([]);
    expect(infoValue(google, "Tên chi bộ")).toBe("Chi bộ Văn phòng");
    expect(infoValue(google, "Năm đánh giá")).toBe("");
    expect(infoValue(google, "Có chi ủy")).toBe("");
    expect(response.ok && response.message).toContain("Giữ nguyên 3 dòng bạn đã nhập");
    expect(response.ok && response.state.start?.sample).toBe(false);
  });

  it("takes the Đảng phí rows Theo dõi đảng phí made for the sample's members, not those of hers", () => {
    const { google, context } = loaded();
    const members = sheetNamed(google, MEMBERS);
    const header = valuesOf(members)[0] ?? [];
    const own: string[] = header.map(() => "");
    own[header.indexOf(headerOf("members", "name"))] = "Lý Thị Mai";
    typeRows(members, SAMPLE.rows.members.length + 2, [own]);
    callGlobal(context, "trackDues");
    const dues = sheetNamed(google, SHEETS.dues.title);
    const names = () => filledRows(dues).map((row) => row[0]);
    expect(names()).toHaveLength(SAMPLE.rows.members.length + 1);

    expect(call<SampleResponse>(context, "removeSampleYear").ok).toBe(true);
    expect(names()).toEqual(["Lý Thị Mai"]);
  });

  it("takes the same service calls whatever the number of rows", () => {
    const callsWith = (ownRows: number) => {
      const { google, context } = loaded();
      const members = sheetNamed(google, MEMBERS);
      const width = (valuesOf(members)[0] ?? []).length;
      const name = (valuesOf(members)[0] ?? []).indexOf(headerOf("members", "name"));
      const rows = Array.from({ length: ownRows }, (_, index) => {
        const row: string[] = Array(width).fill("");
        row[name] = `Đảng viên ${index + 1}`;
        return row;
      });
      typeRows(members, SAMPLE.rows.members.length + 2, rows);
      google.log.reset();
      call<SampleResponse>(context, "removeSampleYear");
      return google.log.calls.filter((entry) => !entry.startsWith("Properties")).length;
    };
    expect(callsWith(1)).toBe(callsWith(300));
  });

  it("leaves a spreadsheet as empty as Khởi tạo made it, so the sample can be loaded again", () => {
    const { context } = loaded();
    const removed = call<SampleResponse>(context, "removeSampleYear");
    expect(removed.ok && removed.state.start).toMatchObject({
      initialized: true,
      empty: true,
      sample: false,
    });
    expect(call<SampleResponse>(context, "loadSampleYear").ok).toBe(true);
  });
});
