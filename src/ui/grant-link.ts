/**
 * When sharing needs the Drive permission the secretary unticked at Google's consent screen, the
 * refusal carries Google's page to grant it: a **Cấp quyền** link under the message, opened in a
 * new tab (the sidebar cannot show Google's consent screen itself).
 */
import { h } from "./dom";

export function showGrantLink(form: HTMLFormElement, url: string | null): void {
  const status = form.querySelector<HTMLElement>(".form-status");
  if (!status || !url || !/^https:\/\/[a-z.]*google\.com\//.test(url)) return;
  status.append(
    h("br"),
    h("a", { class: "grant", href: url, target: "_blank", rel: "noopener noreferrer" }, "Cấp quyền"),
  );
}
