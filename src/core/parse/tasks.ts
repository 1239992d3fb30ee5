/** `Nhiệm vụ`: tasks and targets of the annual resolution (spec §2). */
import { SHEETS, type TargetKind, type TaskOutcome } from "../schema";
import type { WorkbookTables } from "../table";
import type { IssueLog } from "./issues";
import type { Task } from "./records";
import { blankMeans, rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

export function parseTasks(tables: WorkbookTables, log: IssueLog): Task[] | undefined {
  const sheet = locateSheet(tables, SHEETS.tasks, log);
  if (!sheet) return undefined;
  const readRow = rowReaders(sheet, log);
  return sheet.rows.map((dataRow): Task => {
    const read = readRow(dataRow);
    const title = read.text("title");
    return {
      row: read.row,
      title: title ?? "",
      targetKind: blankMeans(read.list<TargetKind>("targetKind"), "atLeast"),
      planned: read.number("planned"),
      achieved: read.number("achieved"),
      deadline: read.date("deadline"),
      completed: read.date("completedDate"),
      outcome: read.list<TaskOutcome>("outcome"),
    };
  });
}
