/**
 * A spreadsheet whose secretary keeps the dues: the good 2024 typed under Khởi tạo's headers, then
 * `Theo dõi đảng phí` from the menu, then marks typed into `Đảng phí` by name.
 */
import { SHEETS } from "../../../src/core/index";
import { goodYear, type MemberRow, officialMember, workbook } from "../../support/workbook";
import {
  createFakeGoogle,
  type FakeGoogle,
  sheetNamed,
  type Typed,
  typeRows,
  valuesOf,
} from "../fakes/index";
import { cellAt } from "../fakes/sheet-data";
import { storeEntered } from "../fakes/user-entered";
import { type BundleContext, callGlobal, loadBundle } from "./load-bundle";
import { initialize, typeYear } from "./sample-year";

export const DUES = SHEETS.dues.title;

export function duesYear(members?: readonly MemberRow[]): { google: FakeGoogle; context: BundleContext } {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear(members ? { members } : {})));
  callGlobal(context, "trackDuesMenu");
  return { google, context };
}

/** Types marks into `Đảng phí`: `{ "Nguyễn Văn An": { 3: 50000, 4: "Miễn" } }` on that member's row. */
export function typeMarks(
  google: FakeGoogle,
  marks: Readonly<Record<string, Readonly<Record<number, Typed>>>>,
) {
  const sheet = sheetNamed(google, DUES);
  const values = valuesOf(sheet);
  for (const [name, months] of Object.entries(marks)) {
    const row = values.findIndex((cells) => cells[0] === name) + 1;
    if (row < 2) throw new Error(`no row for ${name}`);
    for (const [month, mark] of Object.entries(months))
      storeEntered(cellAt(sheet, row, Number(month) + 1), mark);
  }
}

/** The cell of a member's month (as stored), by name. */
export function markOf(google: FakeGoogle, name: string, month: number): unknown {
  const values = valuesOf(sheetNamed(google, DUES));
  return values.find((cells) => cells[0] === name)?.[month];
}

/**
 * `count` members who keep their dues, then two members added to `Đảng viên` without a row: saving a month
 * then writes new payments, unticks one, and adds rows, whatever the size.
 */
export function duesYearOfSize(count: number): {
  google: FakeGoogle;
  context: BundleContext;
  names: string[];
} {
  const names = Array.from({ length: count }, (_, index) => `Đảng viên số ${index + 1}`);
  const members = names.map((name) => officialMember(name));
  const { google, context } = duesYear(members);
  typeMarks(
    google,
    Object.fromEntries(names.filter((_, index) => index % 3 === 0).map((name) => [name, { 5: 50000 }])),
  );
  const late = ["Đảng viên mới 1", "Đảng viên mới 2"];
  typeRows(
    sheetNamed(google, SHEETS.members.title),
    count + 2,
    late.map((name) => [name, "", "", { year: 2024, month: 1, day: 2 }]),
  );
  return { google, context, names: [...names, ...late] };
}
