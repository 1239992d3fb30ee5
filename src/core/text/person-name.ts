/**
 * Keys for people's names (spec §2, name lists): names keep their diacritics (Vi is not Vy), but the
 * place of the tone mark does not matter (`Hoà` = `Hòa`), nor case, spaces, a leading `đ/c` or `đồng chí`,
 * or a trailing note in parentheses.
 */

const HONORIFIC = /^(đ\/c|đ\.c|d\/c|đồng chí|dong chi)\s*/;
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/** The name as written, without honorific or note: `đ/c Nguyễn Văn A (ốm)` → `Nguyễn Văn A`. */
export function cleanPersonName(text: string): string {
  let name = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (name.endsWith(")")) name = name.replace(TRAILING_NOTE, "");
  if (/^[đĐdD]/.test(name)) {
    const honorific = HONORIFIC.exec(name.toLowerCase());
    if (honorific) name = name.slice(honorific[0].length).trim();
  }
  return name;
}

export interface PersonNameKeys {
  /** Same letters and tones, tone position free. */
  readonly exact: string;
  /** Without any diacritic, for the unique-match fallback. */
  readonly loose: string;
}

const SPACE = 0x20;
const D_WITH_STROKE = 0x111;

/** grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks */
function isToneMark(code: number): boolean {
  return code === 0x300 || code === 0x301 || code === 0x303 || code === 0x309 || code === 0x323;
}

/**
 * Both keys in one pass over the decomposed name: tone marks move to the end of their syllable in the exact
 * key, and every mark is dropped from the loose one.
 */
export function personNameKeys(text: string): PersonNameKeys {
  const decomposed = cleanPersonName(text).toLowerCase().normalize("NFD");
  let exact = "";
  let loose = "";
  let tones = "";
  for (let index = 0; index < decomposed.length; index++) {
    const code = decomposed.charCodeAt(index);
    const character = decomposed[index] as string;
    if (code === SPACE) {
      exact += `${tones} `;
      loose += " ";
      tones = "";
    } else if (code >= 0x300 && code <= 0x36f) {
      if (isToneMark(code)) tones += character;
      else exact += character;
    } else {
      exact += character;
      loose += code === D_WITH_STROKE ? "d" : character;
    }
  }
  return { exact: exact + tones, loose };
}
