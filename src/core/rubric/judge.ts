/**
 * Turning counts into a status under the unknown rule (spec §3): an indicator that reads an unknown value
 * is never `pass`; it is `fail` when it fails even with every unknown at its most favourable value,
 * otherwise `missing`. Shares are compared with a tolerance of 1e-9.
 */
import type { Status } from "../result";

export const TOLERANCE = 1e-9;

/** `passing / total ≥ threshold`; each unknown item could at best be a passing one. */
export function judgeShare(passing: number, total: number, unknown: number, threshold: number): Status {
  if (total + unknown === 0) return "missing";
  const best = (passing + unknown) / (total + unknown);
  if (best < threshold - TOLERANCE) return "fail";
  if (unknown > 0) return "missing";
  return passing / total >= threshold - TOLERANCE ? "pass" : "fail";
}

/** `count ≤ max`; unknown items could at best not count. */
export function judgeAtMost(count: number, unknown: number, max: number): Status {
  return judgeAtMostRaised(count, unknown, max, max);
}

/**
 * `count ≤ max` where the unknown items could at best raise the max to `bestMax` (DV3: each unknown
 * member could be one more rated HTTNV): fail only beyond `bestMax`.
 */
export function judgeAtMostRaised(count: number, unknown: number, max: number, bestMax: number): Status {
  if (count > bestMax + TOLERANCE) return "fail";
  if (unknown > 0) return "missing";
  return count > max + TOLERANCE ? "fail" : "pass";
}

/** `count < limit`; unknown items could at best not count. */
export function judgeBelow(count: number, unknown: number, limit: number): Status {
  if (count >= limit - TOLERANCE) return "fail";
  return unknown > 0 ? "missing" : "pass";
}

/** `count ≥ min`; unknown items could at best count. */
export function judgeAtLeast(count: number, unknown: number, min: number): Status {
  if (count + unknown < min - TOLERANCE) return "fail";
  return unknown > 0 || count < min - TOLERANCE ? "missing" : "pass";
}

/** A yes/no item: yes passes, no fails, unknown is missing. */
export function judgeYes(value: boolean | undefined): Status {
  if (value === undefined) return "missing";
  return value ? "pass" : "fail";
}

/** A share for the JSON `value`, or null over no item. */
export function shareOf(passing: number, total: number): number | null {
  return total === 0 ? null : passing / total;
}

/** Pass when all applicable pass, fail when any fails, n/a when all are n/a, missing otherwise. */
export function combine(statuses: readonly Status[]): Status {
  if (statuses.includes("fail")) return "fail";
  const applicable = statuses.filter((status) => status !== "n/a");
  if (applicable.length === 0) return "n/a";
  return applicable.every((status) => status === "pass") ? "pass" : "missing";
}
