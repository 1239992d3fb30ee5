/**
 * The `Nhật ký chia sẻ` sheet of the cell's file: one row per sharing, written by header through the
 * shared adapter, every value as text so that no address or link ever becomes a formula.
 */
import { appendRowByHeader } from "../workbook/append-row";
import type { CopyOrigin } from "./shared-copy";

export const SHARE_LOG_TITLE = "Nhật ký chia sẻ";

const HEADERS = {
  time: "Thời gian",
  addresses: "Người nhận",
  link: "Đường dẫn",
  verdict: "Kết luận",
  origin: "Bản sao",
} as const;

const WIDTHS: Readonly<Record<keyof typeof HEADERS, number>> = {
  time: 120,
  addresses: 260,
  link: 320,
  verdict: 320,
  origin: 90,
};

const HEADER_BACKGROUND = "#fce8b2";

const ORIGIN_LABELS: Readonly<Record<CopyOrigin, string>> = {
  created: "Tạo mới",
  updated: "Cập nhật",
  recreated: "Tạo lại",
};

export interface ShareLogEntry {
  /** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh */
  readonly time: string;
  readonly addresses: readonly string[];
  readonly link: string;
  readonly verdict: string;
  readonly origin: CopyOrigin;
}

/** Returns the row written; creates the sheet with its headers when missing. */
export function appendShareLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: ShareLogEntry,
): number {
  const sheet = spreadsheet.getSheetByName(SHARE_LOG_TITLE) ?? createLogSheet(spreadsheet);
  return appendRowByHeader(sheet, {
    [HEADERS.time]: entry.time,
    [HEADERS.addresses]: entry.addresses.join(", "),
    [HEADERS.link]: entry.link,
    [HEADERS.verdict]: entry.verdict,
    [HEADERS.origin]: ORIGIN_LABELS[entry.origin],
  });
}

function createLogSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.insertSheet(SHARE_LOG_TITLE, spreadsheet.getNumSheets());
  const keys = Object.keys(HEADERS) as (keyof typeof HEADERS)[];
  sheet
    .getRange(1, 1, 1, keys.length)
    .setValues([keys.map((key) => HEADERS[key])])
    .setFontWeight("bold")
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  keys.forEach((key, index) => {
    sheet.setColumnWidth(index + 1, WIDTHS[key]);
  });
  return sheet;
}
