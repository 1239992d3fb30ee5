/** The verdict in one sentence, written once: the sidebar's header, the CLI summary and the report's conclusion use it. */
import type { Status } from "./result";

const QUOTED = '"Chi bộ bốn tốt"';

/** `Đạt "Chi bộ bốn tốt" năm 2024`; missing and n/a alike are not enough to judge. */
export function verdictText(status: Status, year: number): string {
  if (status === "pass") return `Đạt ${QUOTED} năm ${year}`;
  if (status === "fail") return `Chưa đạt ${QUOTED} năm ${year}`;
  return `Chưa đủ căn cứ đánh giá ${QUOTED} năm ${year}`;
}
