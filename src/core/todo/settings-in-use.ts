/**
 * What `Cấu hình` says about the indicator behind a kind: turned off, or the threshold in use.
 * Read from the parsed settings as the rubric does (the last row of a code wins).
 */
import type { Setting } from "../parse/records";
import { indicatorDefinition } from "../rubric/definitions";

function settingOf(settings: readonly Setting[], id: string): Setting | undefined {
  let found: Setting | undefined;
  for (const setting of settings) if (setting.id === id) found = setting;
  return found;
}

export function isTurnedOff(settings: readonly Setting[], id: string): boolean {
  return settingOf(settings, id)?.enabled === false;
}

/** A count or days threshold (KL5, KL6, DV5): `Cấu hình`'s when readable, else the default. */
export function numberInUse(settings: readonly Setting[], id: string): number {
  const threshold = settingOf(settings, id)?.threshold ?? indicatorDefinition(id)?.defaultThreshold;
  if (typeof threshold !== "number") throw new Error(`Indicator ${id} has no numeric threshold`);
  return threshold;
}
