/** RangeList: one call for the same change on several ranges (borders, formats, one value, clearing). */
import type { FakeRange } from "./range";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type Real = GoogleAppsScript.Spreadsheet.RangeList;

export class FakeRangeList
  implements
    FakeOf<
      Real,
      | "getRanges"
      | "setNumberFormat"
      | "setFontWeight"
      | "setBackground"
      | "setWrap"
      | "setValue"
      | "clearContent",
      "setBorder"
    >
{
  constructor(private readonly ranges: readonly FakeRange[]) {}

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setBorder(...args: unknown[]): this {
    for (const range of this.ranges) range.setBorder(...args);
    return this;
  }
  setNumberFormat(format: string): this {
    for (const range of this.ranges) range.setNumberFormat(format);
    return this;
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    for (const range of this.ranges) range.setFontWeight(fontWeight);
    return this;
  }
  setBackground(color: string | null): this {
    for (const range of this.ranges) range.setBackground(color);
    return this;
  }
  setWrap(isWrapEnabled: boolean): this {
    for (const range of this.ranges) range.setWrap(isWrapEnabled);
    return this;
  }
  /** Like Range.setValue on each range: a string starting with `=` would become a formula. */
  setValue(value: unknown): this {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }
  clearContent(): this {
    for (const range of this.ranges) range.clearContent();
    return this;
  }
}

type _RangeListIsReal = Assert<OnlyReal<FakeRangeList, Real>>;
