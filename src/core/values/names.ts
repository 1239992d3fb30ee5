/** Name lists (absentees, members concerned) matched to the `Họ và tên` of `Đảng viên` (spec §2). */
import { personNameKeys, plainName } from "../text/person-name";

export type NameMatch =
  | { readonly kind: "member"; readonly index: number; readonly withoutDiacritics: boolean }
  | { readonly kind: "unknown" }
  /** Several members: of the same name, or of names that differ only by their diacritics. */
  | { readonly kind: "ambiguous"; readonly withoutDiacritics: boolean };

export interface MemberNameIndex {
  /** Members by exact key; more than one index is a duplicate name. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Members by key without diacritics, built on the first name that does not match exactly. */
  loose(): ReadonlyMap<string, readonly number[]>;
  /** Each name as typed is matched once per evaluation; names typed as in `Đảng viên` are known at once. */
  readonly matched: Map<string, NameMatch>;
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** `names[i]` is member i's name; blank names are left out. */
export function memberNameIndex(names: readonly string[]): MemberNameIndex {
  const keys = names.map((name) => (name.trim() === "" ? undefined : personNameKeys(name)));
  const exact = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (key) push(exact, key.exact, index);
  });
  const matched = new Map<string, NameMatch>();
  keys.forEach((key, index) => {
    if (!key) return;
    const group = exact.get(key.exact) ?? [];
    matched.set(
      (names[index] as string).trim(),
      group.length === 1
        ? { kind: "member", index, withoutDiacritics: false }
        : { kind: "ambiguous", withoutDiacritics: false },
    );
  });
  let loose: Map<string, number[]> | undefined;
  return {
    exact,
    matched,
    loose() {
      if (!loose) {
        const built = new Map<string, number[]>();
        keys.forEach((key, index) => {
          if (key) push(built, key.loose(), index);
        });
        loose = built;
      }
      return loose;
    },
  };
}

export function splitNameList(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function matchName(index: MemberNameIndex, name: string): NameMatch {
  // A name with a note or an honorific is looked up without them straight away: one probe, not two.
  const plain = plainName(name);
  let match = index.matched.get(plain) ?? (plain === name ? undefined : index.matched.get(name));
  if (!match) {
    match = freshMatch(index, name);
    index.matched.set(name, match);
  }
  return match;
}

function freshMatch(index: MemberNameIndex, name: string): NameMatch {
  const keys = personNameKeys(name);
  const exact = index.exact.get(keys.exact);
  if (exact?.length === 1) return { kind: "member", index: exact[0] as number, withoutDiacritics: false };
  if (exact) return { kind: "ambiguous", withoutDiacritics: false };
  const loose = index.loose().get(keys.loose());
  if (loose?.length === 1) return { kind: "member", index: loose[0] as number, withoutDiacritics: true };
  if (loose) return { kind: "ambiguous", withoutDiacritics: true };
  return { kind: "unknown" };
}
