/** The shared words of the to-do messages: dates, members, deadlines, short lists of names. */
import { formatDate } from "../format";
import { type Day, fromDay } from "../values/day";

/** `31/03/2024` */
export const dateText = (day: Day): string => formatDate(fromDay(day));

/** `tháng 3/2024` */
export const monthText = (month: number, year: number): string => `tháng ${month}/${year}`;

/** `Đồng chí Nguyễn Văn An`, or a neutral phrase for a row without a name. */
export function comrade(name: string, row: number): string {
  const trimmed = name.trim();
  return trimmed ? `Đồng chí ${trimmed}` : `Đảng viên ở dòng ${row}`;
}

/** `chậm nhất ngày 31/03/2024`, or when that day has passed `ngay (đã quá hạn từ ngày 31/03/2024)`. */
export function deadline(due: Day, overdue: boolean): string {
  return overdue ? `ngay, vì đã quá hạn ngày ${dateText(due)}` : `chậm nhất ngày ${dateText(due)}`;
}

/** Up to five names, then how many more: `A, B, C, D, E và 3 đảng viên khác`. */
export function someNames(names: readonly string[], unit: string): string {
  const shown = names.slice(0, 5).map((name) => name.trim() || "(chưa ghi tên)");
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(", ")} và ${more} ${unit} khác` : shown.join(", ");
}
