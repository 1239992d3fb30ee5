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

/** Cells of a list column repeat a handful of spellings; remember them, within a bound. */
const typedCache = new WeakMap<readonly ListValue[], Map<string, string | undefined>>();
const TYPED_CACHE_LIMIT = 10_000;

/** The key of the list value the text means, or undefined. */
export function matchListValue<K extends string>(
  values: readonly ListValue<K>[],
  text: string,
): K | undefined {
  let typed = typedCache.get(values);
  if (!typed) {
    typed = new Map();
    typedCache.set(values, typed);
  }
  if (typed.has(text)) return typed.get(text) as K | undefined;
  const key = indexOf(values).get(fold(text)) as K | undefined;
  if (typed.size < TYPED_CACHE_LIMIT) typed.set(text, key);
  return key;
}

export function listLabel<K extends string>(values: readonly ListValue<K>[], key: K): string {
  return values.find((value) => value.key === key)?.label ?? key;
}

export function listLabels(values: readonly ListValue[]): string {
  return values.map((value) => value.label).join(", ");
}
