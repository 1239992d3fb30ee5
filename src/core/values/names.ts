/** Name lists (absentees, members concerned) matched to the `Họ và tên` of `Đảng viên` (spec §2). */
import { personNameKeys } from "../text/person-name";

export interface MemberNameIndex {
  readonly exact: ReadonlyMap<string, readonly number[]>;
  readonly loose: ReadonlyMap<string, readonly number[]>;
  /** Names as typed in lists repeat all year: each is matched once per evaluation. */
  readonly matched: Map<string, NameMatch>;
}

export type NameMatch =
  | { readonly kind: "member"; readonly index: number; readonly withoutDiacritics: boolean }
  | { readonly kind: "unknown" }
  /** Several members: of the same name, or of names that differ only by their diacritics. */
  | { readonly kind: "ambiguous"; readonly withoutDiacritics: boolean };

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** `names[i]` is member i's name; blank names are left out. */
export function memberNameIndex(names: readonly string[]): MemberNameIndex {
  const exact = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (name.trim() === "") return;
    const keys = personNameKeys(name);
    push(exact, keys.exact, index);
    push(loose, keys.loose, index);
  });
  return { exact, loose, matched: new Map() };
}

export function splitNameList(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function matchName(index: MemberNameIndex, name: string): NameMatch {
  let match = index.matched.get(name);
  if (!match) {
    match = freshMatch(index, name);
    index.matched.set(name, match);
  }
  return match;
}

function freshMatch(index: MemberNameIndex, name: string): NameMatch {
  const keys = personNameKeys(name);
  const exact = index.exact.get(keys.exact);
  if (exact && exact.length === 1)
    return { kind: "member", index: exact[0] as number, withoutDiacritics: false };
  if (exact && exact.length > 1) return { kind: "ambiguous", withoutDiacritics: false };
  const loose = index.loose.get(keys.loose);
  if (loose && loose.length === 1)
    return { kind: "member", index: loose[0] as number, withoutDiacritics: true };
  if (loose && loose.length > 1) return { kind: "ambiguous", withoutDiacritics: true };
  return { kind: "unknown" };
}
