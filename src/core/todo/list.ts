/**
 * The to-do list of spec §8: from the same records and as-of date as the verdict, what the secretary
 * should do soon, sorted overdue first, then by due date, kind and subject. It changes no status.
 */
import { isoDate } from "../format";
import type { Setting } from "../parse/records";
import { TODO_KINDS, type TodoItem, type TodoKind } from "../result";
import type { RubricContext } from "../rubric/context";
import { type Day, fromDay } from "../values/day";
import type { TodoContext, TodoDraft } from "./draft";
import { unpaidDues } from "./dues";
import { committeeMeeting, missingMinutes, regularMeetings, thematicMeetings } from "./meetings";
import { absences, probations } from "./members";
import { isTurnedOff } from "./settings-in-use";
import { yearEndFile } from "./year-end";

interface KindRule {
  readonly kind: TodoKind;
  /** The indicator whose `Áp dụng` = Không hides the kind; null: always listed. */
  readonly indicator: string | null;
  readonly build: (context: TodoContext) => TodoDraft[];
}

/** In the order of §8's table, which is also the order ties are broken by. */
const KIND_RULES: readonly KindRule[] = [
  { kind: "regular-meeting", indicator: "SH1", build: regularMeetings },
  { kind: "thematic-meeting", indicator: "SH2", build: thematicMeetings },
  { kind: "committee-meeting", indicator: "SH3", build: committeeMeeting },
  { kind: "absence", indicator: "KL5", build: absences },
  { kind: "dues", indicator: "KL6", build: unpaidDues },
  { kind: "probation", indicator: "DV5", build: probations },
  { kind: "minutes", indicator: "SH8", build: missingMinutes },
  { kind: "year-end", indicator: null, build: yearEndFile },
];

const KIND_RANK = new Map<TodoKind, number>(TODO_KINDS.map((kind, index) => [kind, index]));

type Compare = (a: string, b: string) => number;

let collate: Compare | undefined;
/** Names in Vietnamese alphabetical order, numbers by value (`Tháng 2` before `Tháng 10`); code points without Intl. */
function collator(): Compare {
  if (!collate) {
    try {
      collate = new Intl.Collator("vi", { numeric: true }).compare;
    } catch {
      collate = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    }
  }
  return collate;
}

function compareSubjects(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator()(a, b);
}

function byUrgency(a: TodoItem, b: TodoItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || compareSubjects(a.subject, b.subject);
}

/**
 * `given` is the date asked for (today, or `--as-of`), before capping: before 1/1/Y nothing is listed;
 * after 31/12/Y only the year-end file, the year being over.
 */
export function todoList(
  rubric: RubricContext,
  settings: readonly Setting[],
  given: Day,
  facts: Pick<TodoContext, "dues" | "yearEnd">,
): TodoItem[] {
  if (given < rubric.firstDay) return [];
  const context: TodoContext = { rubric, given, settings, ...facts, overdue: (due) => due < given };
  const yearOver = given > rubric.lastDay;
  const items: TodoItem[] = [];
  for (const rule of KIND_RULES) {
    if (yearOver && rule.kind !== "year-end") continue;
    if (rule.indicator !== null && isTurnedOff(settings, rule.indicator)) continue;
    for (const draft of rule.build(context)) {
      items.push({
        kind: draft.kind,
        due: draft.due === null ? null : isoDate(fromDay(draft.due)),
        overdue: draft.due !== null && context.overdue(draft.due),
        subject: draft.subject,
        message: draft.message,
        sheet: draft.sheet,
        row: draft.row,
      });
    }
  }
  return items.sort(byUrgency);
}
