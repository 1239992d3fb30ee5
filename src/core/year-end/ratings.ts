/**
 * The named list of member ratings (spec §9) as data: every roster member in the order of `Đảng viên`,
 * with the notes the list carries, and the summary over the counted members (roster, not exempt).
 */

import { indicatorSetting } from "../indicators/settings";
import type { CellYearRecords, Member, Setting } from "../parse/records";
import { CLASSIFICATIONS, type Classification, DISCIPLINES, type Role } from "../schema";
import type { Day } from "../values/day";

export interface RatedMember {
  readonly name: string;
  readonly row: number;
  readonly role: Role;
  /** `Tự xếp loại`; null when blank, unreadable or the column is absent. */
  readonly selfRating: Classification | null;
  /** `Xếp loại`; null when not rated yet (blank or unreadable). */
  readonly rating: Classification | null;
  /** Roster and not exempt: in the summary's counts. */
  readonly counted: boolean;
  /** `Dự bị`, `Miễn sinh hoạt`, the discipline, `Chưa nộp bản kiểm điểm`. */
  readonly notes: readonly string[];
}

/** DV3's numbers: HTXSNV count, at most `share` × the count rated exactly HTTNV (unrounded). */
export interface ExcellentQuota {
  readonly excellent: number;
  readonly allowed: number;
  readonly share: number;
}

export interface MemberRatings {
  readonly members: readonly RatedMember[];
  /** Whether `Đảng viên` has a `Tự xếp loại` column: without it the list has no such column. */
  readonly selfRatingColumn: boolean;
  /** Counted members (roster, not exempt). */
  readonly counted: number;
  /** Exempt roster members: listed, not counted. */
  readonly exempt: number;
  /** Counted members by rating. */
  readonly byRating: Readonly<Record<Classification, number>>;
  /** Counted members without a rating yet. */
  readonly notRated: number;
  /** null when DV3 is turned off in `Cấu hình`. */
  readonly quota: ExcellentQuota | null;
}

/** The note of a discipline: `Kỷ luật khiển trách`. */
function disciplineNote(member: Member): string | null {
  if (member.discipline === undefined || member.discipline === "none") return null;
  const label = DISCIPLINES.find((item) => item.key === member.discipline)?.label ?? "";
  return `Kỷ luật ${label.toLocaleLowerCase("vi")}`;
}

/** DV3's share in use: the last `Cấu hình` row for it, else the default; null when it is turned off. */
function quotaShare(settings: readonly Setting[]): number | null {
  const setting = indicatorSetting(settings, "DV3");
  if (!setting?.enabled) return null;
  return typeof setting.threshold === "number" ? setting.threshold : null;
}

/**
 * `onRoster[i]`: member i is active on the as-of date (spec §3); a member whose roster status is unknown
 * (unreadable dates, already an error) is not listed.
 */
export function memberRatings(
  records: CellYearRecords,
  onRoster: readonly (boolean | undefined)[],
  asOf: Day,
  settings: readonly Setting[],
): MemberRatings {
  const selfReviewColumn = records.reviewColumns.selfReview;
  const roster = (records.members ?? []).filter((_, index) => onRoster[index] === true);
  const members = roster.map((member): RatedMember => {
    const counted = member.exempt === false;
    const probationary = !(typeof member.official === "number" && member.official <= asOf);
    const notes = [
      probationary ? "Dự bị" : null,
      member.exempt === true ? "Miễn sinh hoạt" : null,
      disciplineNote(member),
      counted && selfReviewColumn && member.selfReview === false ? "Chưa nộp bản kiểm điểm" : null,
    ].filter((note): note is string => note !== null);
    return {
      name: member.name,
      row: member.row,
      role: member.role,
      selfRating: member.selfRating ?? null,
      rating: member.classification ?? null,
      counted,
      notes,
    };
  });
  const counted = members.filter((member) => member.counted);
  const byRating = Object.fromEntries(CLASSIFICATIONS.map(({ key }) => [key, 0])) as Record<
    Classification,
    number
  >;
  for (const member of counted) if (member.rating) byRating[member.rating]++;
  const share = quotaShare(settings);
  return {
    members,
    selfRatingColumn: records.reviewColumns.selfRating,
    counted: counted.length,
    exempt: roster.filter((member) => member.exempt === true).length,
    byRating,
    notRated: counted.filter((member) => member.rating === null).length,
    quota:
      share === null
        ? null
        : { excellent: byRating.HTXSNV, allowed: Math.round(share * byRating.HTTNV * 1e9) / 1e9, share },
  };
}
