/** Protection and DeveloperMetadata, the two marks the add-on leaves on its report sheet. */
import type { DeveloperMetadataData, ProtectionData } from "./sheet-data";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type RealProtection = GoogleAppsScript.Spreadsheet.Protection;
type RealMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export class FakeProtection
  implements FakeOf<RealProtection, "setDescription" | "getDescription" | "setWarningOnly" | "isWarningOnly">
{
  constructor(private readonly data: ProtectionData) {}

  setDescription(description: string): this {
    this.data.description = description;
    return this;
  }
  getDescription(): string {
    return this.data.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.data.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
}

export class FakeDeveloperMetadata implements FakeOf<RealMetadata, "getKey" | "getValue"> {
  constructor(private readonly data: DeveloperMetadataData) {}

  getKey(): string {
    return this.data.key;
  }
  getValue(): string | null {
    return this.data.value;
  }
}

type _ProtectionIsReal = Assert<OnlyReal<FakeProtection, RealProtection>>;
type _MetadataIsReal = Assert<OnlyReal<FakeDeveloperMetadata, RealMetadata>>;
