/**
 * One cell's result as the roll-up sees it (spec §10): read back from its `Đánh giá <năm>` sheet or taken
 * from an evaluation. Indicators are kept by code, whatever codes the sheet holds: one written before an
 * indicator existed simply lacks it.
 */
import type { CriterionId, Evaluation, Status } from "../result";

export interface IndicatorReading {
  readonly id: string;
  readonly name: string;
  readonly status: Status;
}

export interface CellResult {
  readonly unit: string | null;
  readonly superior: string | null;
  readonly year: number;
  /** ISO yyyy-mm-dd; null when the date line cannot be read. */
  readonly asOf: string | null;
  readonly status: Status;
  readonly criteria: readonly { readonly id: CriterionId; readonly status: Status }[];
  readonly indicators: readonly IndicatorReading[];
}

export function cellResultOf(evaluation: Evaluation): CellResult {
  return {
    unit: evaluation.unit,
    superior: evaluation.superior,
    year: evaluation.year,
    asOf: evaluation.asOf,
    status: evaluation.status,
    criteria: evaluation.criteria.map((criterion) => ({ id: criterion.id, status: criterion.status })),
    indicators: evaluation.criteria.flatMap((criterion) =>
      criterion.indicators.map((indicator) => ({
        id: indicator.id,
        name: indicator.name,
        status: indicator.status,
      })),
    ),
  };
}
