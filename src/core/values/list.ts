/** Matching a typed value against a value list of the schema, tolerantly (spec §2). */
import type { ListValue } from "../schema";
import { fold } from "../text/fold";

const indexCache = new WeakMap<readonly ListValue[], Map<string, string>>();

function indexOf(values: readonly ListValue[]): Map<string, string> {
  let index = indexCache.get(values);
  if (!index) {
    index = new Map();
    for (const value of values) {
      index.set(fold(value.label), value.key);
      for (const alias of value.aliases ?? []) index.set(fold(alias), value.key);
    }
    indexCache.set(values, index);
  }
  return index;
}

/** The key of the list value the text means, or undefined. */
export function matchListValue<K extends string>(
  values: readonly ListValue<K>[],
  text: string,
): K | undefined {
  return indexOf(values).get(fold(text)) as K | undefined;
}

export function listLabel<K extends string>(values: readonly ListValue<K>[], key: K): string {
  return values.find((value) => value.key === key)?.label ?? key;
}

export function listLabels(values: readonly ListValue[]): string {
  return values.map((value) => value.label).join(", ");
}
