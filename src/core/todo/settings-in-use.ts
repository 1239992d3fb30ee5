/**
 * What `Cấu hình` says about the indicator behind a kind: turned off, or the threshold in use, as the
 * rubric reads it (the indicators' own settings query).
 */
import { indicatorSetting } from "../indicators/settings";
import type { Setting } from "../parse/records";

export function isTurnedOff(settings: readonly Setting[], id: string): boolean {
  return indicatorSetting(settings, id)?.enabled === false;
}

/** A count or days threshold (KL5, KL6, DV5): `Cấu hình`'s when readable, else the default. */
export function numberInUse(settings: readonly Setting[], id: string): number {
  const threshold = indicatorSetting(settings, id)?.threshold;
  if (typeof threshold !== "number") throw new Error(`Indicator ${id} has no numeric threshold`);
  return threshold;
}
