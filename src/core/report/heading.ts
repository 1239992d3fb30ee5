/** The lines of a party document's header: organisation names in capitals and the place-and-date line. */
import type { CalendarDate } from "../table";
import { fold } from "../text/fold";

/** Names that already say what kind of organisation they are, so no `ĐẢNG BỘ` is put before them. */
const SUPERIOR_KINDS = ["đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"].map(
  fold,
);

function startsWithAny(name: string, prefixes: readonly string[]): boolean {
  const folded = fold(name);
  return prefixes.some((prefix) => folded === prefix || folded.startsWith(`${prefix} `));
}

const capitals = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");

/** `Đảng bộ Khối các cơ quan tỉnh` → `ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH`; `Khối cơ quan` → `ĐẢNG BỘ KHỐI CƠ QUAN`. */
export function superiorHeading(superior: string | null): string {
  const name = superior?.trim() ?? "";
  if (name === "") return "ĐẢNG BỘ …";
  return startsWithAny(name, SUPERIOR_KINDS) ? capitals(name) : `ĐẢNG BỘ ${capitals(name)}`;
}

/** `Sở Ngoại vụ` → `CHI BỘ SỞ NGOẠI VỤ`; `Chi bộ Sở Ngoại vụ` stays one `CHI BỘ`. */
export function unitHeading(unit: string | null): string {
  const name = unit?.trim() ?? "";
  if (name === "") return "CHI BỘ …";
  return startsWithAny(name, [fold("chi bộ")]) ? capitals(name) : `CHI BỘ ${capitals(name)}`;
}

/**
 * `Biên Hòa, ngày 05 tháng 01 năm 2024`. As in state documents, a day below 10 and a month below 3
 * take a leading zero (so a date cannot be lengthened by hand afterwards).
 */
export function placeAndDate(place: string | null, date: CalendarDate): string {
  const where = place?.trim() ? place.trim() : "…";
  const day = String(date.day).padStart(2, "0");
  const month = date.month < 3 ? String(date.month).padStart(2, "0") : String(date.month);
  return `${where}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** Who receives the report: `Đảng bộ Khối các cơ quan tỉnh` → `Đảng ủy Khối các cơ quan tỉnh`. */
export function superiorCommittee(superior: string | null): string {
  const name = superior?.normalize("NFC").trim().replace(/\s+/g, " ") ?? "";
  if (name === "") return "Cấp ủy cấp trên";
  if (startsWithAny(name, [fold("đảng bộ")])) return `Đảng ủy${name.slice("Đảng bộ".length)}`;
  return startsWithAny(name, SUPERIOR_KINDS) ? name : `Đảng ủy ${name}`;
}
