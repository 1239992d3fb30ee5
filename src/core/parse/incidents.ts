/** `Sự việc`: inspections, supervision, complaints, violations, disunity (spec §2). */
import { type IncidentState, type IncidentType, SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import type { IssueLog } from "./issues";
import { type MemberDirectory, readNameList } from "./name-list";
import type { Incident } from "./records";
import { rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

export function parseIncidents(
  tables: WorkbookTables,
  log: IssueLog,
  directory: MemberDirectory | undefined,
): Incident[] | undefined {
  const sheet = locateSheet(tables, SHEETS.incidents, log);
  if (!sheet) return undefined;
  const readRow = rowReaders(sheet, log);
  return sheet.rows.map((dataRow): Incident => {
    const read = readRow(dataRow);
    const date = read.date("date");
    const type = read.list<IncidentType>("type");
    readNameList(read, "members", directory, log);
    return {
      row: read.row,
      date: date ?? undefined,
      type: type ?? undefined,
      state: read.list<IncidentState>("state") ?? undefined,
    };
  });
}
