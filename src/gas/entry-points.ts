/**
 * THE list of functions Apps Script must see. `npm run build` turns each entry into a top-level
 * `function name(params) { return ChiBo4Tot.ENTRY_POINTS.name.run(params); }` in dist/Code.js,
 * with `doc` as its JSDoc (custom functions need `@customfunction` there for Sheets' autocomplete).
 * Menu handlers, `google.script.run` targets and custom functions are all added here, nowhere else.
 */
import { checkData } from "./commands/check-data";
import { evaluateYear } from "./commands/evaluate-year";
import { initializeWorkbook } from "./commands/initialize";
import { openSidebar } from "./commands/open-sidebar";
import { rollUpCells } from "./commands/roll-up-cells";
import { trackDues } from "./commands/track-dues";
import { criterionFormula, overviewFormula } from "./custom-functions";
import { onInstall, onOpen } from "./menu";
import { shareWithSuperior } from "./sharing/share-evaluation";
import { SIDEBAR_API } from "./sidebar/api";
import { todoFormula } from "./todo-formula";

export interface EntryPoint {
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script calls these with whatever a cell or the client passes.
  readonly run: (...args: any[]) => unknown;
  /** Parameter names of the generated declaration, in order. */
  readonly params: readonly string[];
  /** JSDoc body lines, without the comment markers. */
  readonly doc?: readonly string[];
}

const FORMULA_PARAMS = ["info", "members", "meetings", "tasks", "incidents", "settings", "asOf", "dues"];

const formulaParamDoc = [
  "@param {Array<Array<*>>} info Vùng của trang Thông tin chung, gồm cả dòng tiêu đề (Mục | Giá trị).",
  "@param {Array<Array<*>>} members Vùng của trang Đảng viên, gồm cả dòng tiêu đề.",
  "@param {Array<Array<*>>} meetings Vùng của trang Sinh hoạt, gồm cả dòng tiêu đề.",
  "@param {Array<Array<*>>} tasks Vùng của trang Nhiệm vụ, gồm cả dòng tiêu đề.",
  "@param {Array<Array<*>>} incidents Vùng của trang Sự việc, gồm cả dòng tiêu đề.",
  "@param {Array<Array<*>>} [settings] Vùng của trang Cấu hình (không bắt buộc).",
  "@param {Date|string} [asOf] Ngày đánh giá (không bắt buộc), mặc định là hôm nay.",
  "@param {Array<Array<*>>} [dues] Vùng của trang Đảng phí, gồm cả dòng tiêu đề (không bắt buộc; không có thì không tính chỉ báo đảng phí).",
];

const criterionDoc = (name: string): readonly string[] => [
  `Kết quả tiêu chí "${name}": Đạt, Không đạt, Thiếu dữ liệu hoặc Không áp dụng.`,
  "",
  ...formulaParamDoc,
  "@return {string} Kết quả của tiêu chí.",
  "@customfunction",
];

export const ENTRY_POINTS = {
  onOpen: { run: onOpen, params: ["e"] },
  onInstall: { run: onInstall, params: ["e"] },
  initializeWorkbook: { run: initializeWorkbook, params: [] },
  evaluateYear: { run: evaluateYear, params: [] },
  checkData: { run: checkData, params: [] },
  openSidebar: { run: openSidebar, params: [] },
  getSidebarState: { run: SIDEBAR_API.getSidebarState, params: [] },
  saveMeeting: { run: SIDEBAR_API.saveMeeting, params: ["draft"] },
  saveMember: { run: SIDEBAR_API.saveMember, params: ["draft"] },
  goToCell: { run: SIDEBAR_API.goToCell, params: ["target"] },
  runYearEnd: { run: SIDEBAR_API.runYearEnd, params: [] },
  shareWithSuperior: { run: shareWithSuperior, params: [] },
  rollUpCells: { run: rollUpCells, params: [] },
  shareEvaluation: { run: SIDEBAR_API.shareEvaluation, params: ["addresses", "withRatings"] },
  startWorkbook: { run: SIDEBAR_API.startWorkbook, params: [] },
  loadSampleYear: { run: SIDEBAR_API.loadSampleYear, params: [] },
  removeSampleYear: { run: SIDEBAR_API.removeSampleYear, params: [] },
  trackDuesMenu: { run: trackDues, params: [] },
  trackDues: { run: SIDEBAR_API.trackDues, params: [] },
  getDuesMonth: { run: SIDEBAR_API.getDuesMonth, params: ["month"] },
  saveDuesMonth: { run: SIDEBAR_API.saveDuesMonth, params: ["request"] },
  CHIBO4TOT: {
    run: overviewFormula,
    params: FORMULA_PARAMS,
    doc: [
      'Đánh giá "Chi bộ bốn tốt": bảng bốn tiêu chí và 27 chỉ báo (mã, tên, kết quả, giá trị, yêu cầu).',
      "",
      ...formulaParamDoc,
      "@return {Array<Array<*>>} Bảng kết quả, dòng đầu là tiêu đề.",
      "@customfunction",
    ],
  },
  CHIBO4TOT_NV: {
    run: criterionFormula("NV"),
    params: FORMULA_PARAMS,
    doc: criterionDoc("Hoàn thành tốt nhiệm vụ chính trị"),
  },
  CHIBO4TOT_SH: {
    run: criterionFormula("SH"),
    params: FORMULA_PARAMS,
    doc: criterionDoc("Chất lượng sinh hoạt tốt"),
  },
  CHIBO4TOT_KL: {
    run: criterionFormula("KL"),
    params: FORMULA_PARAMS,
    doc: criterionDoc("Đoàn kết, kỷ luật tốt"),
  },
  CHIBO4TOT_DV: {
    run: criterionFormula("DV"),
    params: FORMULA_PARAMS,
    doc: criterionDoc("Cán bộ, đảng viên tốt"),
  },
  CHIBO4TOT_VIEC: {
    run: todoFormula,
    params: FORMULA_PARAMS,
    doc: [
      "Việc cần làm của chi bộ: bảng Hạn | Việc | Đối tượng, việc quá hạn lên trước.",
      "",
      ...formulaParamDoc,
      "@return {Array<Array<*>>} Bảng việc cần làm, dòng đầu là tiêu đề.",
      "@customfunction",
    ],
  },
} satisfies Record<string, EntryPoint>;
