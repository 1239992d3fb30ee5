/**
 * The superior committee's sheet `Danh sách chi bộ`: one link a row to a cell's shared evaluation
 * (`Đường liên kết`, as Google's share e-mail gives it), with an optional `Ghi chú`. Read in one getValues.
 */
import { CELL_LIST_COLUMNS, CELL_LIST_SHEET, fold } from "../../core/index";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CellLink {
  /** The link as typed, trimmed. */
  readonly link: string;
  readonly note: string;
}

export type CellList =
  | { readonly ok: true; readonly links: readonly CellLink[] }
  | { readonly ok: false; readonly message: string; readonly created: boolean };

const HEADER_BACKGROUND = "#fce8b2";
const TEXT_FORMAT = "@";
const [LINK, NOTE] = CELL_LIST_COLUMNS;

function findListSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  const title = fold(CELL_LIST_SHEET.title);
  return spreadsheet.getSheets().find((sheet) => fold(sheet.getName()) === title) ?? null;
}

/** A new list: bold frozen header with a note on each header, widths, text columns (a link stays text). */
function createListSheet(spreadsheet: Spreadsheet): void {
  const sheet = spreadsheet.insertSheet(CELL_LIST_SHEET.title, spreadsheet.getNumSheets());
  const columns = CELL_LIST_COLUMNS;
  const header = sheet.getRange(1, 1, 1, columns.length);
  header.setValues([columns.map((column) => column.header)]);
  header.setNotes([columns.map((column) => column.note)]);
  header.setFontWeight("bold").setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  columns.forEach((column, index) => {
    sheet.setColumnWidth(index + 1, column.width);
  });
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, columns.length).setNumberFormat(TEXT_FORMAT);
  sheet.activate();
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

export function readCellList(spreadsheet: Spreadsheet): CellList {
  const sheet = findListSheet(spreadsheet);
  if (!sheet) {
    createListSheet(spreadsheet);
    return {
      ok: false,
      created: true,
      message:
        `Đã tạo trang "${CELL_LIST_SHEET.title}". Dán vào cột "${LINK?.header}" đường liên kết tới bảng đánh giá ` +
        "của từng chi bộ (mỗi dòng một chi bộ, lấy từ email chia sẻ của Google), rồi chọn lại mục này.",
    };
  }
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const headers = header.map((value) => fold(text(value)));
  const linkColumn = headers.indexOf(fold(LINK?.header ?? ""));
  const noteColumn = headers.indexOf(fold(NOTE?.header ?? ""));
  if (linkColumn < 0) {
    return {
      ok: false,
      created: false,
      message: `Trang "${sheet.getName()}", dòng 1: thiếu cột "${LINK?.header}". Hãy ghi tiêu đề "${LINK?.header}" ở dòng 1, trên cột chứa các đường liên kết.`,
    };
  }
  const links = rows
    .map((row) => ({ link: text(row[linkColumn]), note: noteColumn >= 0 ? text(row[noteColumn]) : "" }))
    .filter((entry) => entry.link !== "");
  if (links.length === 0) {
    return {
      ok: false,
      created: false,
      message: `Trang "${sheet.getName()}" chưa có đường liên kết nào: dán đường liên kết của từng chi bộ vào cột "${LINK?.header}", từ dòng 2.`,
    };
  }
  return { ok: true, links };
}
