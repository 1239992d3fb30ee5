/** `Sự việc`: inspections, supervision, complaints, violations, disunity (spec §2). */
import { type IncidentState, type IncidentType, SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { type Day, yearOfDay } from "../values/day";
import type { IssueLog } from "./issues";
import { type MemberDirectory, readNameList } from "./name-list";
import type { Incident } from "./records";
import { type RowReader, rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

/**
 * A record of another year is not counted (spec §5: a warning). Complaints of earlier years are the
 * exception: NV5 reads complaints of any date still unresolved.
 */
function warnIfOtherYear(
  read: RowReader,
  date: Day,
  type: IncidentType | undefined,
  year: number,
  log: IssueLog,
) {
  const recordYear = yearOfDay(date);
  if (recordYear === year || (type === "complaint" && recordYear < year)) return;
  log.add(
    "warning",
    read.sheet,
    read.row,
    read.header("date"),
    `Sự việc ngày này thuộc năm ${recordYear}, không phải năm đánh giá ${year}; nó không được tính. Hãy kiểm tra lại năm của ngày.`,
  );
}

export function parseIncidents(
  tables: WorkbookTables,
  log: IssueLog,
  directory: MemberDirectory | undefined,
  year: number,
): Incident[] | undefined {
  const sheet = locateSheet(tables, SHEETS.incidents, log);
  if (!sheet) return undefined;
  const readRow = rowReaders(sheet, log);
  return sheet.rows.map((dataRow): Incident => {
    const read = readRow(dataRow);
    const date = read.date("date");
    const type = read.list<IncidentType>("type");
    readNameList(read, "members", directory, log);
    if (typeof date === "number") warnIfOtherYear(read, date, type ?? undefined, year, log);
    return {
      row: read.row,
      date: date ?? undefined,
      type: type ?? undefined,
      state: read.list<IncidentState>("state") ?? undefined,
    };
  });
}
