/**
 * Reading one month of `Đảng phí` (spec §2, dues mark): an amount > 0 or yes is paid, `Miễn` exempt,
 * `Có lý do` unpaid with a valid reason, `0`, `Không` or FALSE unpaid; a trailing note in parentheses is
 * ignored (`Có lý do (ốm)`). Blank is left to the caller: it is unpaid once the month has elapsed.
 */
import { DUES_WORDS, type DuesMark } from "../schema";
import { type CellValue, isCalendarDate } from "../table";
import { type CellRead, cellText, isBlank } from "./cell";
import { matchListValue } from "./list";
import { parseVietnameseNumber } from "./number";

const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
/** `50.000đ`, `50000 VNĐ`, `50.000 đồng`: the currency after an amount. */
const CURRENCY = /\s*(đ|đ\.|d|vnđ|vnd|đồng|dong)$/i;

export const DUES_MARK_HINT =
  "hãy nhập số tiền (ví dụ 50.000) hoặc x nếu đã đóng, Miễn, Có lý do, hoặc 0 hay Không nếu chưa đóng";

function fromAmount(amount: number, text: string): CellRead<DuesMark> {
  if (!Number.isFinite(amount) || amount < 0) {
    return { kind: "error", message: `Số tiền "${text}" không hợp lệ; ${DUES_MARK_HINT}.` };
  }
  return { kind: "value", value: amount > 0 ? "paid" : "unpaid" };
}

export function readDuesMark(cell: CellValue | undefined): CellRead<DuesMark> {
  if (isBlank(cell)) return { kind: "blank" };
  const text = cellText(cell);
  if (typeof cell === "boolean") return { kind: "value", value: cell ? "paid" : "unpaid" };
  if (typeof cell === "number") return fromAmount(cell, text);
  if (!isCalendarDate(cell)) {
    const bare = text.replace(TRAILING_NOTE, "").trim();
    const word = matchListValue(DUES_WORDS, bare);
    if (word) return { kind: "value", value: word };
    const amount = parseVietnameseNumber(bare.replace(CURRENCY, ""));
    if (amount !== undefined) return fromAmount(amount, text);
  }
  return { kind: "error", message: `"${text}" không phải là dấu đóng đảng phí; ${DUES_MARK_HINT}.` };
}
