/** Logging a meeting (Sinh hoạt): checked here first, then again by the engine on the server. */
import type { MeetingDraft, SidebarState } from "../protocol/sidebar";
import { type AbsenteePicker, absenteePicker } from "./absentee-picker";
import { byId, fillSelect } from "./dom";
import { checked, type FieldError, number, text } from "./form-fields";

export interface MeetingForm {
  readonly form: HTMLFormElement;
  update(state: SidebarState): void;
  /** The draft, or the problems that keep it from being sent. */
  read(): { readonly draft: MeetingDraft; readonly errors: readonly FieldError[] };
  reset(): void;
}

function checkCount(value: number | null, field: string, label: string, required: boolean): FieldError[] {
  if (value === null) return required ? [{ field, message: `Hãy nhập ${label}.` }] : [];
  if (!Number.isInteger(value) || value < 0) {
    return [{ field, message: `${label} phải là số nguyên không âm, ví dụ 25.` }];
  }
  return [];
}

function validate(draft: MeetingDraft, committeeType: string): FieldError[] {
  const cellMeeting = draft.type !== committeeType;
  const errors: FieldError[] = [];
  if (!draft.date) errors.push({ field: "date", message: "Hãy chọn ngày họp." });
  if (!draft.type) errors.push({ field: "type", message: "Hãy chọn loại buổi sinh hoạt." });
  if (draft.minutes === null && cellMeeting) {
    errors.push({ field: "minutes", message: "Hãy nhập thời lượng, ví dụ 120." });
  } else if (draft.minutes !== null && !(draft.minutes >= 0)) {
    errors.push({ field: "minutes", message: "Thời lượng phải là số phút, ví dụ 120." });
  }
  errors.push(...checkCount(draft.summoned, "summoned", "Số triệu tập", false));
  errors.push(...checkCount(draft.present, "present", "Số có mặt", cellMeeting));
  if (draft.present !== null && draft.summoned !== null && draft.present > draft.summoned) {
    errors.push({ field: "present", message: "Số có mặt không được lớn hơn số triệu tập." });
  }
  if (draft.score !== null && !(draft.score >= 0 && draft.score <= 100)) {
    errors.push({ field: "score", message: "Điểm phải từ 0 đến 100." });
  }
  return errors;
}

export function meetingForm(): MeetingForm {
  const form = byId<HTMLFormElement>("meeting-form");
  const picker: AbsenteePicker = absenteePicker();
  let committeeType = "";

  return {
    form,
    update(state) {
      fillSelect(
        form.elements.namedItem("type") as HTMLSelectElement,
        state.lists.meetingTypes,
        "— Chọn loại —",
      );
      fillSelect(
        form.elements.namedItem("level") as HTMLSelectElement,
        state.lists.meetingLevels,
        "Không ghi",
      );
      committeeType = state.lists.committeeMeetingType;
      picker.setMembers(state.members.map((member) => member.name));
    },
    read() {
      const month = text(form, "month");
      const draft: MeetingDraft = {
        date: text(form, "date"),
        type: text(form, "type"),
        month: month ? Number(month) : null,
        content: text(form, "content"),
        minutes: number(form, "minutes"),
        summoned: number(form, "summoned"),
        present: number(form, "present"),
        excused: picker.excused(),
        unexcused: picker.unexcused(),
        score: number(form, "score"),
        level: text(form, "level"),
        hasMinutes: checked(form, "hasMinutes"),
        note: text(form, "note"),
      };
      return { draft, errors: validate(draft, committeeType) };
    },
    reset() {
      form.reset();
      picker.clear();
    },
  };
}
