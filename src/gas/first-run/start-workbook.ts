/** The Khởi tạo button of the welcome panel: the menu's command, then the sidebar's new state. */

import type { StateResponse } from "../../protocol/sidebar";
import { initializeWorkbook } from "../commands/initialize";
import { getSidebarState } from "../sidebar/state";

export function startWorkbook(): StateResponse {
  initializeWorkbook();
  return getSidebarState();
}
