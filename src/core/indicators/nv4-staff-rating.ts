/** NV4: staff rated HTTNV or better out of all staff; no figures → n/a. */
import { formatPercent } from "../format";
import { judgeShare } from "../rubric/judge";
import { issueAt } from "../rubric/measured";
import { headerOf } from "../schema";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const NV4 = defineIndicator({
  id: "NV4",
  criterion: "NV",
  name: "CBCCVC hoàn thành tốt nhiệm vụ trở lên",
  threshold: { kind: "share", default: 0.9 },
  rule: (context, share) => {
    const { staffTotal, staffGood } = context.info;
    if (staffTotal === null) {
      return {
        status: "n/a",
        value: null,
        threshold: share,
        detail: "Không có số liệu CBCCVC, người lao động.",
      };
    }
    if (staffTotal === undefined || staffGood === undefined || staffTotal === 0) {
      return {
        status: "missing",
        value: null,
        threshold: share,
        detail: "Chưa đủ số liệu CBCCVC, người lao động.",
      };
    }
    if (staffGood > staffTotal) {
      const problem = issueAt(
        "error",
        context.info.sheet,
        context.info.rowOf.get("staffGood") ?? null,
        headerOf("info", "value"),
        `Số CBCCVC hoàn thành tốt nhiệm vụ trở lên (${staffGood}) lớn hơn tổng số (${staffTotal}); hãy sửa lại cho đúng.`,
      );
      return {
        status: "missing",
        value: null,
        threshold: share,
        detail: "Số liệu CBCCVC không hợp lệ.",
        issues: [problem],
      };
    }
    const value = staffGood / staffTotal;
    return {
      status: judgeShare(staffGood, staffTotal, 0, share),
      value,
      threshold: share,
      detail: `${staffGood}/${staffTotal} người hoàn thành tốt nhiệm vụ trở lên (${formatPercent(value)}).`,
    };
  },
  requirement: (threshold) => atLeastShare(threshold, "CBCCVC, người lao động hoàn thành tốt nhiệm vụ"),
  display: shareDisplay,
});
