/**
 * `CHIBO4TOT_VIEC(...)`: the to-do list (spec §8) as a table for secretaries who live in cells, from the
 * same ranges as `CHIBO4TOT`.
 */
import type { TodoItem } from "../core/index";
import { evaluateRanges } from "./custom-functions";

const HEADER = ["Hạn", "Việc", "Đối tượng"];

/** `31/07/2024`, with `(quá hạn)` once that day has passed; blank without a date. */
function dueCell(item: TodoItem): string {
  if (item.due === null) return "";
  const day = item.due.split("-").reverse().join("/");
  return item.overdue ? `${day} (quá hạn)` : day;
}

/** A header row (Hạn | Việc | Đối tượng), then one row per item in the engine's order. */
export function todoFormula(...args: unknown[]): string[][] {
  const { todo } = evaluateRanges(args);
  if (todo.length === 0) return [HEADER, ["", "Không có việc nào cần làm ngay", ""]];
  return [HEADER, ...todo.map((item) => [dueCell(item), item.message, item.subject ?? ""])];
}
