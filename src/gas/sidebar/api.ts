/** The server functions the sidebar calls through `google.script.run`, checked against the protocol. */

import type { MeetingDraft, MemberDraft, SidebarApi } from "../../protocol/sidebar";
import { loadSampleYear } from "../first-run/load-sample";
import { removeSampleYear } from "../first-run/remove-sample";
import { startWorkbook } from "../first-run/start-workbook";
import { shareEvaluation } from "../sharing/share-evaluation";
import { meetingRecord, memberRecord } from "./drafts";
import { getDuesMonth, saveDuesMonth, trackDuesFromSidebar } from "./dues-entry";
import { goToCell } from "./go-to-cell";
import { saveRecord } from "./save-record";
import { getSidebarState } from "./state";
import { runYearEnd } from "./year-end";

export const SIDEBAR_API: SidebarApi = {
  getSidebarState,
  saveMeeting: (draft: MeetingDraft) => saveRecord("meetings", meetingRecord(draft ?? {})),
  saveMember: (draft: MemberDraft) => saveRecord("members", memberRecord(draft ?? {})),
  goToCell,
  runYearEnd,
  shareEvaluation,
  startWorkbook,
  loadSampleYear,
  removeSampleYear,
  getDuesMonth,
  saveDuesMonth,
  trackDues: trackDuesFromSidebar,
};
