/**
 * Keys for people's names (spec §2, name lists): names keep their diacritics (Vi is not Vy), but the
 * place of the tone mark does not matter (`Hoà` = `Hòa`), nor case, spaces, a leading `đ/c` or `đồng chí`,
 * or a trailing note in parentheses.
 */
import { squash, stripDiacritics } from "./fold";

/** grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const HONORIFIC = /^(đ\/c|đ\.c|d\/c|đồng chí|dong chi)\s*/;
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/** The name as written, without honorific or note: `đ/c Nguyễn Văn A (ốm)` → `Nguyễn Văn A`. */
export function cleanPersonName(text: string): string {
  let name = text.normalize("NFC").replace(/\s+/g, " ").trim();
  name = name.replace(TRAILING_NOTE, "");
  const lower = name.toLowerCase();
  const honorific = HONORIFIC.exec(lower);
  if (honorific) name = name.slice(honorific[0].length);
  return name.trim();
}

function canonicalSyllable(syllable: string): string {
  const decomposed = syllable.normalize("NFD");
  const tones = decomposed.match(TONE_MARKS)?.join("") ?? "";
  return decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones;
}

/** Exact key: same letters and tones, tone position free. */
export function personNameKey(text: string): string {
  return squash(cleanPersonName(text)).split(" ").map(canonicalSyllable).join(" ");
}

/** Key without diacritics, for the unique-match fallback. */
export function personNameLooseKey(text: string): string {
  return stripDiacritics(squash(cleanPersonName(text)));
}
