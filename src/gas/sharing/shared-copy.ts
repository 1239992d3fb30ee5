/**
 * The separate spreadsheet the evaluation is shared in. The add-on creates it through the Drive API,
 * so the narrow `drive.file` scope covers it, and keeps its id in the document properties, one per
 * year: sharing again updates the same file (same link for the superior), another year gets its own.
 */
import { VIETNAM_TIME_ZONE } from "../workbook/calendar";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PROPERTY_PREFIX = "chibo4tot.sharedCopy.";
const SPREADSHEET_MIME_TYPE = "application/vnd.google-apps.spreadsheet";
const VIETNAM_LOCALE = "vi_VN";

/** created: first time; updated: the file shared before; recreated: that file was deleted or trashed. */
export type CopyOrigin = "created" | "updated" | "recreated";

export interface SharedCopy {
  readonly fileId: string;
  readonly spreadsheet: Spreadsheet;
  readonly origin: CopyOrigin;
}

/** `Chi bộ Sở Ngoại vụ – Đánh giá "Chi bộ bốn tốt" năm 2024` (en dash). */
export function sharedCopyName(unit: string, year: number): string {
  return `${unit} – Đánh giá "Chi bộ bốn tốt" năm ${year}`;
}

export function openOrCreateCopy(drive: GoogleAppsScript.Drive, year: number, name: string): SharedCopy {
  const properties = PropertiesService.getDocumentProperties();
  const key = `${PROPERTY_PREFIX}${year}`;
  const known = properties.getProperty(key);
  const existing = known ? openIfStillThere(drive, known) : null;
  if (known && existing) {
    existing.rename(name);
    return { fileId: known, spreadsheet: existing, origin: "updated" };
  }
  const fileId = drive.Files.create({ name, mimeType: SPREADSHEET_MIME_TYPE }).id;
  if (!fileId) throw new Error("Google Drive không trả về mã của bảng tính vừa tạo.");
  const spreadsheet = SpreadsheetApp.openById(fileId);
  // A new file takes the account's locale; the copy reads like the cell's file (99,2 not 99.2).
  spreadsheet.setSpreadsheetLocale(VIETNAM_LOCALE);
  spreadsheet.setSpreadsheetTimeZone(VIETNAM_TIME_ZONE);
  properties.setProperty(key, fileId);
  return { fileId, spreadsheet, origin: known ? "recreated" : "created" };
}

/** The file shared before, or null when it is gone or in the trash; any other failure is thrown. */
function openIfStillThere(drive: GoogleAppsScript.Drive, fileId: string): Spreadsheet | null {
  try {
    if (drive.Files.get(fileId, { fields: "id,trashed" }).trashed) return null;
  } catch (error) {
    if (/not found|404/i.test(error instanceof Error ? error.message : String(error))) return null;
    throw error;
  }
  return SpreadsheetApp.openById(fileId);
}
