/**
 * The fixed wording of the `Đánh giá <năm>` sheet that the roll-up reads back (spec §10): written and read
 * from one place, so the reader follows the writer.
 */
import { STATUS_LABELS, type Status } from "../result";

export function reportTitle(year: number): string {
  return `BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MÔ HÌNH "CHI BỘ BỐN TỐT" NĂM ${year}`;
}

/** `Tiêu chí 2. Chất lượng sinh hoạt tốt: Đạt` */
export function criterionHeading(index: number, name: string, status: Status): string {
  return `Tiêu chí ${index + 1}. ${name}: ${STATUS_LABELS[status]}`;
}

/** The first cell of an indicator's row: `SH4. Thời lượng sinh hoạt`. */
export function indicatorLabel(id: string, name: string): string {
  return `${id}. ${name}`;
}

/** The header row of each criterion's table; the last column holds the status word. */
export const CRITERION_TABLE_HEADERS = ["Chỉ báo", "Yêu cầu", "Kết quả", "Đánh giá"] as const;

/** The left half of the header row that also holds `ĐẢNG CỘNG SẢN VIỆT NAM`. */
export const PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";
