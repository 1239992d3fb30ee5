/** SH10: the flag salute at the start of the week. */
import { yesNoMeasure } from "../rubric/measured";
import { yesNoDisplay } from "./display";
import { defineIndicator } from "./indicator";

export const SH10 = defineIndicator({
  id: "SH10",
  criterion: "SH",
  name: "Chào cờ đầu tuần",
  threshold: { kind: "none", default: null },
  rule: (context) =>
    yesNoMeasure(context.info.flagSalute, {
      yes: "Đảng viên thực hiện chào cờ đầu tuần.",
      no: "Chưa thực hiện chào cờ đầu tuần.",
      unknown: "Chưa ghi mục Chào cờ đầu tuần.",
    }),
  requirement: () => "Thực hiện chào cờ đầu tuần",
  display: yesNoDisplay,
});
