/** What every kind of the to-do list (spec §8) builds from: the dates, and an item before it is dated. */
import type { DuesStanding } from "../dues/standing";
import type { Setting } from "../parse/records";
import type { TodoKind } from "../result";
import type { RubricContext } from "../rubric/context";
import type { Day } from "../values/day";
import type { YearEndReview } from "../year-end/review";

/** An item with its due date still a day number; `todoList` turns it into the §8 item. */
export interface TodoDraft {
  readonly kind: TodoKind;
  readonly due: Day | null;
  readonly subject: string | null;
  readonly message: string;
  readonly sheet: string;
  readonly row: number | null;
}

export interface TodoContext {
  /** The rubric's view of the year, as of A (the date given, capped at 31/12/Y). */
  readonly rubric: RubricContext;
  /** The date given, before capping: what `overdue` is measured against. */
  readonly given: Day;
  readonly settings: readonly Setting[];
  /** Each member's unpaid dues; undefined when the workbook keeps no `Đảng phí`. */
  readonly dues: DuesStanding | undefined;
  /** What the year-end file still lacks. */
  readonly yearEnd: YearEndReview;
  /** `due` is earlier than the date given. */
  overdue(due: Day): boolean;
}
