/** `Đảng viên`: one member a row (spec §2). */
import { type Discipline, type Role, SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { personNameKeys } from "../text/person-name";
import type { IssueLog } from "./issues";
import type { Member } from "./records";
import { blankMeans, rowReader } from "./row-reader";
import { locateSheet } from "./sheet";

export interface ParsedMembers {
  readonly sheet: string;
  readonly members: readonly Member[];
}

export function parseMembers(tables: WorkbookTables, log: IssueLog): ParsedMembers | undefined {
  const sheet = locateSheet(tables, SHEETS.members, log);
  if (!sheet) return undefined;
  const firstRowOfName = new Map<string, number>();
  const members = sheet.rows.map((dataRow): Member => {
    const read = rowReader(sheet, dataRow, log);
    const name = read.text("name");
    if (name === null) {
      log.add(
        "error",
        sheet.name,
        read.row,
        read.header("name"),
        "Thiếu họ và tên; hãy nhập họ và tên đảng viên.",
      );
    } else if (name !== undefined) {
      const key = personNameKeys(name).exact;
      const first = firstRowOfName.get(key);
      if (first !== undefined) {
        log.add(
          "error",
          sheet.name,
          read.row,
          read.header("name"),
          `Họ và tên "${name}" trùng với dòng ${first}; mỗi đảng viên chỉ ghi một dòng, người trùng tên cần được ghi phân biệt.`,
        );
      } else firstRowOfName.set(key, read.row);
    }
    const admission = read.date("admissionDate");
    if (admission === null) {
      log.add(
        "error",
        sheet.name,
        read.row,
        read.header("admissionDate"),
        "Thiếu ngày vào Đảng; hãy nhập ngày kết nạp theo dạng dd/mm/yyyy.",
      );
    }
    const role = read.list<Role>("role");
    const discipline = read.list<Discipline>("discipline");
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
    };
  });
  return { sheet: sheet.name, members };
}
