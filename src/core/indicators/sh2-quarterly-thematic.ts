/** SH2: every elapsed quarter has a thematic meeting. */
import { formatNumber } from "../format";
import { THEMATIC } from "../rubric/meeting-sets";
import { periodMeasure } from "../rubric/periods";
import { periodsDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const SH2 = defineIndicator({
  id: "SH2",
  criterion: "SH",
  name: "Sinh hoạt chuyên đề hằng quý",
  threshold: { kind: "none", default: null },
  rule: (context) => periodMeasure(context, THEMATIC, 3, { period: "quý", kind: "sinh hoạt chuyên đề" }),
  requirement: (threshold) => {
    const quarters = numeric(threshold);
    return quarters === null
      ? "Mỗi quý sinh hoạt chuyên đề ít nhất một lần"
      : `Mỗi quý sinh hoạt chuyên đề ít nhất một lần (${formatNumber(quarters)} quý đã qua)`;
  },
  display: periodsDisplay("quý"),
});
