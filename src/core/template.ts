/**
 * The empty workbook a secretary starts from, derived from the schema: what `Khởi tạo bảng tính`
 * and `chibo4tot init` create. Front ends only render it.
 */
import { INDICATORS } from "./indicators/registry";
import {
  type Column,
  DUES_WORDS,
  type FieldKind,
  INFO_ITEMS,
  type ListValue,
  SHEET_ORDER,
  SHEETS,
  type SheetKey,
  YES_NO,
} from "./schema";
import { thresholdText } from "./thresholds";

/** What a front end puts on a column: a dropdown, a checkbox, a date format or nothing. */
export type ColumnInput =
  | { readonly type: "dropdown"; readonly values: readonly string[] }
  | { readonly type: "checkbox" }
  | { readonly type: "date" }
  | { readonly type: "number" }
  | { readonly type: "text" };

export interface TemplateColumn {
  readonly header: string;
  readonly note: string;
  readonly width: number;
  readonly input: ColumnInput;
  readonly required: boolean;
  /** Newer than the first templates: Khởi tạo adds it to a sheet made before it existed. */
  readonly addedLater: boolean;
}

export interface TemplateSheet {
  readonly key: SheetKey;
  readonly title: string;
  readonly columns: readonly TemplateColumn[];
  /** Rows written under the header when the sheet is created (items, defaults); may be empty. */
  readonly rows: readonly (readonly (string | number | boolean)[])[];
  /** For `Thông tin chung`: the input of the `Giá trị` cell and the note of the `Mục` cell, row by row. */
  readonly rowInputs?: readonly ColumnInput[];
  readonly rowNotes?: readonly string[];
}

/** The date format of every date column (the add-on also sets the vi_VN locale). */
export const DATE_FORMAT = "dd/mm/yyyy";

const labels = (values: readonly ListValue[]) => values.map((value) => value.label);

export function columnInput(kind: FieldKind): ColumnInput {
  switch (kind.type) {
    case "list":
      return { type: "dropdown", values: labels(kind.values) };
    case "duesMark":
      return { type: "dropdown", values: labels(DUES_WORDS) };
    case "yesNo":
      return { type: "checkbox" };
    case "date":
      return { type: "date" };
    case "integer":
    case "number":
      return { type: "number" };
    default:
      return { type: "text" };
  }
}

/**
 * A yes/no item of `Thông tin chung` has three states (blank: not said yet, so its indicator is missing; Có;
 * Không), which a checkbox cannot show: it gets a Có/Không dropdown instead.
 */
function itemInput(item: (typeof INFO_ITEMS)[number]): ColumnInput {
  if (item.kind.type === "yesNo") return { type: "dropdown", values: labels(YES_NO) };
  return columnInput(item.kind);
}

export function templateColumn(column: Column): TemplateColumn {
  return {
    header: column.header,
    note: column.note,
    width: column.width,
    input: columnInput(column.kind),
    required: column.required === true,
    addedLater: column.quietWhenMissing === true,
  };
}

function prefilledRows(key: SheetKey): TemplateSheet["rows"] {
  if (key === "info") return INFO_ITEMS.map((item) => [item.label, ""]);
  if (key === "settings") {
    return INDICATORS.map((indicator) => [
      indicator.id,
      indicator.name,
      thresholdText(indicator.thresholdKind, indicator.defaultThreshold),
      true,
    ]);
  }
  return [];
}

export function templateSheets(): readonly TemplateSheet[] {
  return SHEET_ORDER.map((key) => {
    const sheet = SHEETS[key];
    return {
      key,
      title: sheet.title,
      columns: sheet.columns.map(templateColumn),
      rows: prefilledRows(key),
      ...(key === "info"
        ? {
            rowInputs: INFO_ITEMS.map(itemInput),
            rowNotes: INFO_ITEMS.map((item) => item.note),
          }
        : {}),
    };
  });
}
