/**
 * Tolerant matching of tab names, headers, `Mục` labels and list values (spec §2): case, spaces,
 * Unicode form, diacritics and syllable-final `i`/`y` after a consonant (`kì` = `kỳ`) do not matter.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SYLLABLE_FINAL_Y = /([bcdfghklmnpqrstvx])y(?![\p{L}\p{N}])/gu;

/** Lower case, NFC, surrounding and repeated white space removed. */
export function squash(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Without any diacritic: `Đảng viên` → `dang vien`. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** The key under which a header, tab name, item label or list value is compared. */
export function fold(text: string): string {
  return stripDiacritics(squash(text)).replace(SYLLABLE_FINAL_Y, "$1i");
}
