/** The `VIỆC CẦN LÀM` section of the summary (spec §8): what is overdue, then what is due, dates dd/mm/yyyy. */
import type { TodoItem } from "../core/index";

const TITLE = "VIỆC CẦN LÀM";
/** Wide enough for `dd/mm/yyyy`. */
const DATE_WIDTH = 10;

/** `2024-07-31` → `31/07/2024`; an item without a date gets a dash. */
function dueText(item: TodoItem): string {
  return (item.due === null ? "—" : item.due.split("-").reverse().join("/")).padEnd(DATE_WIDTH);
}

function group(heading: string, items: readonly TodoItem[]): string[] {
  if (items.length === 0) return [];
  return [`  ${heading}:`, ...items.map((item) => `    ${dueText(item)}  ${item.message}`)];
}

/** The lines of the section, in the engine's order (overdue first), ending with a blank line. */
export function todoLines(todo: readonly TodoItem[]): string[] {
  if (todo.length === 0) return [`${TITLE}: không có việc nào cần làm ngay.`, ""];
  const overdue = todo.filter((item) => item.overdue);
  const due = todo.filter((item) => !item.overdue);
  const count =
    overdue.length > 0
      ? `${todo.length} việc, trong đó ${overdue.length} việc đã quá hạn`
      : `${todo.length} việc`;
  return [`${TITLE}: ${count}.`, ...group("Đã quá hạn", overdue), ...group("Cần làm", due), ""];
}
