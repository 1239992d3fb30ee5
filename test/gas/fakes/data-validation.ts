/** DataValidation and its builder: the rules Khởi tạo puts on columns (dropdowns, checkboxes, dates). */
import { type CallLog, counted } from "./call-log";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type Real = GoogleAppsScript.Spreadsheet.DataValidation;
type RealBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export type CriteriaType = "VALUE_IN_LIST" | "CHECKBOX" | "DATE_IS_VALID_DATE";

export class FakeDataValidation
  implements FakeOf<Real, "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText">
{
  constructor(
    readonly criteria: CriteriaType,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getCriteriaType(): CriteriaType {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder
  implements
    FakeOf<
      RealBuilder,
      "requireDate" | "setAllowInvalid" | "setHelpText" | "build",
      "requireCheckbox" | "requireValueInList"
    >
{
  private criteria: CriteriaType | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";

  constructor(private readonly log: CallLog) {}

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.criteria = "VALUE_IN_LIST";
    this.values = [values];
    return this;
  }
  requireCheckbox(): this {
    this.criteria = "CHECKBOX";
    this.values = [];
    return this;
  }
  requireDate(): this {
    this.criteria = "DATE_IS_VALID_DATE";
    this.values = [];
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("Exception: The data validation rule has no criteria.");
    const rule = new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
    return counted(rule, "DataValidation", this.log);
  }
}

// Public fields of the rule are its data (read by tests), not API: the check covers methods.
type RuleMethods = Omit<FakeDataValidation, "criteria" | "values" | "allowInvalid" | "helpText">;
type _RuleIsReal = Assert<OnlyReal<RuleMethods, Real>>;
type _BuilderIsReal = Assert<OnlyReal<FakeDataValidationBuilder, RealBuilder>>;
