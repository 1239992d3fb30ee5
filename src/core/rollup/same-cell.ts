/**
 * Two sources are the same cell when their superior and cell names match the tolerant way of spec §2 after
 * a leading `Chi bộ` / `Đảng bộ` is dropped (`CHI BỘ SỞ NGOẠI VỤ` = `Sở Ngoại vụ`).
 */
import { fold } from "../text/fold";

const KINDS = ["chi bo", "dang bo"];

/** The name without its kind, folded: `Chi bộ Sở Ngoại vụ` → `so ngoai vu`. */
export function bareName(name: string | null): string {
  const folded = fold(name ?? "");
  const kind = KINDS.find((prefix) => folded.startsWith(`${prefix} `));
  return kind ? folded.slice(kind.length + 1) : folded;
}

/** The key under which two results are one cell; null when the cell has no name (never merged). */
export function sameCellKey(unit: string | null, superior: string | null): string | null {
  const cell = bareName(unit);
  return cell === "" ? null : `${bareName(superior)}\u0000${cell}`;
}
