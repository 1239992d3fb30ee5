/**
 * Opens one cell's shared evaluation by its link and reads it back (spec §10): SpreadsheetApp.openByUrl,
 * the tab names, then each `Đánh giá <năm>` tab in one getValues. The calls do not depend on the rows;
 * a link that cannot be opened becomes a source with the reason, in the committee's words.
 */
import {
  type RollupSource,
  readEvaluationSheet,
  type SheetFailure,
  unreadableSource,
  yearInSheetName,
} from "../../core/index";
import { dateReader, VIETNAM_TIME_ZONE } from "../workbook/calendar";
import { toTableRows } from "../workbook/read-tables";

/** The message of what Google threw, without its `Exception:` prefix. */
function googleSaid(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return (typeof message === "string" ? message : String(error)).replace(/^Exception:\s*/, "");
}

/** What Google's exception says, in words the committee can act on. */
export function openFailure(error: unknown): string {
  const said = googleSaid(error);
  if (/invalid argument/i.test(said)) {
    return "Ô này không phải đường liên kết tới một bảng tính Google: hãy dán nguyên địa chỉ https://docs.google.com/spreadsheets/d/… từ email chia sẻ.";
  }
  if (/permission|access/i.test(said)) {
    return "Tài khoản đang dùng không có quyền xem bảng tính này: hãy đề nghị chi bộ chia sẻ lại với email của cấp ủy.";
  }
  return `Không mở được bảng tính (có thể đã bị xóa). Google báo: ${said}`;
}

/** Report values are text; a date a hand put there is read as the day shown in Vietnam. */
const readDate = dateReader(VIETNAM_TIME_ZONE);

export function readLink(link: string): RollupSource {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openByUrl(link);
  } catch (error) {
    return unreadableSource(link, openFailure(error));
  }
  try {
    return readOpened(link, spreadsheet);
  } catch (error) {
    // One bad file never costs the links already read in this click.
    return unreadableSource(link, `Không đọc được bảng tính. Google báo: ${googleSaid(error)}`);
  }
}

function readOpened(link: string, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RollupSource {
  const sheets = spreadsheet.getSheets();
  const named = sheets.map((sheet) => ({ sheet, name: sheet.getName() }));
  let chosen = named.filter(({ name }) => yearInSheetName(name) !== null);
  // A shared copy holds one tab: renamed, it is still the evaluation (its title says so).
  if (chosen.length === 0 && named.length === 1) chosen = named;
  if (chosen.length === 0) {
    return unreadableSource(link, 'Bảng tính không có trang "Đánh giá <năm>" do Chi bộ 4 tốt lập.');
  }
  const results = [];
  const failures: SheetFailure[] = [];
  for (const { sheet, name } of chosen) {
    const rows = toTableRows(sheet.getDataRange().getValues(), readDate);
    const reading = readEvaluationSheet({ name, rows });
    if (reading.ok) results.push(reading.result);
    else failures.push({ year: reading.year, reason: reading.reason });
  }
  return { source: link, results, failures };
}
