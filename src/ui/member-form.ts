/** Adding a member (Đảng viên): checked here first, then again by the engine on the server. */
import type { MemberDraft, SidebarState } from "../protocol/sidebar";
import { byId, fillSelect } from "./dom";
import { checked, type FieldError, text } from "./form-fields";

export interface MemberForm {
  readonly form: HTMLFormElement;
  update(state: SidebarState): void;
  read(): { readonly draft: MemberDraft; readonly errors: readonly FieldError[] };
  reset(): void;
}

const sameName = (left: string, right: string) =>
  left.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ") ===
  right.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ");

function validate(draft: MemberDraft, existing: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name) errors.push({ field: "name", message: "Hãy nhập họ và tên." });
  else if (existing.some((name) => sameName(name, draft.name))) {
    errors.push({ field: "name", message: `Đã có đảng viên "${draft.name}" trong danh sách.` });
  }
  if (!draft.admissionDate) errors.push({ field: "admissionDate", message: "Hãy chọn ngày vào Đảng." });
  // ISO dates compare as text.
  if (draft.birthDate && draft.admissionDate && draft.birthDate >= draft.admissionDate) {
    errors.push({ field: "birthDate", message: "Ngày sinh phải trước ngày vào Đảng." });
  }
  if (draft.officialDate && draft.admissionDate && draft.officialDate < draft.admissionDate) {
    errors.push({ field: "officialDate", message: "Ngày chính thức không được trước ngày vào Đảng." });
  }
  if (draft.transferInDate && draft.admissionDate && draft.transferInDate < draft.admissionDate) {
    errors.push({ field: "transferInDate", message: "Ngày chuyển đến không được trước ngày vào Đảng." });
  }
  return errors;
}

export function memberForm(): MemberForm {
  const form = byId<HTMLFormElement>("member-form");
  let existing: readonly string[] = [];

  return {
    form,
    update(state) {
      fillSelect(
        form.elements.namedItem("role") as HTMLSelectElement,
        state.lists.roles,
        "— Để trống (Đảng viên) —",
      );
      fillSelect(
        form.elements.namedItem("selfRating") as HTMLSelectElement,
        state.lists.classifications,
        "— Chưa có —",
      );
      existing = state.members.map((member) => member.name);
    },
    read() {
      const draft: MemberDraft = {
        name: text(form, "name").replace(/\s+/g, " "),
        birthDate: text(form, "birthDate"),
        role: text(form, "role"),
        admissionDate: text(form, "admissionDate"),
        officialDate: text(form, "officialDate"),
        transferInDate: text(form, "transferInDate"),
        exempt: checked(form, "exempt"),
        selfRating: text(form, "selfRating"),
        selfReview: checked(form, "selfReview"),
        residenceComment: checked(form, "residenceComment"),
        note: text(form, "note"),
      };
      return { draft, errors: validate(draft, existing) };
    },
    reset() {
      form.reset();
    },
  };
}
