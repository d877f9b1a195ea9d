import { actionFrequency, clusteredMean, isPrecise } from '@machi/sim-core';
import { ACTIONS } from '../policy/index.ts';
import { ACTION_PROBABILITY_FLOOR, columnName, HEADLINE_METRICS } from '../vocabulary/metrics.ts';
import { tableColumn, type VariantTable } from './table.ts';

/** One headline estimate at a batch boundary: how precise it is and whether that is enough. */
export interface HeadlineEstimate {
  readonly variant: string;
  /** A metric (its expected annual value) or `action.<name>` (its annual probability). */
  readonly estimate: string;
  readonly value: number;
  /** Null when it cannot be estimated yet (a single replication). */
  readonly halfWidth: number | null;
  /** The half-width wanted: max(relative × |value|, floor). */
  readonly target: number;
  readonly met: boolean;
}

export interface PrecisionTarget {
  /** Relative half-width of the 95% intervals, e.g. 0.05. */
  readonly relativeHalfWidth: number;
}

/**
 * Every headline estimate of these tables against `precision` (the replication as the unit): the
 * expected annual value of each of `HEADLINE_METRICS` and the annual probability of every response
 * action, for every variant, each with its floor.
 */
export function headlineEstimates(tables: readonly VariantTable[], precision: PrecisionTarget): HeadlineEstimate[] {
  const out: HeadlineEstimate[] = [];
  for (const table of tables) {
    for (const { metric, absoluteFloor } of HEADLINE_METRICS) {
      const m = clusteredMean(tableColumn(table, metric), { groupSize: table.years });
      out.push(entry(table.variant, metric, m.mean, m.halfWidth, precision, absoluteFloor));
    }
    for (const action of ACTIONS) {
      const column = columnName({ kind: 'action', action });
      const f = actionFrequency(tableColumn(table, column));
      out.push(entry(table.variant, column, f.annualProbability, (f.ciHigh - f.ciLow) / 2, precision, ACTION_PROBABILITY_FLOOR));
    }
  }
  return out;
}

function entry(variant: string, estimate: string, value: number, halfWidth: number, precision: PrecisionTarget, absoluteFloor: number): HeadlineEstimate {
  const target = Math.max(precision.relativeHalfWidth * Math.abs(value), absoluteFloor);
  const met = isPrecise({ mean: value, halfWidth }, { relativeHalfWidth: precision.relativeHalfWidth, absoluteFloor });
  return { variant, estimate, value, halfWidth: Number.isFinite(halfWidth) ? halfWidth : null, target, met };
}
