/** The members still in the cell on a day (or whose dates could not be read), by name, in sheet order. */
import { issueLog } from "./parse/issues";
import { parseMembers } from "./parse/members";
import type { CalendarDate, WorkbookTables } from "./table";
import { toDay } from "./values/day";

export function memberNamesOn(tables: WorkbookTables, date: CalendarDate): string[] {
  const parsed = parseMembers(tables, issueLog());
  if (!parsed) return [];
  const day = toDay(date);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const member of parsed.members) {
    const name = member.name.trim();
    const gone = typeof member.transferOut === "number" && member.transferOut <= day;
    if (!name || gone || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}
