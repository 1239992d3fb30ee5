/** The small services: LockService, Utilities, Session, PropertiesService, HtmlService, ScriptApp. */
import { type CallLog, counted } from "./call-log";
import type { Assert, FakeOf, OnlyReal } from "./surface";
import { formatInZone } from "./time-zone";

type RealLock = GoogleAppsScript.Lock.Lock;
type RealLockService = GoogleAppsScript.Lock.LockService;

export interface LockState {
  /** Someone else (another click, another user) holds the document lock. */
  heldElsewhere: boolean;
  held: boolean;
  /** The script runs outside a document: `getDocumentLock()` gives null. */
  outsideDocument?: boolean;
  /** Every tryLock timeout asked, in ms. */
  readonly waits: number[];
}

export class FakeLock implements FakeOf<RealLock, "tryLock" | "waitLock" | "releaseLock" | "hasLock"> {
  constructor(private readonly state: LockState) {}

  tryLock(timeoutInMillis: number): boolean {
    this.state.waits.push(timeoutInMillis);
    if (this.state.heldElsewhere || this.state.held) return false;
    this.state.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock(): void {
    this.state.held = false;
  }
  hasLock(): boolean {
    return this.state.held;
  }
}

export class FakeLockService
  implements FakeOf<RealLockService, "getDocumentLock" | "getScriptLock" | "getUserLock">
{
  constructor(
    private readonly log: CallLog,
    private readonly state: LockState,
  ) {}

  /** Google returns null outside a document: a standalone script, or an add-on not opened in one. */
  getDocumentLock(): FakeLock | null {
    return this.state.outsideDocument ? null : this.lock();
  }
  getScriptLock(): FakeLock {
    return this.lock();
  }
  getUserLock(): FakeLock {
    return this.lock();
  }
  private lock(): FakeLock {
    return counted(new FakeLock(this.state), "Lock", this.log);
  }
}

type RealUtilities = GoogleAppsScript.Utilities.Utilities;

export class FakeUtilities implements FakeOf<RealUtilities, "formatDate"> {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatInZone(date as unknown as Date, timeZone, format);
  }
}

type RealSession = GoogleAppsScript.Base.Session;

export class FakeSession implements FakeOf<RealSession, "getScriptTimeZone"> {
  constructor(private readonly timeZone: string) {}

  getScriptTimeZone(): string {
    return this.timeZone;
  }
}

type RealProperties = GoogleAppsScript.Properties.Properties;
type RealPropertiesService = GoogleAppsScript.Properties.PropertiesService;

export class FakeProperties
  implements FakeOf<RealProperties, "getProperty" | "setProperty" | "deleteProperty" | "getProperties">
{
  constructor(private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  /** Quotas for Google Services: a property value holds at most 9 KB. */
  setProperty(key: string, value: string): this {
    if (new TextEncoder().encode(String(value)).length > 9 * 1024) {
      throw new Error("Exception: Argument too large: value");
    }
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
}

export interface PropertyStores {
  readonly document: Map<string, string>;
  readonly script: Map<string, string>;
  readonly user: Map<string, string>;
}

export class FakePropertiesService
  implements
    FakeOf<RealPropertiesService, "getDocumentProperties" | "getScriptProperties" | "getUserProperties">
{
  constructor(
    private readonly log: CallLog,
    private readonly stores: PropertyStores,
  ) {}

  getDocumentProperties(): FakeProperties {
    return counted(new FakeProperties(this.stores.document), "Properties", this.log);
  }
  getScriptProperties(): FakeProperties {
    return counted(new FakeProperties(this.stores.script), "Properties", this.log);
  }
  getUserProperties(): FakeProperties {
    return counted(new FakeProperties(this.stores.user), "Properties", this.log);
  }
}

type RealHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type RealHtmlService = GoogleAppsScript.HTML.HtmlService;

export class FakeHtmlOutput
  implements
    FakeOf<
      RealHtmlOutput,
      | "getContent"
      | "setContent"
      | "getTitle"
      | "setTitle"
      | "setWidth"
      | "setHeight"
      | "getWidth"
      | "getHeight"
    >
{
  private title = "";
  private width = 0;
  private height = 0;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
}

export class FakeHtmlService
  implements FakeOf<RealHtmlService, "createHtmlOutput" | "createHtmlOutputFromFile">
{
  constructor(
    private readonly log: CallLog,
    /** Project files by name without extension, e.g. `sidebar` → dist/sidebar.html. */
    private readonly files: ReadonlyMap<string, string>,
  ) {}

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return counted(new FakeHtmlOutput(html ?? ""), "HtmlOutput", this.log);
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const content = this.files.get(filename);
    if (content === undefined) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return this.createHtmlOutput(content);
  }
}

export const AUTH_MODES = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;

type _LockIsReal = Assert<OnlyReal<FakeLock, RealLock>>;
type _LockServiceIsReal = Assert<OnlyReal<FakeLockService, RealLockService>>;
type _UtilitiesIsReal = Assert<OnlyReal<FakeUtilities, RealUtilities>>;
type _SessionIsReal = Assert<OnlyReal<FakeSession, RealSession>>;
type _PropertiesIsReal = Assert<OnlyReal<FakeProperties, RealProperties>>;
type _PropertiesServiceIsReal = Assert<OnlyReal<FakePropertiesService, RealPropertiesService>>;
type _HtmlOutputIsReal = Assert<OnlyReal<FakeHtmlOutput, RealHtmlOutput>>;
type _HtmlServiceIsReal = Assert<OnlyReal<FakeHtmlService, RealHtmlService>>;
