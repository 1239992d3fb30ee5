/** `Sinh hoạt`: one meeting a row (spec §2). */

import { formatNumber } from "../format";
import { MEETING_LEVELS, type MeetingLevel, type MeetingType, SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { dayOf, monthOfDay, yearOfDay } from "../values/day";
import { listLabel } from "../values/list";
import type { IssueLog } from "./issues";
import { type MemberDirectory, readNameList } from "./name-list";
import type { Meeting } from "./records";
import { blankMeans, type RowReader, rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

/** `Có mặt` above the members summoned: an error on the row; SH7 leaves the meeting out. */
export function presentAboveSummoned(present: number, summoned: number): string {
  return `Có mặt ${present} người nhiều hơn số được triệu tập (${summoned}); hãy sửa Có mặt hoặc Triệu tập. Buổi này không được tính vào tỷ lệ dự sinh hoạt.`;
}

/** Meeting score 0–100 to level: ≥ 90 Tốt; 70–< 90 Khá; 50–< 70 Trung bình; < 50 Kém. */
function levelOfScore(score: number): MeetingLevel {
  if (score >= 90) return "good";
  if (score >= 70) return "fair";
  if (score >= 50) return "average";
  return "poor";
}

function meetingLevel(read: RowReader, log: IssueLog): MeetingLevel | undefined {
  const score = read.number("score");
  const level = read.list<MeetingLevel>("level");
  if (score === undefined) return undefined;
  if (score === null) return level ?? undefined;
  const fromScore = levelOfScore(score);
  if (level && level !== fromScore) {
    log.add(
      "warning",
      read.sheet,
      read.row,
      read.header("score"),
      `Điểm ${formatNumber(score)} tương ứng mức ${listLabel(MEETING_LEVELS, fromScore)} nhưng cột Xếp loại ghi "${listLabel(MEETING_LEVELS, level)}"; đã dùng theo Điểm, hãy sửa cho khớp.`,
    );
  }
  return fromScore;
}

function warnIfOtherYear(
  read: RowReader,
  date: number,
  type: MeetingType | undefined,
  year: number,
  log: IssueLog,
) {
  if (yearOfDay(date) === year) return;
  const firstDay = dayOf(year, 1, 1);
  if (type === "committee" && date < firstDay && date >= firstDay - 31) return;
  log.add(
    "warning",
    read.sheet,
    read.row,
    read.header("date"),
    `Buổi sinh hoạt ngày này thuộc năm ${yearOfDay(date)}, không phải năm đánh giá ${year}; nó không được tính. Hãy kiểm tra lại năm của ngày họp.`,
  );
}

export function parseMeetings(
  tables: WorkbookTables,
  log: IssueLog,
  directory: MemberDirectory | undefined,
  year: number,
): Meeting[] | undefined {
  const sheet = locateSheet(tables, SHEETS.meetings, log);
  if (!sheet) return undefined;
  const readRow = rowReaders(sheet, log);
  return sheet.rows.map((dataRow): Meeting => {
    const read = readRow(dataRow);
    const date = read.date("date");
    const type = read.list<MeetingType>("type");
    if (typeof date === "number") warnIfOtherYear(read, date, type ?? undefined, year, log);
    const month = read.number("month");
    const summoned = read.number("summoned");
    const present = read.number("present");
    if (typeof summoned === "number" && typeof present === "number" && present > summoned) {
      log.add("error", sheet.name, read.row, read.header("present"), presentAboveSummoned(present, summoned));
    }
    return {
      row: read.row,
      date: date ?? undefined,
      type: type ?? undefined,
      month: month === null ? (typeof date === "number" ? monthOfDay(date) : undefined) : month,
      minutes: read.number("minutes") ?? undefined,
      summoned,
      present: present ?? undefined,
      excused: readNameList(read, "excused", directory, log),
      unexcused: readNameList(read, "unexcused", directory, log),
      level: meetingLevel(read, log),
      hasMinutes: blankMeans(read.yesNo("hasMinutes"), false),
    };
  });
}
