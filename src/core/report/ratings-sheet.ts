/**
 * The named list of member ratings `Xếp loại đảng viên <năm>` (spec §9) as a grid: the evaluation's
 * header block and signature, one row a roster member, the summary over the counted members and the
 * quota line. Names and ratings only: no date of birth or other personal data.
 */
import type { Assessment } from "../assess";
import { formatNumber, formatPercent } from "../format";
import { CLASSIFICATIONS, type Classification, ROLES, ratingsSheetName } from "../schema";
import type { MemberRatings, RatedMember } from "../year-end/ratings";
import {
  addGap,
  addHeader,
  addRow,
  addSignature,
  addSpan,
  CENTER,
  type Draft,
  finishGrid,
  HEADING,
  newDraft,
  TABLE_BODY,
  TABLE_HEAD,
} from "./document";
import type { ReportCell, ReportGrid } from "./grid";

/** 640 px, as the evaluation: prints on A4 portrait at 100%. */
const WITH_SELF_RATING = [36, 170, 90, 112, 112, 120] as const;
const WITHOUT_SELF_RATING = [36, 190, 100, 150, 164] as const;

const NOT_RATED: ReportCell["style"] = { ...TABLE_BODY, italic: true, color: "#7f6000" };

const label = (rating: Classification) =>
  CLASSIFICATIONS.find((item) => item.key === rating)?.label ?? rating;
const roleLabel = (member: RatedMember) => ROLES.find((role) => role.key === member.role)?.label ?? "";

function addTable(draft: Draft, ratings: MemberRatings): void {
  const heads = [
    "STT",
    "Họ và tên",
    "Chức vụ",
    ...(ratings.selfRatingColumn ? ["Tự xếp loại"] : []),
    "Chi bộ xếp loại",
    "Ghi chú",
  ];
  const top = addRow(
    draft,
    heads.map((value) => ({ value, style: TABLE_HEAD })),
  );
  ratings.members.forEach((member, index) => {
    addRow(draft, [
      { value: index + 1, style: { ...TABLE_BODY, horizontal: "center" } },
      { value: member.name, style: TABLE_BODY },
      { value: roleLabel(member), style: TABLE_BODY },
      ...(ratings.selfRatingColumn
        ? [{ value: member.selfRating ? label(member.selfRating) : "", style: TABLE_BODY }]
        : []),
      member.rating
        ? { value: label(member.rating), style: TABLE_BODY }
        : { value: "Chưa xếp loại", style: NOT_RATED },
      { value: member.notes.join("; "), style: TABLE_BODY },
    ]);
  });
  if (ratings.members.length === 0) {
    addSpan(draft, "Chưa có đảng viên nào trong danh sách sinh hoạt của chi bộ.", {
      ...CENTER,
      italic: true,
    });
  }
  draft.bordered.push({
    row: top,
    column: 0,
    rows: Math.max(ratings.members.length, 1) + 1,
    columns: draft.widths.length,
  });
}

/** `12 đồng chí (50%)`: the share of the counted members, none when nobody is counted. */
function countAndShare(count: number, counted: number): string {
  return counted > 0 ? `${count} đồng chí (${formatPercent(count / counted)})` : `${count} đồng chí`;
}

function summaryLines(ratings: MemberRatings): string[] {
  const exempt =
    ratings.exempt > 0 ? `, trong đó ${ratings.exempt} đồng chí miễn sinh hoạt (không tính tỷ lệ)` : "";
  const lines = [
    `- Tổng số đảng viên trong danh sách: ${ratings.members.length} đồng chí${exempt}.`,
    `- Số đảng viên được đánh giá, xếp loại: ${ratings.counted} đồng chí, trong đó:`,
    ...CLASSIFICATIONS.map(
      ({ key, label: name }) => `   + ${name}: ${countAndShare(ratings.byRating[key], ratings.counted)};`,
    ),
    `   + Chưa xếp loại: ${countAndShare(ratings.notRated, ratings.counted)}.`,
  ];
  const { quota } = ratings;
  if (quota) {
    lines.push(
      `- Hoàn thành xuất sắc nhiệm vụ: ${quota.excellent} đồng chí, tối đa ${formatNumber(quota.allowed, 3)} (${formatPercent(quota.share)} số hoàn thành tốt nhiệm vụ).`,
    );
  }
  return lines;
}

export function buildRatingsSheet(assessment: Assessment): ReportGrid {
  const { evaluation, ratings } = assessment;
  const widths = ratings.selfRatingColumn ? WITH_SELF_RATING : WITHOUT_SELF_RATING;
  const draft = newDraft(widths, 3);
  addHeader(draft, assessment, `DANH SÁCH XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${evaluation.year}`);
  addSpan(
    draft,
    `(Kèm theo báo cáo đánh giá kết quả thực hiện mô hình "Chi bộ bốn tốt" năm ${evaluation.year})`,
    { ...CENTER, italic: true },
  );
  addGap(draft);
  addSpan(draft, "I. XẾP LOẠI TỪNG ĐẢNG VIÊN", HEADING);
  addTable(draft, ratings);
  addGap(draft);
  addSpan(draft, "II. TỔNG HỢP", HEADING);
  for (const line of summaryLines(ratings)) addSpan(draft, line, { wrap: true });
  addGap(draft);
  addSignature(draft, assessment);
  return finishGrid(draft, ratingsSheetName(evaluation.year));
}
