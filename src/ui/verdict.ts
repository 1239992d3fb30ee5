/** The sentence for "Chi bộ bốn tốt" in the sidebar's header, from the overall status. */
import type { Status } from "../core/index";

export function verdictText(status: Status, year: number): string {
  if (status === "pass") return `Đạt "Chi bộ bốn tốt" năm ${year}`;
  if (status === "fail") return `Chưa đạt "Chi bộ bốn tốt" năm ${year}`;
  return `Chưa đủ căn cứ đánh giá "Chi bộ bốn tốt" năm ${year}`;
}
