/**
 * Counts every service call (each method called on a fake) and enforces what the real platform
 * allows: in AuthMode.NONE only the menu may be built; a custom function may only read.
 */

export type RunMode = "full" | "none" | "customFunction";

/** What Apps Script lets onOpen do in AuthMode.NONE (an add-on not yet used in this document). */
const ALLOWED_IN_NONE = new Set([
  "SpreadsheetApp.getUi",
  "Ui.createMenu",
  "Ui.createAddonMenu",
  "Menu.addItem",
  "Menu.addSeparator",
  "Menu.addSubMenu",
  "Menu.addToUi",
]);

/** Services a custom function may call: reading the document, time zones, formatting. */
const ALLOWED_IN_CUSTOM_FUNCTION =
  /^(SpreadsheetApp\.getActive(Spreadsheet)?|Spreadsheet\.(get\w+)|Sheet\.get\w+|Range\.get\w+|Session\.getScriptTimeZone|Utilities\.formatDate)$/;

export class CallLog {
  readonly calls: string[] = [];
  mode: RunMode = "full";
  /** Calls a fake makes on itself (setValue → setValues) are part of the outer call. */
  private depth = 0;

  /** Runs one call, recording it when it comes from outside the fakes. */
  run<T>(call: string, body: () => T): T {
    if (this.depth === 0) this.record(call);
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  private record(call: string): void {
    if (this.mode === "none" && !ALLOWED_IN_NONE.has(call)) {
      throw new Error(`Exception: ${call} is not allowed in AuthMode.NONE`);
    }
    if (this.mode === "customFunction" && !ALLOWED_IN_CUSTOM_FUNCTION.test(call)) {
      throw new Error(`Exception: You do not have permission to call ${call}`);
    }
    this.calls.push(call);
  }

  reset(): void {
    this.calls.length = 0;
  }

  count(prefix = ""): number {
    return this.calls.filter((call) => call.startsWith(prefix)).length;
  }
}

/** Wraps a fake so every method call through it is recorded under `label.method`. */
export function counted<T extends object>(target: T, label: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function" || typeof property === "symbol") return value;
      return (...args: unknown[]) => log.run(`${label}.${property}`, () => value.apply(proxy, args));
    },
  });
  return proxy;
}
