/**
 * Makes the viewers of the shared copy exactly the given addresses: readers only, no editor, no
 * link for anyone or a whole domain. New viewers are added one by one so a refusal names its
 * address; on a refusal the viewers added in this run are removed again and nothing else changes.
 */

import type { ViewerIds } from "./viewer-ids";

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
      /** Every address now a viewer → its permission id, to know it by next time. */
      readonly viewerIds: ViewerIds;
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
  known: ViewerIds = {},
): ViewerChange {
  const wanted = new Set(addresses.map((address) => address.toLowerCase()));
  const permissions =
    drive.Permissions.list(fileId, { fields: "permissions(id,type,role,emailAddress)" }).permissions ?? [];
  const byId = new Map(permissions.map((permission) => [permission.id ?? "", permission]));
  // Each wanted address's permission: the id Drive gave it before first, then its e-mail as listed.
  const holding = new Map<string, Permission>();
  for (const address of wanted) {
    const remembered = known[address];
    const found =
      (remembered ? byId.get(remembered) : undefined) ??
      permissions.find((permission) => emailOf(permission) === address);
    if (found) holding.set(address, found);
  }
  const kept = new Set(
    [...holding.values()].filter((permission) => isViewer(permission)).map((permission) => permission.id),
  );
  const unwanted = permissions.filter(
    (permission) => permission.role !== "owner" && !kept.has(permission.id),
  );
  const present = new Set([...holding].filter(([, permission]) => isViewer(permission)).map(([a]) => a));
  // An address holding another role (editor, commenter) is removed below and made a viewer after.
  const newcomers = addresses.filter((address) => !present.has(address.toLowerCase()));
  const hadOtherRole = new Set([...holding.keys()].filter((address) => !present.has(address)));
  const ids: Record<string, string> = {};
  for (const address of present) ids[address] = holding.get(address)?.id ?? "";

  const added: { readonly address: string; readonly id: string }[] = [];
  for (const address of newcomers.filter((address) => !hadOtherRole.has(address.toLowerCase()))) {
    try {
      const permission = addViewer(drive, fileId, address, invitation);
      added.push({ address, id: permission.id ?? "" });
    } catch (error) {
      return { ok: false, message: refusal(address, googleReason(error), rollBack(drive, fileId, added)) };
    }
  }
  for (const { address, id } of added) ids[address.toLowerCase()] = id;

  // Drive answers a second spelling of an account (dots in a Gmail address, an alias) with that account's
  // permission, listed under its own spelling: what this run created or confirmed is never removed.
  const confirmed = new Set(added.map((viewer) => viewer.id));
  const label = labeller(holding, known);
  const stillShared: string[] = [];
  const notRestored: string[] = [];
  const removed: string[] = [];
  for (const permission of unwanted.filter((candidate) => !confirmed.has(candidate.id ?? ""))) {
    try {
      drive.Permissions.remove(fileId, permission.id ?? "");
      if (permission.type === "user" || permission.type === "group") removed.push(label(permission));
    } catch {
      stillShared.push(label(permission));
    }
  }
  for (const address of newcomers.filter((address) => hadOtherRole.has(address.toLowerCase()))) {
    try {
      const permission = addViewer(drive, fileId, address, invitation);
      ids[address.toLowerCase()] = permission.id ?? "";
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
    viewerIds: withoutEmptyIds(ids),
  };
}

const isViewer = (permission: Permission) =>
  permission.role === "owner" || (permission.type === "user" && permission.role === "reader");

/** How a permission is named to the secretary: the address she gave for it when there is one. */
function labeller(
  holding: ReadonlyMap<string, Permission>,
  known: ViewerIds,
): (permission: Permission) => string {
  const names = new Map<string, string>();
  for (const [address, id] of Object.entries(known)) if (!names.has(id)) names.set(id, address);
  for (const [address, permission] of holding) names.set(permission.id ?? "", address);
  return (permission) => names.get(permission.id ?? "") ?? (emailOf(permission) || permission.type || "");
}

function withoutEmptyIds(ids: Record<string, string>): ViewerIds {
  return Object.fromEntries(Object.entries(ids).filter(([, id]) => id !== ""));
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
