import { simulate } from '../model/index.ts';
import type { Scenario } from '../schema/index.ts';
import { countCounterpart } from './count-counterpart.ts';
import { NATIONAL_QUANTITIES, type NationalQuantity } from './national-counts.ts';

/** One preset run in one of its variants: what a calibration study simulates. */
export interface CalibrationRun {
  readonly preset: string;
  readonly variant: string;
}

/** A block of one calibration run's replications (plain data: it crosses to worker threads). */
export interface CalibrationTask {
  readonly kind: 'calibration';
  readonly run: CalibrationRun;
  readonly seed: number | string;
  readonly horizonYears: number;
  readonly first: number;
  readonly count: number;
}

/** The counts of a block: for each comparable quantity, its count in each replication of the block. */
export interface CalibrationBlock {
  readonly first: number;
  readonly counts: Record<string, number[]>;
}

/** Whether a worker's task is a calibration block (the same workers serve Monte Carlo blocks). */
export const isCalibrationTask = (task: unknown): task is CalibrationTask =>
  typeof task === 'object' && task !== null && (task as { kind?: unknown }).kind === 'calibration';

/** The quantities the model can be compared on. */
export const comparableQuantities = (quantities: readonly NationalQuantity[] = NATIONAL_QUANTITIES) =>
  quantities.filter((q): q is NationalQuantity & { counterpart: Extract<NationalQuantity['counterpart'], { count: string }> } => 'count' in q.counterpart);

/**
 * Simulates replications first … first + count − 1 of one run and counts every comparable quantity in
 * each: replication k on the streams of (seed, k), as in a Monte Carlo study. Depends on the task
 * alone, so any worker gives the same block.
 *
 * @example
 * calibrationBlock(scenarios, { kind: 'calibration', run: { preset: 'small-town', variant: 'onprem' }, seed: 1, horizonYears: 10, first: 0, count: 25 });
 */
export function calibrationBlock(scenarios: Readonly<Record<string, Scenario>>, task: CalibrationTask): CalibrationBlock {
  const scenario = scenarios[task.run.preset];
  if (!scenario) throw new RangeError(`calibration: no scenario for preset "${task.run.preset}"`);
  const quantities = comparableQuantities();
  const counts: Record<string, number[]> = {};
  for (const q of quantities) counts[q.id] = [];
  for (let row = 0; row < task.count; row++) {
    const result = simulate(scenario, { variant: task.run.variant, seed: task.seed, replication: task.first + row, horizonYears: task.horizonYears });
    for (const q of quantities) counts[q.id]!.push(countCounterpart(q.counterpart, result, scenario));
  }
  return { first: task.first, counts };
}
