/**
 * Raw tables for black-box tests of the engine: a workbook as the adapters hand it over (row 0 =
 * header), written cell by cell so a test can type exactly what a secretary would.
 */
import {
  type Assessment,
  type AssessOptions,
  type AssessOutcome,
  type CalendarDate,
  type CellValue,
  type IndicatorResult,
  type Issue,
  SHEETS,
  type SheetTable,
  type WorkbookTables,
} from "../../src/core/index";

export const TITLE = {
  info: SHEETS.info.title,
  members: SHEETS.members.title,
  meetings: SHEETS.meetings.title,
  tasks: SHEETS.tasks.title,
  incidents: SHEETS.incidents.title,
} as const;

export function day(year: number, month: number, dayOfMonth: number): CalendarDate {
  return { year, month, day: dayOfMonth };
}

/** A tab from its header row and data rows, exactly as given. */
export function table(
  name: string,
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[] = [],
) {
  return { name, rows: [header, ...rows] } satisfies SheetTable;
}

/** A tab from records keyed by header; the header row is the union of the keys, in order of appearance. */
export function records(name: string, rows: readonly Readonly<Record<string, CellValue>>[]): SheetTable {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return table(
    name,
    header,
    rows.map((row) => header.map((column) => row[column] ?? null)),
  );
}

/** A tab with every schema header and no data. */
export function emptySheet(key: "members" | "meetings" | "tasks" | "incidents"): SheetTable {
  return table(
    SHEETS[key].title,
    SHEETS[key].columns.map((column) => column.header),
  );
}

/** `Thông tin chung` with the three required items, plus or overriding `items` (Mục → Giá trị). */
export function infoSheet(items: Readonly<Record<string, CellValue>> = {}): SheetTable {
  const all: Record<string, CellValue> = {
    "Tên chi bộ": "Chi bộ Thử nghiệm",
    "Đảng bộ cấp trên": "Đảng bộ Khối các cơ quan tỉnh",
    "Năm đánh giá": 2023,
    ...items,
  };
  return table(TITLE.info, ["Mục", "Giá trị"], Object.entries(all));
}

/**
 * A workbook for the year 2023: the given tabs, and every other input tab present with its headers
 * and no rows. Pass `null` for a tab to leave it out.
 */
export function workbook(
  tabs: Partial<Record<"info" | "members" | "meetings" | "tasks" | "incidents", SheetTable | null>> = {},
): WorkbookTables {
  const chosen = {
    info: infoSheet(),
    members: emptySheet("members"),
    meetings: emptySheet("meetings"),
    tasks: emptySheet("tasks"),
    incidents: emptySheet("incidents"),
    ...tabs,
  };
  return Object.values(chosen).filter((tab): tab is SheetTable => tab !== null);
}

/** Today well after 2023, so the as-of date is 31/12/2023 unless a test sets it. */
export const AFTER_2023: AssessOptions = { today: day(2024, 3, 15) };

export function assessed(outcome: AssessOutcome): Assessment {
  if (!outcome.ok) throw new Error(`expected a readable workbook, got: ${outcome.message}`);
  return outcome.assessment;
}

export function indicator(assessment: Assessment, id: string): IndicatorResult {
  const found = assessment.evaluation.criteria
    .flatMap((criterion) => criterion.indicators)
    .find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id} in the result`);
  return found;
}

export function issuesOf(assessment: Assessment, where: Partial<Issue> = {}): readonly Issue[] {
  return assessment.evaluation.issues.filter((issue) =>
    Object.entries(where).every(([field, value]) => issue[field as keyof Issue] === value),
  );
}
