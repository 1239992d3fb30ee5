/**
 * The sidebar as the secretary uses it: the built dist/sidebar.html in headless Chromium, talking
 * through a `google.script.run` stand-in to the built dist/Code.js on the in-memory Google Sheets.
 */
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess, headerOf, ratingsSheetName, reportSheetName, STATUS_LABELS } from "../../src/core/index";
import { conclusionText } from "../../src/core/report/conclusion";
import { dateSerial, todayInVietnam } from "../../src/gas/workbook/calendar";
import { sheetNamed, valuesOf } from "../gas/fakes/index";
import { assessed } from "../support/tables";
import { date, GOOD_YEAR, goodYear, officialMember } from "../support/workbook";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar, type Server } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const isJulyRegular = (meeting: { date?: unknown; type?: unknown }) =>
  meeting.type === "Thường kỳ" && JSON.stringify(meeting.date) === JSON.stringify(date(GOOD_YEAR, 7, 10));

/** The good year without its July regular meeting: SH1 fails on month 7. */
const withoutJuly = () => ({ meetings: goodYear().meetings.filter((meeting) => !isJulyRegular(meeting)) });

/** The last row of a fake sheet as header → stored value. */
function lastRow(rows: unknown[][]): Record<string, unknown> {
  const [header = [], ...data] = rows;
  const last = data[data.length - 1] ?? [];
  return Object.fromEntries(header.map((name, index) => [String(name), last[index]]));
}

describe("the dashboard", () => {
  it("shows the four criteria and every indicator as the engine judges the same workbook", async () => {
    const sheets = sheetsServer(withoutJuly());
    const sidebar = await openSidebar(browser, sheets.server);
    const { evaluation } = assessed(assess(sheets.tables, { today: todayInVietnam() }));
    expect(evaluation.status).toBe("fail");

    for (const criterion of evaluation.criteria) {
      const block = sidebar.page.locator(`[data-criterion="${criterion.id}"]`);
      await expect.poll(() => block.getAttribute("data-status")).toBe(criterion.status);
      expect(await block.locator("summary .badge").textContent()).toBe(STATUS_LABELS[criterion.status]);
      for (const indicator of criterion.indicators) {
        const item = block.locator(`[data-indicator="${indicator.id}"]`);
        expect(await item.getAttribute("data-status")).toBe(indicator.status);
        expect(await item.locator(".detail").textContent()).toBe(indicator.detail);
      }
    }
    expect(await sidebar.page.locator('[data-indicator="SH1"] .figures').textContent()).toContain(
      "11/12 tháng",
    );
    expect(await sidebar.page.locator("#verdict").textContent()).toBe(
      `Chưa đạt "Chi bộ bốn tốt" năm ${GOOD_YEAR}`,
    );
    expect(await sidebar.page.locator("#period").textContent()).toContain(`31/12/${GOOD_YEAR}`);
    expect(sidebar.calls).toEqual(["getSidebarState"]);
    expect(sidebar.foreignRequests).toEqual([]);

    mkdirSync("test-artifacts", { recursive: true });
    await sidebar.page.screenshot({ path: "test-artifacts/sidebar.png", fullPage: true });
    await sidebar.page.close();
  });

  it("gives every input of the forms a label", async () => {
    const sidebar = await openSidebar(browser, sheetsServer().server);
    const unlabelled = await sidebar.page
      .locator("input, select")
      .evaluateAll((fields) => fields.filter((field) => field.labels.length === 0).map((field) => field.id));
    expect(unlabelled).toEqual([]);
    await sidebar.page.close();
  });
});

describe("quick entry", () => {
  it("appends a meeting typed in the form, and the missing month becomes present", async () => {
    const sheets = sheetsServer(withoutJuly());
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    expect(await page.locator('[data-indicator="SH1"]').getAttribute("data-status")).toBe("fail");

    await page.click("#meeting-panel summary");
    await page.fill("#m-date", `${GOOD_YEAR}-07-10`);
    await page.selectOption("#m-type", "Thường kỳ");
    await page.fill("#m-minutes", "120");
    await page.fill("#m-summoned", "10");
    await page.fill("#m-present", "9");
    await page.selectOption("#absentee-name", "Trần Thị Bình");
    await page.selectOption("#absentee-kind", "excused");
    await page.click("#absentee-add");
    await page.selectOption("#m-level", "Tốt");
    await page.check("#m-has-minutes");
    await page.click("#meeting-form button[type=submit]");

    await expect.poll(() => page.locator('[data-indicator="SH1"]').getAttribute("data-status")).toBe("pass");
    expect(await page.locator("#meeting-form .form-status").textContent()).toContain("Đã ghi buổi sinh hoạt");
    const written = lastRow(valuesOf(sheetNamed(sheets.google, "Sinh hoạt")));
    expect(written).toMatchObject({
      [headerOf("meetings", "date")]: dateSerial(date(GOOD_YEAR, 7, 10)),
      [headerOf("meetings", "type")]: "Thường kỳ",
      [headerOf("meetings", "minutes")]: 120,
      [headerOf("meetings", "summoned")]: 10,
      [headerOf("meetings", "present")]: 9,
      [headerOf("meetings", "excused")]: "Trần Thị Bình",
      [headerOf("meetings", "unexcused")]: "",
      [headerOf("meetings", "level")]: "Tốt",
      [headerOf("meetings", "hasMinutes")]: true,
    });
    // The save answered with the new dashboard: no second round trip.
    expect(sidebar.calls).toEqual(["getSidebarState", "saveMeeting"]);
    expect(await page.locator("#m-date").inputValue()).toBe("");
    await page.close();
  });

  it("checks a meeting in the form before anything reaches the server", async () => {
    const sidebar = await openSidebar(browser, sheetsServer().server);
    const { page } = sidebar;
    await page.click("#meeting-panel summary");
    await page.fill("#m-summoned", "5");
    await page.fill("#m-present", "7");
    await page.click("#meeting-form button[type=submit]");

    await expect
      .poll(() => page.locator("#meeting-form-date-error").textContent())
      .toBe("Hãy chọn ngày họp.");
    expect(await page.locator("#m-type").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#meeting-form-present-error").textContent()).toContain("không được lớn hơn");
    expect(sidebar.calls).toEqual(["getSidebarState"]);
    await page.close();
  });

  it("adds a member, who can then be picked as an absentee", async () => {
    const sheets = sheetsServer();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#member-panel summary");
    await page.fill("#p-name", "Lý Thị Mai");
    await page.fill("#p-admission", "2015-09-02");
    await page.fill("#p-official", "2016-09-02");
    // Keyboard only: Enter in a field submits the form.
    await page.focus("#p-note");
    await page.keyboard.press("Enter");

    await expect
      .poll(() => page.locator("#member-form .form-status").textContent())
      .toContain("Đã ghi đảng viên");
    const written = lastRow(valuesOf(sheetNamed(sheets.google, "Đảng viên")));
    expect(written).toMatchObject({
      [headerOf("members", "name")]: "Lý Thị Mai",
      [headerOf("members", "admissionDate")]: dateSerial(date(2015, 9, 2)),
      [headerOf("members", "officialDate")]: dateSerial(date(2016, 9, 2)),
    });
    const options = await page.locator("#absentee-name option").allTextContents();
    expect(options).toContain("Lý Thị Mai");
    await page.close();
  });

  it("refuses in the form a member the engine finds to be a duplicate, and writes nothing", async () => {
    // Hoà and Hòa are one name with the tone mark placed differently: only the engine's check knows.
    const sheets = sheetsServer({ members: [...goodYear().members, officialMember("Nguyễn Văn Hòa")] });
    const before = valuesOf(sheetNamed(sheets.google, "Đảng viên"));
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#member-panel summary");
    await page.fill("#p-name", "Nguyễn Văn Hoà");
    await page.fill("#p-admission", "2015-09-02");
    await page.click("#member-form button[type=submit]");

    await expect.poll(() => page.locator("#member-form-name-error").textContent()).toContain("trùng");
    expect(await page.locator("#p-name").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#member-form .form-status").textContent()).toContain("Chưa lưu");
    expect(sidebar.calls).toEqual(["getSidebarState", "saveMember"]);
    expect(valuesOf(sheetNamed(sheets.google, "Đảng viên"))).toEqual(before);
    await page.close();
  });

  it("refuses a member the engine rejects, says why beside the field, and writes nothing", async () => {
    const sheets = sheetsServer();
    const before = valuesOf(sheetNamed(sheets.google, "Đảng viên"));
    const response = sheets.server("saveMember", [{ name: "Lê Văn Mới", admissionDate: "2024-02-31" }]);
    expect(response).toMatchObject({ ok: false, problems: [{ severity: "error", field: "admissionDate" }] });
    expect(valuesOf(sheetNamed(sheets.google, "Đảng viên"))).toEqual(before);
  });
});

describe("data problems", () => {
  it("Đi tới makes the offending cell the active range", async () => {
    const meetings = [...goodYear().meetings, { date: "31/02/2024", type: "Thường kỳ", minutes: 120 }];
    const sheets = sheetsServer({ meetings });
    const sidebar = await openSidebar(browser, sheets.server);
    const problem = sidebar.page.locator(".problem-error").first();
    const row = meetings.length + 1;
    expect(await problem.locator(".where").textContent()).toBe(`Sinh hoạt · dòng ${row} · cột Ngày`);

    await problem.getByRole("button", { name: /Đi tới/ }).click();
    const meetingSheet = sheetNamed(sheets.google, "Sinh hoạt");
    const column = String.fromCharCode(
      65 + (valuesOf(meetingSheet)[0] ?? []).indexOf(headerOf("meetings", "date")),
    );
    await expect
      .poll(() => sheets.google.spreadsheet.activeRange)
      .toEqual({ sheetId: meetingSheet.id, a1: `${column}${row}` });
    expect(sheets.google.spreadsheet.activeSheetId).toBe(meetingSheet.id);
    await sidebar.page.close();
  });

  it("lists errors before warnings", async () => {
    const meetings = [
      ...goodYear().meetings,
      { date: date(GOOD_YEAR - 1, 6, 10), type: "Thường kỳ", minutes: 120 },
      { date: "31/02/2024", type: "Thường kỳ", minutes: 120 },
    ];
    const sidebar = await openSidebar(browser, sheetsServer({ meetings }).server);
    const classes = await sidebar.page
      .locator(".problem")
      .evaluateAll((items) => items.map((item) => item.className));
    expect(classes[0]).toContain("problem-error");
    expect(classes[classes.length - 1]).toContain("problem-warning");
    await sidebar.page.close();
  });
});

describe("actions", () => {
  it("Đánh giá cuối năm shows a busy button, creates the evaluation sheet and shows the verdict", async () => {
    const sheets = sheetsServer();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server: Server = async (method, args) => {
      if (method === "runYearEnd") await gate;
      return sheets.server(method, args);
    };
    const sidebar = await openSidebar(browser, server);
    const { page } = sidebar;
    await page.click("#year-end");
    await expect.poll(() => page.locator("#year-end").isDisabled()).toBe(true);
    expect(await page.locator("#year-end").textContent()).toBe("Đang đánh giá…");
    release();

    await expect.poll(() => page.locator("#notice").textContent()).toContain("Đã lập sheet");
    const { evaluation } = assessed(assess(sheets.tables, { today: todayInVietnam() }));
    const notice = (await page.locator("#notice").textContent()) ?? "";
    expect(notice).toContain(reportSheetName(GOOD_YEAR));
    expect(notice).toContain(`và sheet "${ratingsSheetName(GOOD_YEAR)}"`);
    expect(notice).toContain(conclusionText(evaluation).split("\n")[0]);
    expect(sheets.google.spreadsheet.sheets.map((sheet) => sheet.name)).toContain(reportSheetName(GOOD_YEAR));
    expect(await page.locator("#year-end").isEnabled()).toBe(true);
    await page.close();
  });

  it("Làm mới repaints from the sheet as it is now", async () => {
    const sheets = sheetsServer(withoutJuly());
    const sidebar = await openSidebar(browser, sheets.server);
    sheets.server("saveMeeting", [
      {
        date: `${GOOD_YEAR}-07-10`,
        type: "Thường kỳ",
        minutes: 120,
        present: 10,
        level: "Tốt",
        hasMinutes: true,
      },
    ]);
    await sidebar.page.click("#refresh");
    await expect
      .poll(() => sidebar.page.locator('[data-indicator="SH1"]').getAttribute("data-status"))
      .toBe("pass");
    expect(sidebar.calls).toEqual(["getSidebarState", "getSidebarState"]);
    await sidebar.page.close();
  });
});

describe("safety", () => {
  const MARKUP = "<img src=x onerror=alert(1)>";

  it("shows names and other sheet text as text and runs none of it", async () => {
    const input = goodYear();
    const sheets = sheetsServer({
      info: { unitName: `Chi bộ ${MARKUP}` },
      members: [...input.members, officialMember(MARKUP), officialMember(MARKUP)],
    });
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    expect(await page.locator("#unit").textContent()).toBe(`Chi bộ ${MARKUP}`);
    expect(await page.locator(".problem .message").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(MARKUP)]),
    );
    expect(await page.locator("#absentee-name option").allTextContents()).toContain(MARKUP);
    expect(await page.locator("img").count()).toBe(0);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.foreignRequests).toEqual([]);
    await page.close();
  });

  it("shows a server failure as a Vietnamese message", async () => {
    const failing: Server = () => {
      throw new Error("Exception: Service Spreadsheets timed out");
    };
    const sidebar = await openSidebar(browser, failing);
    const notice = sidebar.page.getByRole("alert");
    expect(await notice.textContent()).toContain("Không thực hiện được");
    expect(await notice.textContent()).toContain("Service Spreadsheets timed out");
    await sidebar.page.close();
  });

  it("says in Vietnamese when the workbook cannot be evaluated at all", async () => {
    const sheets = sheetsServer();
    const info = sheetNamed(sheets.google, "Thông tin chung");
    info.name = "Ghi chú riêng";
    const sidebar = await openSidebar(browser, sheets.server);
    expect(await sidebar.page.getByRole("alert").textContent()).toContain("Thông tin chung");
    await sidebar.page.close();
  });
});
