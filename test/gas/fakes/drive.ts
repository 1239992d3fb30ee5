/**
 * The advanced Drive service (Drive API v3, global `Drive`), the part the add-on uses to share its
 * copy of the evaluation: files.create/get and permissions.list/create/remove. Files are
 * spreadsheets held in memory; SpreadsheetApp.openById opens the same data. Errors read like the
 * real GoogleJsonResponseException messages.
 */
import { type CallLog, counted } from "./call-log";
import { newSheetData, type SpreadsheetData } from "./sheet-data";
import type { Assert, FakeOf, OnlyReal } from "./surface";

type RealDrive = GoogleAppsScript.Drive;
type RealFiles = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type RealPermissions = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export const SPREADSHEET_MIME_TYPE = "application/vnd.google-apps.spreadsheet";

export interface PermissionData {
  readonly id: string;
  readonly type: string;
  role: string;
  /** Lower case, as Drive returns it. */
  readonly emailAddress?: string;
}

export interface DriveFileData {
  readonly id: string;
  readonly spreadsheet: SpreadsheetData;
  trashed: boolean;
  readonly permissions: PermissionData[];
}

export interface DriveState {
  /** The account running the script, owner of what it creates. */
  readonly owner: string;
  /** Files by id; a file deleted for good is removed. */
  readonly files: Map<string, DriveFileData>;
  /** The sharing emails Drive sent. */
  readonly notifications: { readonly email: string; readonly message: string }[];
  /** Lower-case address → the reason Drive gives when asked to share with it. */
  readonly refusedViewers: Map<string, string>;
  /** When set, creating a file fails with this reason. */
  refuseCreate: string | null;
  /**
   * Lower-case address → the address Drive reports for that account: Gmail ignores dots, and an alias
   * reaches its account. Sharing with either spelling gives back the account's one permission.
   */
  readonly sameAccount: Map<string, string>;
  nextId: number;
}

export function newDriveState(owner = "bithu@example.com"): DriveState {
  return {
    owner,
    files: new Map(),
    notifications: [],
    refusedViewers: new Map(),
    refuseCreate: null,
    sameAccount: new Map(),
    nextId: 1,
  };
}

const apiError = (call: string, reason: string) =>
  new Error(`GoogleJsonResponseException: API call to drive.${call} failed with error: ${reason}`);

function fileOf(state: DriveState, call: string, fileId: string): DriveFileData {
  const file = state.files.get(fileId);
  if (!file) throw apiError(call, `File not found: ${fileId}.`);
  return file;
}

export class FakeDriveFiles implements FakeOf<RealFiles, never, "create" | "get"> {
  constructor(private readonly state: DriveState) {}

  /** create(resource) for a new, empty spreadsheet: one blank tab, the account's default locale. */
  create(...args: unknown[]): FileResource {
    const [resource] = args as [FileResource];
    if (this.state.refuseCreate) throw apiError("files.create", this.state.refuseCreate);
    if (resource.mimeType !== SPREADSHEET_MIME_TYPE) throw new Error("Fake: only spreadsheets are modelled");
    const id = `copy-${this.state.nextId++}`;
    const spreadsheet: SpreadsheetData = {
      id,
      name: resource.name ?? "Untitled spreadsheet",
      sheets: [],
      timeZone: "America/Los_Angeles",
      locale: "en_US",
      activeSheetId: null,
      toasts: [],
      nextSheetId: 1,
    };
    spreadsheet.sheets.push(newSheetData(spreadsheet, "Sheet1"));
    this.state.files.set(id, {
      id,
      spreadsheet,
      trashed: false,
      permissions: [{ id: "owner", type: "user", role: "owner", emailAddress: this.state.owner }],
    });
    return { id, name: spreadsheet.name, mimeType: SPREADSHEET_MIME_TYPE };
  }

  get(...args: unknown[]): FileResource {
    const file = fileOf(this.state, "files.get", String(args[0]));
    return {
      id: file.id,
      name: file.spreadsheet.name,
      mimeType: SPREADSHEET_MIME_TYPE,
      trashed: file.trashed,
      webViewLink: `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`,
    };
  }
}

export class FakeDrivePermissions implements FakeOf<RealPermissions, never, "create" | "list" | "remove"> {
  constructor(private readonly state: DriveState) {}

  create(...args: unknown[]): PermissionResource {
    const [resource, fileId, options] = args as [PermissionResource, string, Record<string, unknown>?];
    const file = fileOf(this.state, "permissions.create", fileId);
    const { type = "", role = "", emailAddress } = resource;
    if (!["reader", "commenter", "writer"].includes(role)) {
      throw apiError("permissions.create", `The provided value for the role is invalid: ${role}`);
    }
    if ((type === "user" || type === "group") && !emailAddress) {
      throw apiError("permissions.create", "The permission type requires an email address.");
    }
    const typed = emailAddress?.toLowerCase();
    const email = typed === undefined ? undefined : (this.state.sameAccount.get(typed) ?? typed);
    const refused = email ? this.state.refusedViewers.get(email) : undefined;
    if (refused) throw apiError("permissions.create", refused);
    const existing = file.permissions.find((permission) => email && permission.emailAddress === email);
    const permission = existing ?? { id: `perm-${this.state.nextId++}`, type, role, emailAddress: email };
    permission.role = role;
    if (!existing) file.permissions.push(permission);
    if (email && options?.sendNotificationEmail !== false) {
      this.state.notifications.push({ email, message: String(options?.emailMessage ?? "") });
    }
    return { ...permission };
  }

  list(...args: unknown[]): { permissions: PermissionResource[] } {
    const file = fileOf(this.state, "permissions.list", String(args[0]));
    return { permissions: file.permissions.map((permission) => ({ ...permission })) };
  }

  remove(...args: unknown[]): void {
    const [fileId, permissionId] = args.map(String) as [string, string];
    const file = fileOf(this.state, "permissions.delete", fileId);
    const index = file.permissions.findIndex((permission) => permission.id === permissionId);
    if (index < 0) throw apiError("permissions.delete", `Permission not found: ${permissionId}.`);
    if (file.permissions[index]?.role === "owner") {
      throw apiError("permissions.delete", "The owner of a file cannot be removed.");
    }
    file.permissions.splice(index, 1);
  }
}

/** The `Drive` global: its collections are counted as `Drive.Files.get`, `Drive.Permissions.create`… */
export function fakeDrive(state: DriveState, log: CallLog): Pick<RealDrive, "Files" | "Permissions"> {
  return {
    Files: counted(new FakeDriveFiles(state), "Drive.Files", log) as unknown as RealFiles,
    Permissions: counted(
      new FakeDrivePermissions(state),
      "Drive.Permissions",
      log,
    ) as unknown as RealPermissions,
  };
}

type _FilesAreReal = Assert<OnlyReal<FakeDriveFiles, RealFiles>>;
type _PermissionsAreReal = Assert<OnlyReal<FakeDrivePermissions, RealPermissions>>;
