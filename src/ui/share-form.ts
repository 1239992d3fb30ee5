/**
 * Chia sẻ với cấp trên: the addresses start from `Email cấp ủy cấp trên` and may be edited for this
 * sending; they are checked here with the server's own rule before anything is sent.
 */
import { checkEmailList, splitEmailList } from "../core/index";
import type { ShareResponse, SidebarState } from "../protocol/sidebar";
import { byId, h } from "./dom";
import { checked, type FieldError } from "./form-fields";

export interface ShareForm {
  readonly form: HTMLFormElement;
  update(state: SidebarState): void;
  read(): {
    readonly addresses: readonly string[];
    /** The tick "Gửi kèm danh sách xếp loại đảng viên", unticked by default. */
    readonly withRatings: boolean;
    readonly errors: readonly FieldError[];
  };
  showLink(response: Extract<ShareResponse, { ok: true }>): void;
}

/** Only a Google address becomes a link; anything else stays text. */
const GOOGLE_LINK = /^https:\/\/docs\.google\.com\//;

export function shareForm(): ShareForm {
  const form = byId<HTMLFormElement>("share-form");
  const field = form.elements.namedItem("addresses") as HTMLTextAreaElement;
  const linkSlot = byId("share-link");
  // A repaint must not undo what the secretary typed for this sending.
  let edited = false;
  field.addEventListener("input", () => {
    edited = true;
  });

  return {
    form,
    update(state) {
      if (!edited) field.value = state.superiorEmails.join(", ");
    },
    read() {
      const check = checkEmailList(splitEmailList(field.value));
      const withRatings = checked(form, "withRatings");
      if (check.ok) return { addresses: check.addresses, withRatings, errors: [] };
      return { addresses: [], withRatings, errors: [{ field: "addresses", message: check.message }] };
    },
    showLink(response) {
      const anchor = GOOGLE_LINK.test(response.link)
        ? h("a", { href: response.link, target: "_blank", rel: "noopener noreferrer" }, response.link)
        : h("span", {}, response.link);
      linkSlot.replaceChildren(
        h(
          "span",
          { class: "share-label" },
          response.created ? "Bảng tính đã chia sẻ:" : "Đã cập nhật bảng tính:",
        ),
        " ",
        anchor,
      );
      linkSlot.hidden = false;
      // Under the outcome message, where the eye ends.
      form.append(linkSlot);
    },
  };
}
