/**
 * The guide's pictures of the add-on, taken from what ships: the menu as onOpen builds it (drawn
 * the way Google Sheets shows a menu), and the built dist/sidebar.html in the browser tests'
 * Chromium, talking to the built dist/Code.js on the in-memory Google Sheets with the sample year.
 */
import type { Browser, Page } from "playwright-core";
import { createFakeGoogle, type FakeGoogle } from "../../test/gas/fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../../test/gas/support/load-bundle";
import { launchChromium, openSidebar } from "../../test/ui/support/sidebar-page";

export interface Picture {
  readonly file: string;
  readonly take: (browser: Browser, path: string) => Promise<void>;
}

interface Spreadsheet {
  readonly google: FakeGoogle;
  readonly context: BundleContext;
  readonly server: (method: string, args: unknown[]) => unknown;
}

function spreadsheet(): Spreadsheet {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  return { google, context, server: (method, args) => callGlobal(context, method, ...args) };
}

/** Khởi tạo, then the sample year; without its banner when the picture is of the dashboard itself. */
function withSampleYear(banner: boolean): Spreadsheet {
  const sheets = spreadsheet();
  callGlobal(sheets.context, "initializeWorkbook");
  callGlobal(sheets.context, "loadSampleYear");
  if (!banner) sheets.google.properties.document.clear();
  return sheets;
}

/** The page from its top down to the bottom of `selector`. */
async function topDownTo(page: Page, selector: string, path: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  await page.screenshot({
    path,
    clip: { x: 0, y: 0, width: 300, height: Math.ceil(box.y + box.height + 12) },
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** Google Sheets' menu bar with `Chi bộ 4 tốt` open, its items exactly as onOpen added them. */
function menuPage(google: FakeGoogle): string {
  const menu = google.ui.menus.find((candidate) => candidate.added);
  if (!menu) throw new Error("onOpen added no menu");
  const items = menu.items
    .map((item) => (item === "separator" ? '<li class="sep"></li>' : `<li>${escapeHtml(item.caption)}</li>`))
    .join("");
  const standard = [
    "Tệp",
    "Chỉnh sửa",
    "Xem",
    "Chèn",
    "Định dạng",
    "Dữ liệu",
    "Công cụ",
    "Tiện ích",
    "Trợ giúp",
  ];
  return `<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><style>
    body{margin:0;font:14px Roboto,Arial,sans-serif;color:#202124;background:#f9fbfd}
    .title{padding:10px 16px 0;font-size:18px}
    .bar{display:flex;gap:2px;padding:2px 10px 6px;position:relative}
    .bar span{padding:4px 7px;border-radius:4px}
    .bar span.open{background:#e1e9f7}
    ul{position:absolute;top:30px;list-style:none;margin:0;padding:6px 0;min-width:230px;background:#fff;
       box-shadow:0 2px 6px rgba(60,64,67,.3);border-radius:4px}
    li{padding:7px 24px}
    li.sep{padding:0;margin:5px 0;border-top:1px solid #dadce0}
    .grid{height:240px;background:repeating-linear-gradient(#fff 0 20px,#e2e3e3 20px 21px)}
  </style><div class="title">Chi bộ của tôi – 2025</div>
  <div class="bar">${standard.map((name) => `<span>${name}</span>`).join("")}
  <span class="open" id="menu">${escapeHtml(menu.title)}</span><ul id="items">${items}</ul></div>
  <div class="grid"></div></html>`;
}

export const SIDEBAR_PICTURES: readonly Picture[] = [
  {
    file: "menu.png",
    async take(browser, path) {
      const { google, context } = spreadsheet();
      callGlobal(context, "onOpen");
      const page = await browser.newPage({ viewport: { width: 760, height: 280 } });
      await page.setContent(menuPage(google));
      const left = await page.locator("#menu").boundingBox();
      await page.addStyleTag({ content: `ul{left:${Math.round(left?.x ?? 600) - 4}px}` });
      await page.screenshot({ path });
      await page.close();
    },
  },
  {
    file: "bat-dau.png",
    async take(browser, path) {
      const { page } = await openSidebar(browser, spreadsheet().server);
      await topDownTo(page, "#start", path);
      await page.close();
    },
  },
  {
    file: "du-lieu-mau.png",
    async take(browser, path) {
      const sheets = spreadsheet();
      callGlobal(sheets.context, "initializeWorkbook");
      const { page } = await openSidebar(browser, sheets.server);
      await page.click("#sample-load");
      await page.waitForSelector('#start[data-stage="sample"]');
      await topDownTo(page, "#start", path);
      await page.close();
    },
  },
  {
    file: "bang-dieu-khien.png",
    async take(browser, path) {
      const { page } = await openSidebar(browser, withSampleYear(false).server);
      await page.screenshot({ path, clip: { x: 0, y: 0, width: 300, height: 900 } });
      await page.close();
    },
  },
  {
    file: "loi-du-lieu.png",
    async take(browser, path) {
      const { page } = await openSidebar(browser, withSampleYear(false).server);
      await page.locator("section:has(#problems)").screenshot({ path });
      await page.close();
    },
  },
  {
    file: "nhap-nhanh.png",
    async take(browser, path) {
      const { page } = await openSidebar(browser, withSampleYear(false).server);
      await page.click("#meeting-panel summary");
      await page.fill("#m-date", "2024-12-27");
      await page.selectOption("#m-type", "Chuyên đề");
      await page.fill("#m-content", "Học tập chuyên đề năm 2025");
      await page.fill("#m-minutes", "120");
      await page.fill("#m-present", "22");
      await page.selectOption("#absentee-name", { index: 3 });
      await page.click("#absentee-add");
      await page.selectOption("#m-level", "Tốt");
      await page.check("#m-has-minutes");
      await page.locator("#meeting-panel").screenshot({ path });
      await page.close();
    },
  },
  {
    file: "chia-se.png",
    async take(browser, path) {
      const { page } = await openSidebar(browser, withSampleYear(false).server);
      await page.click("#share-panel summary");
      await page.fill("#s-addresses", "vanphong.danguy@example.org");
      await page.locator("section:has(#share-panel)").screenshot({ path });
      await page.close();
    },
  },
];

export { launchChromium };
