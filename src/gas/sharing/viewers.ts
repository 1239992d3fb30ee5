/**
 * Makes the viewers of the shared copy exactly the given addresses: readers only, no editor, no
 * link for anyone or a whole domain. New viewers are added one by one so a refusal names its
 * address; on a refusal the viewers added in this run are removed again and nothing else changes.
 */

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export type ViewerChange =
  | {
      readonly ok: true;
      /** Addresses that could not be removed (said to the secretary, who removes them by hand). */
      readonly stillShared: readonly string[];
      /** Had another role, which was taken away, and could not be made a viewer again. */
      readonly notRestored: readonly string[];
      readonly removed: readonly string[];
      readonly linkSharingEnded: boolean;
    }
  | { readonly ok: false; readonly message: string };

const emailOf = (permission: Permission) => permission.emailAddress?.toLowerCase() ?? "";

/** The part of a Google error worth showing: what Drive said, without the call that failed. */
export function googleReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^.*failed with error:\s*/, "").replace(/^Exception:\s*/, "");
}

export function shareAsViewers(
  drive: GoogleAppsScript.Drive,
  fileId: string,
  addresses: readonly string[],
  invitation: string,
): ViewerChange {
  const wanted = new Set(addresses.map((address) => address.toLowerCase()));
  const permissions =
    drive.Permissions.list(fileId, { fields: "permissions(id,type,role,emailAddress)" }).permissions ?? [];
  const isWantedViewer = (permission: Permission) =>
    permission.type === "user" && permission.role === "reader" && wanted.has(emailOf(permission));
  const unwanted = permissions.filter(
    (permission) => permission.role !== "owner" && !isWantedViewer(permission),
  );
  const present = new Set(permissions.filter((permission) => !unwanted.includes(permission)).map(emailOf));
  // An address holding another role (editor, commenter) is removed below and made a viewer after.
  const newcomers = addresses.filter((address) => !present.has(address.toLowerCase()));
  const hadOtherRole = new Set(unwanted.map(emailOf).filter((email) => wanted.has(email)));

  const added: { readonly address: string; readonly id: string }[] = [];
  for (const address of newcomers.filter((address) => !hadOtherRole.has(address.toLowerCase()))) {
    try {
      const permission = addViewer(drive, fileId, address, invitation);
      added.push({ address, id: permission.id ?? "" });
    } catch (error) {
      return { ok: false, message: refusal(address, googleReason(error), rollBack(drive, fileId, added)) };
    }
  }

  // Drive answers a second spelling of an account (dots in a Gmail address, an alias) with that account's
  // permission, listed under its own spelling: what this run created or confirmed is never removed.
  const confirmed = new Set(added.map((viewer) => viewer.id));
  const stillShared: string[] = [];
  const notRestored: string[] = [];
  const removed: string[] = [];
  for (const permission of unwanted.filter((candidate) => !confirmed.has(candidate.id ?? ""))) {
    const label = emailOf(permission) || permission.type || "";
    try {
      drive.Permissions.remove(fileId, permission.id ?? "");
      if (permission.type === "user" || permission.type === "group") removed.push(emailOf(permission));
    } catch {
      stillShared.push(label);
    }
  }
  for (const address of newcomers.filter((address) => hadOtherRole.has(address.toLowerCase()))) {
    try {
      addViewer(drive, fileId, address, invitation);
    } catch {
      notRestored.push(address);
    }
  }
  return {
    ok: true,
    stillShared,
    notRestored,
    removed: removed.filter((email) => !wanted.has(email)),
    linkSharingEnded: unwanted.some(
      (permission) => permission.type === "anyone" || permission.type === "domain",
    ),
  };
}

function addViewer(
  drive: GoogleAppsScript.Drive,
  fileId: string,
  address: string,
  invitation: string,
): Permission {
  return drive.Permissions.create({ type: "user", role: "reader", emailAddress: address }, fileId, {
    sendNotificationEmail: true,
    emailMessage: invitation,
  });
}

/** Removes what this run added; returns the addresses it could not remove. */
function rollBack(
  drive: GoogleAppsScript.Drive,
  fileId: string,
  added: readonly { readonly address: string; readonly id: string }[],
): { readonly undone: readonly string[]; readonly stuck: readonly string[] } {
  const undone: string[] = [];
  const stuck: string[] = [];
  for (const { address, id } of added) {
    try {
      drive.Permissions.remove(fileId, id);
      undone.push(address);
    } catch {
      stuck.push(address);
    }
  }
  return { undone, stuck };
}

function refusal(
  address: string,
  reason: string,
  rollback: { readonly undone: readonly string[]; readonly stuck: readonly string[] },
): string {
  const parts = [`Google Drive không chia sẻ được với ${address} (${reason}).`];
  if (rollback.undone.length > 0)
    parts.push(`Đã thu hồi quyền xem vừa cấp cho ${rollback.undone.join(", ")}.`);
  if (rollback.stuck.length > 0) {
    parts.push(
      `Chưa thu hồi được quyền xem của ${rollback.stuck.join(", ")}: hãy mở bảng tính đã chia sẻ, bấm Chia sẻ và gỡ các địa chỉ này.`,
    );
  } else {
    parts.push(
      "Không thêm người xem mới nào; ai đã được chia sẻ từ trước vẫn xem bảng tính này, với đánh giá vừa cập nhật.",
    );
  }
  parts.push("Hãy kiểm tra lại địa chỉ (phải là tài khoản Google) rồi chia sẻ lại.");
  return parts.join(" ");
}
