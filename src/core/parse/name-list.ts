/** Reading a name-list cell against the members, with an issue for each name that is not a member. */
import { cellText, isBlank } from "../values/cell";
import { type MemberNameIndex, matchName, splitNameList } from "../values/names";
import type { IssueLog } from "./issues";
import type { NameRef } from "./records";
import type { RowReader } from "./row-reader";

export interface MemberDirectory {
  readonly index: MemberNameIndex;
  readonly names: readonly string[];
}

/** Each name as a member index, or undefined (unknown) when it is no member or several. */
export function readNameList(
  read: RowReader,
  key: string,
  directory: MemberDirectory | undefined,
  log: IssueLog,
): NameRef[] {
  const cell = read.raw(key);
  if (isBlank(cell)) return [];
  const names = splitNameList(cellText(cell));
  if (!directory) return names.map(() => undefined);
  const column = read.header(key);
  return names.map((name) => {
    const match = matchName(directory.index, name);
    if (match.kind === "member") {
      if (match.withoutDiacritics) {
        log.add(
          "warning",
          read.sheet,
          read.row,
          column,
          `"${name}" được hiểu là "${directory.names[match.index]}"; nên ghi đúng họ tên có dấu như trong sheet Đảng viên.`,
        );
      }
      return match.index;
    }
    log.add(
      "error",
      read.sheet,
      read.row,
      column,
      match.kind === "unknown"
        ? `"${name}" không có trong sheet Đảng viên; hãy ghi đúng họ và tên như trong sheet Đảng viên.`
        : match.withoutDiacritics
          ? `"${name}" có thể là nhiều đảng viên khác nhau về dấu; hãy ghi đúng họ tên có dấu như trong sheet Đảng viên.`
          : `"${name}" trùng tên với nhiều đảng viên; hãy sửa sheet Đảng viên để mỗi họ tên là duy nhất rồi ghi lại tên ở đây.`,
    );
    return undefined;
  });
}
