/**
 * Keys for people's names (spec §2, name lists): names keep their diacritics (Vi is not Vy), but the
 * place of the tone mark does not matter (`Hoà` = `Hòa`), nor case, spaces, a leading `đ/c` or `đồng chí`,
 * or a trailing note in parentheses (`Nguyễn Văn A (ốm)`).
 *
 * Everything works on the lower-case canonical decomposition (NFD), where each tone mark is a combining
 * character of its own: regular expressions then move or drop marks without a loop in JavaScript.
 */

const HONORIFIC = new RegExp(`^(đ/c|đ\\.c|d/c|${"đồng chí".normalize("NFD")}|dong chi)\\s*`);
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
/** A tone mark (grave, acute, tilde, hook above, dot below) and the rest of its syllable. */
const TONE_AND_REST = /([\u0300\u0301\u0303\u0309\u0323])((?:(?![\u0300\u0301\u0303\u0309\u0323])\S)*)/g;
const ANY_MARK = /[\u0300-\u036f]/g;

/** Lower case, decomposed, without honorific, note or extra spaces. */
function decomposedName(text: string): string {
  let name = text.toLowerCase().normalize("NFD").replace(/\s+/g, " ").trim();
  if (name.endsWith(")")) name = name.replace(TRAILING_NOTE, "");
  const honorific = HONORIFIC.exec(name);
  return honorific ? name.slice(honorific[0].length).trim() : name;
}

/** Same letters and tones, tone position free: the tone mark moves to the end of its syllable. */
function exactKey(decomposed: string): string {
  return decomposed.replace(TONE_AND_REST, "$2$1");
}

/** Without any diacritic, for the unique-match fallback. */
function looseKey(decomposed: string): string {
  return decomposed.replace(ANY_MARK, "").replace(/đ/g, "d");
}

export interface PersonNameKeys {
  readonly exact: string;
  /** Computed only when asked: most names match exactly. */
  loose(): string;
}

export function personNameKeys(text: string): PersonNameKeys {
  const decomposed = decomposedName(text);
  return { exact: exactKey(decomposed), loose: () => looseKey(decomposed) };
}

const RAW_HONORIFIC = /^(đ\/c|Đ\/c|Đ\/C|đ\.c|d\/c|D\/c|đồng chí|Đồng chí|Đồng Chí)\s+/;

/**
 * The name as typed without a trailing note or a common honorific, untouched otherwise: a cheap first
 * probe (`Nguyễn Văn A (ốm)` → `Nguyễn Văn A`) before the full keys are worked out.
 */
export function plainName(text: string): string {
  let name = text.trim();
  if (name.endsWith(")")) name = name.replace(TRAILING_NOTE, "");
  return name.replace(RAW_HONORIFIC, "");
}
