/**
 * The shape of one indicator: everything about it in one object (spec §4). A module per indicator
 * calls `defineIndicator` once; the registry lists the modules, and the rubric, `Cấu hình`, the
 * template, the report and every front end's figures are derived from that list.
 */
import type { CriterionId } from "../result";
import type { RubricContext } from "../rubric/context";
import type { Measured } from "../rubric/measured";
import { type SettingThreshold, type ThresholdKind, type ThresholdOf, thresholdInUse } from "../thresholds";
import type { ValueDisplay } from "./display";

/** The result's threshold as the report's `Yêu cầu` sentence reads it (a `Cấu hình` override shows). */
export type ResultThreshold = Measured["threshold"];

export interface IndicatorSpec<K extends ThresholdKind> {
  /** `NV1` … `DV5`: the code of the result, the report and `Cấu hình`. */
  readonly id: string;
  readonly criterion: CriterionId;
  /** The Vietnamese name, as in the result and the report. */
  readonly name: string;
  /** How `Cấu hình` reads its threshold (the kind) and the threshold when it says nothing. */
  readonly threshold: { readonly kind: K; readonly default: ThresholdOf<K> };
  /**
   * Records and the threshold in use → status, value, the threshold shown, one sentence of evidence, and
   * the data problems it found (returned, never written anywhere).
   */
  readonly rule: (context: RubricContext, threshold: ThresholdOf<K>) => Measured;
  /** The report's `Yêu cầu` sentence for the threshold in the result (null: the rule without a figure). */
  readonly requirement: (threshold: ResultThreshold) => string;
  /** How its value and threshold read in the sidebar, the CLI and the custom functions. */
  readonly display: ValueDisplay;
}

/** An indicator with its threshold type erased: what the registry holds. */
export interface Indicator {
  readonly id: string;
  readonly criterion: CriterionId;
  readonly name: string;
  readonly thresholdKind: ThresholdKind;
  readonly defaultThreshold: ThresholdOf<ThresholdKind>;
  /** The threshold in use given what `Cấu hình` says (undefined: nothing readable). */
  thresholdInUse(fromSettings: SettingThreshold | undefined): ThresholdOf<ThresholdKind>;
  /** Runs the rule with the threshold in use. */
  measure(context: RubricContext, fromSettings: SettingThreshold | undefined): Measured;
  readonly requirement: (threshold: ResultThreshold) => string;
  readonly display: ValueDisplay;
}

export function defineIndicator<K extends ThresholdKind>(spec: IndicatorSpec<K>): Indicator {
  const { kind, default: fallback } = spec.threshold;
  const inUse = (fromSettings: SettingThreshold | undefined) => thresholdInUse(kind, fromSettings, fallback);
  return {
    id: spec.id,
    criterion: spec.criterion,
    name: spec.name,
    thresholdKind: kind,
    defaultThreshold: fallback,
    thresholdInUse: inUse,
    measure: (context, fromSettings) => spec.rule(context, inUse(fromSettings)),
    requirement: spec.requirement,
    display: spec.display,
  };
}
