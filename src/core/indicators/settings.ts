/**
 * What `Cấu hình` says about one indicator, for any engine code that needs it (the rubric, the to-do
 * list): whether it is turned off, and the threshold in use. The last row of a code wins.
 */
import type { Setting } from "../parse/records";
import type { SettingThreshold, ThresholdKind, ThresholdOf } from "../thresholds";
import { indicatorById } from "./registry";

export interface IndicatorSetting {
  /** false when `Áp dụng` says Không: the indicator is n/a. */
  readonly enabled: boolean;
  /** `Cấu hình`'s threshold when readable, else the default; null for an indicator that takes none. */
  readonly threshold: ThresholdOf<ThresholdKind>;
  /** The `Cấu hình` row that said so, or null when no row names the indicator. */
  readonly row: number | null;
}

export function settingOf(settings: readonly Setting[], id: string): Setting | undefined {
  let found: Setting | undefined;
  for (const setting of settings) if (setting.id === id) found = setting;
  return found;
}

/** The indicator's setting in use; undefined for a code that names no indicator. */
export function indicatorSetting(settings: readonly Setting[], id: string): IndicatorSetting | undefined {
  const indicator = indicatorById(id);
  if (!indicator) return undefined;
  const setting = settingOf(settings, id);
  const fromSettings: SettingThreshold | undefined = setting?.threshold;
  return {
    enabled: setting?.enabled !== false,
    threshold: indicator.thresholdInUse(fromSettings),
    row: setting?.row ?? null,
  };
}

/** The kind of threshold of a code, as `Cấu hình` is read; undefined for a code that names no indicator. */
export function thresholdKindOf(id: string): ThresholdKind | undefined {
  return indicatorById(id)?.thresholdKind;
}
