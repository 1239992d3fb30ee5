/** The whole workbook read into records and issues; evaluation goes on whatever is wrong with a row. */
import { SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { parseDues } from "./dues";
import { parseIncidents } from "./incidents";
import { parseInfo } from "./info";
import { type IssueLog, issueLog } from "./issues";
import { parseMeetings } from "./meetings";
import { NO_REVIEW_COLUMNS, parseMembers } from "./members";
import type { CellInfo, CellYearRecords } from "./records";
import { findTable, twinTabs, twinTabsMessage } from "./sheet";
import { parseTasks } from "./tasks";

export type ParseOutcome =
  | { readonly ok: true; readonly records: CellYearRecords; readonly year: number; readonly log: IssueLog }
  | { readonly ok: false; readonly message: string };

/** Why there is no year, in one line: what is wrong with the item if it is filled in, else that it is blank. */
function noYearMessage(info: CellInfo, log: IssueLog): string {
  const yearRow = info.rowOf.get("year");
  const problem = log.issues.find(
    (issue) =>
      issue.severity === "error" && issue.sheet === info.sheet && (issue.row === yearRow || issue.row === 1),
  );
  if (problem) {
    return `Không đọc được năm đánh giá (sheet "${info.sheet}", dòng ${problem.row}): ${problem.message}`;
  }
  return `Không xác định được năm đánh giá; hãy điền mục "Năm đánh giá" trong sheet "${SHEETS.info.title}".`;
}

export function parseWorkbook(tables: WorkbookTables, yearOverride: number | undefined): ParseOutcome {
  const log = issueLog();
  const infoTwins = twinTabs(tables, SHEETS.info.title);
  if (infoTwins) return { ok: false, message: twinTabsMessage(SHEETS.info.title, infoTwins) };
  const info = parseInfo(tables, log, yearOverride !== undefined);
  if (!info) {
    return {
      ok: false,
      message: `Không tìm thấy sheet "${SHEETS.info.title}" trong bảng tính; hãy tạo sheet này (menu Khởi tạo bảng tính hoặc lệnh init).`,
    };
  }
  const year = yearOverride ?? info.year;
  if (year === undefined) return { ok: false, message: noYearMessage(info, log) };
  const parsedMembers = parseMembers(tables, log);
  const directory = parsedMembers?.directory;
  const meetings = parseMeetings(tables, log, directory, year);
  const tasks = parseTasks(tables, log);
  const incidents = parseIncidents(tables, log, directory, year);
  const dues = parseDues(tables, log, directory);
  const nameOf = (key: keyof typeof SHEETS) =>
    findTable(tables, SHEETS[key].title)?.name ?? SHEETS[key].title;
  return {
    ok: true,
    year,
    log,
    records: {
      info,
      members: parsedMembers?.members,
      meetings,
      tasks,
      incidents,
      reviewColumns: parsedMembers?.reviewColumns ?? NO_REVIEW_COLUMNS,
      dues,
      sheetNames: {
        info: info.sheet,
        members: nameOf("members"),
        meetings: nameOf("meetings"),
        tasks: nameOf("tasks"),
        incidents: nameOf("incidents"),
      },
    },
  };
}
