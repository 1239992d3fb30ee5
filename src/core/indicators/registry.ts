/**
 * Every indicator, in the order of the result and the report: the one list the rubric, `Cấu hình`,
 * the template, the report and the front ends' figures are derived from. An indicator is added by
 * writing its module and listing it here.
 */
import { DV1 } from "./dv1-good-members";
import { DV2 } from "./dv2-failing-members";
import { DV3 } from "./dv3-excellent-quota";
import { DV4 } from "./dv4-admissions";
import { DV5 } from "./dv5-official-on-time";
import type { Indicator } from "./indicator";
import { KL1 } from "./kl1-disciplined";
import { KL2 } from "./kl2-violations";
import { KL3 } from "./kl3-disunity";
import { KL4 } from "./kl4-working-rules";
import { KL5 } from "./kl5-unexcused-absence";
import { KL6 } from "./kl6-unpaid-dues";
import { NV1 } from "./nv1-cell-rating";
import { NV2 } from "./nv2-agency-rating";
import { NV3 } from "./nv3-tasks-on-time";
import { NV4 } from "./nv4-staff-rating";
import { NV5 } from "./nv5-open-complaints";
import { NV6 } from "./nv6-inspections";
import { SH1 } from "./sh1-monthly-regular";
import { SH2 } from "./sh2-quarterly-thematic";
import { SH3 } from "./sh3-committee-before-regular";
import { SH4 } from "./sh4-meeting-duration";
import { SH5 } from "./sh5-good-meetings";
import { SH6 } from "./sh6-poor-meetings";
import { SH7 } from "./sh7-attendance";
import { SH8 } from "./sh8-minutes-kept";
import { SH9 } from "./sh9-commitments";
import { SH10 } from "./sh10-flag-salute";

export const INDICATORS: readonly Indicator[] = [
  ...[NV1, NV2, NV3, NV4, NV5, NV6],
  ...[SH1, SH2, SH3, SH4, SH5, SH6, SH7, SH8, SH9, SH10],
  ...[KL1, KL2, KL3, KL4, KL5, KL6],
  ...[DV1, DV2, DV3, DV4, DV5],
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

/** The indicator of a code (`NV1`, exactly), or undefined. */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
