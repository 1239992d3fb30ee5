/** `Đảng viên`: one member a row (spec §2). */
import { type Classification, type Discipline, headerOf, type Role, SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { memberNameIndex } from "../values/names";
import type { IssueLog } from "./issues";
import type { MemberDirectory } from "./name-list";
import type { Member, ReviewColumns } from "./records";
import { blankMeans, rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

export interface ParsedMembers {
  readonly sheet: string;
  readonly members: readonly Member[];
  readonly directory: MemberDirectory;
  readonly reviewColumns: ReviewColumns;
}

export const NO_REVIEW_COLUMNS: ReviewColumns = {
  selfRating: false,
  selfReview: false,
  residenceComment: false,
};

export function parseMembers(tables: WorkbookTables, log: IssueLog): ParsedMembers | undefined {
  const sheet = locateSheet(tables, SHEETS.members, log);
  if (!sheet) return undefined;
  const readRow = rowReaders(sheet, log);
  const members = sheet.rows.map((dataRow): Member => {
    const read = readRow(dataRow);
    const name = read.text("name");
    const admission = read.date("admissionDate");
    // Not used by any indicator, but an impossible birth date is still a mistake to point out.
    read.date("birthDate");
    const role = read.list<Role>("role");
    const discipline = read.list<Discipline>("discipline");
    const selfRating = read.list<Classification>("selfRating");
    const selfReview = blankMeans(read.yesNo("selfReview"), false);
    // The own rating is proposed in the self-review: one without the other is likely a box not ticked.
    if (selfRating && selfReview === false && sheet.columnOf.has("selfReview")) {
      log.add(
        "warning",
        sheet.name,
        read.row,
        read.header("selfReview"),
        `${name ? `Đảng viên ${name}` : "Đảng viên ở dòng này"} đã có Tự xếp loại nhưng chưa đánh dấu đã nộp Bản kiểm điểm; hãy đánh dấu nếu đã nộp.`,
      );
    }
    return {
      row: read.row,
      name: name ?? "",
      role: role ?? "member",
      admission: admission ?? undefined,
      official: read.date("officialDate"),
      transferIn: read.date("transferInDate"),
      transferOut: read.date("transferOutDate"),
      exempt: blankMeans(read.yesNo("exempt"), false),
      commitment: read.list("commitment") ?? undefined,
      classification: read.list("classification") ?? undefined,
      discipline: blankMeans(discipline, "none"),
      selfRating,
      selfReview,
      residenceComment: blankMeans(read.yesNo("residenceComment"), false),
    };
  });
  const names = members.map((member) => member.name);
  const directory = { index: memberNameIndex(names), names };
  reportDuplicates(directory, members, sheet.name, log);
  const reviewColumns: ReviewColumns = {
    selfRating: sheet.columnOf.has("selfRating"),
    selfReview: sheet.columnOf.has("selfReview"),
    residenceComment: sheet.columnOf.has("residenceComment"),
  };
  return { sheet: sheet.name, members, directory, reviewColumns };
}

/** Two rows of one name: every name list naming it would be ambiguous. */
function reportDuplicates(
  directory: MemberDirectory,
  members: readonly Member[],
  sheet: string,
  log: IssueLog,
) {
  const column = headerOf("members", "name");
  for (const indices of directory.index.exact.values()) {
    const [first, ...others] = indices.map((index) => members[index] as Member);
    for (const member of others) {
      log.add(
        "error",
        sheet,
        member.row,
        column,
        `Họ và tên "${member.name}" trùng với dòng ${first?.row}; mỗi đảng viên chỉ ghi một dòng, người trùng tên cần được ghi phân biệt.`,
      );
    }
  }
}
