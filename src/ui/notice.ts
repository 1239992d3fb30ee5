/** The one message line at the top of the sidebar (a live region, so screen readers hear it too). */
import { byId } from "./dom";

export type NoticeKind = "info" | "success" | "error";

export function showNotice(kind: NoticeKind, text: string): void {
  const notice = byId("notice");
  notice.className = `notice notice-${kind}`;
  notice.setAttribute("role", kind === "error" ? "alert" : "status");
  notice.textContent = text;
  notice.hidden = false;
}

export function clearNotice(): void {
  const notice = byId("notice");
  notice.hidden = true;
  notice.textContent = "";
}
