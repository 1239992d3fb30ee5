/**
 * Ui: menus, alerts with scripted answers, dialogs and sidebars. An alert asking a question with
 * no answer scripted throws, so a test always says what the secretary clicks.
 */
import { type CallLog, counted } from "./call-log";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type RealUi = GoogleAppsScript.Base.Ui;
type RealMenu = GoogleAppsScript.Base.Menu;

export const BUTTONS = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
export const BUTTON_SETS = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;

export type MenuItem = { readonly caption: string; readonly functionName: string } | "separator";

export interface UiRecord {
  readonly menus: { title: string; items: MenuItem[]; added: boolean }[];
  readonly alerts: { title: string; prompt: string; buttons: string }[];
  /** Answers to the next questions, in order. */
  readonly answers: string[];
  readonly dialogs: { title: string; html: string }[];
  readonly sidebars: { title: string; html: string }[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], alerts: [], answers: [], dialogs: [], sidebars: [] };
}

export class FakeMenu implements FakeOf<RealMenu, "addItem" | "addSeparator" | "addToUi"> {
  constructor(private readonly menu: UiRecord["menus"][number]) {}

  addItem(caption: string, functionName: string): this {
    this.menu.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.menu.items.push("separator");
    return this;
  }
  addToUi(): void {
    this.menu.added = true;
  }
}

export class FakeUi
  implements FakeOf<RealUi, "createMenu" | "createAddonMenu" | "showSidebar" | "showModalDialog", "alert">
{
  readonly Button = BUTTONS;
  readonly ButtonSet = BUTTON_SETS;

  constructor(
    private readonly log: CallLog,
    private readonly record: UiRecord,
  ) {}

  createMenu(caption: string): FakeMenu {
    const menu = { title: caption, items: [], added: false };
    this.record.menus.push(menu);
    return counted(new FakeMenu(menu), "Menu", this.log);
  }
  createAddonMenu(): FakeMenu {
    return this.createMenu("(add-on)");
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(...args: unknown[]): string {
    const [title, prompt, buttons] =
      args.length >= 3
        ? args.map(String)
        : args.length === 2
          ? ["", String(args[0]), String(args[1])]
          : ["", String(args[0]), "OK"];
    this.record.alerts.push({ title: title ?? "", prompt: prompt ?? "", buttons: buttons ?? "OK" });
    if (buttons === BUTTON_SETS.OK) return BUTTONS.OK;
    const answer = this.record.answers.shift();
    if (!answer) throw new Error(`Fake: no answer scripted for the question "${prompt}"`);
    return answer;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.record.sidebars.push({ title: userInterface.getTitle(), html: userInterface.getContent() });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.record.dialogs.push({ title, html: userInterface.getContent() });
  }
}

type _UiIsReal = Assert<OnlyReal<FakeUi, RealUi>>;
type _MenuIsReal = Assert<OnlyReal<FakeMenu, RealMenu>>;
