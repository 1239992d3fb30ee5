/**
 * The permission id Drive gave, per shared copy, for each address the secretary shared with: Drive may
 * list the account under another spelling (a Gmail address typed with dots, an alias), so the next
 * share knows the viewer by this id first and by e-mail second. Kept in the document properties as one
 * JSON object per copy (lower-case address → permission id).
 */

type Properties = GoogleAppsScript.Properties.Properties;

/** Lower-case address as the secretary typed it → the id of that account's permission on the copy. */
export type ViewerIds = Readonly<Record<string, string>>;

const PROPERTY_PREFIX = "chibo4tot.viewerIds.";

export function readViewerIds(properties: Properties, fileId: string): ViewerIds {
  const stored = properties.getProperty(`${PROPERTY_PREFIX}${fileId}`);
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const ids: Record<string, string> = {};
    for (const [address, id] of Object.entries(parsed)) {
      if (typeof id === "string" && id !== "") ids[address] = id;
    }
    return ids;
  } catch {
    return {};
  }
}

/**
 * Writes only when something changed, so a share that changes no viewer writes no property. The viewers
 * are already shared when this runs: a refused write (a property value holds at most 9 KB, some 150
 * addresses) only leaves the ids of the last run, and the next share falls back on e-mails for the rest.
 */
export function writeViewerIds(
  properties: Properties,
  fileId: string,
  before: ViewerIds,
  after: ViewerIds,
): void {
  if (sameIds(before, after)) return;
  try {
    properties.setProperty(`${PROPERTY_PREFIX}${fileId}`, JSON.stringify(after));
  } catch {
    // Kept as it was: see above.
  }
}

function sameIds(a: ViewerIds, b: ViewerIds): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
