/**
 * A typed, promise-based door to the server functions of dist/Code.js. Every call has a failure
 * handler: a server exception rejects with an Error whose message the sidebar shows in Vietnamese.
 */
import type { SidebarApi } from "../protocol/sidebar";

type ServerFunction = (...args: readonly unknown[]) => void;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare const google: { readonly script: { readonly run: ScriptRunner } } | undefined;

export type ServerMethod = keyof SidebarApi;

export function callServer<M extends ServerMethod>(
  method: M,
  ...args: Parameters<SidebarApi[M]>
): Promise<ReturnType<SidebarApi[M]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === "undefined" || !google?.script?.run) {
      reject(new Error("Bảng điều khiển chỉ chạy được khi mở từ Google Trang tính."));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[M]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner as unknown as Record<M, ServerFunction>)[method](...args);
  });
}

/** What the secretary reads when a call fails: Vietnamese first, the technical reason after. */
export function failureMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Không thực hiện được, hãy thử lại hoặc bấm Làm mới. Chi tiết: ${reason}`;
}
