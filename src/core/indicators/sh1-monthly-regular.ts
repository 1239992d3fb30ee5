/** SH1: every elapsed month has a regular meeting (by `Tháng`, else by date). */
import { formatNumber } from "../format";
import { REGULAR } from "../rubric/meeting-sets";
import { periodMeasure } from "../rubric/periods";
import { periodsDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const SH1 = defineIndicator({
  id: "SH1",
  criterion: "SH",
  name: "Sinh hoạt thường kỳ hằng tháng",
  threshold: { kind: "none", default: null },
  rule: (context) => periodMeasure(context, REGULAR, 1, { period: "tháng", kind: "sinh hoạt thường kỳ" }),
  requirement: (threshold) => {
    const months = numeric(threshold);
    return months === null
      ? "Mỗi tháng sinh hoạt thường kỳ ít nhất một lần"
      : `Mỗi tháng sinh hoạt thường kỳ ít nhất một lần (${formatNumber(months)} tháng đã qua)`;
  },
  display: periodsDisplay("tháng"),
});
