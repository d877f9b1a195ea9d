import type { CalibrationRun } from './calibration-block.ts';
import type { ClassRepresentation, MunicipalityClass } from './municipality-classes.ts';
import type { Scaling } from './national-counts.ts';

/** One term of a national count: a run's count per simulated town-year times `coefficient`. */
export interface ScalingTerm {
  readonly run: CalibrationRun;
  readonly coefficient: number;
}

/**
 * The terms that turn per-town-year counts into a national yearly count (see `Scaling`): for
 * `perResident` and `perTown`, one term per class and hosting variant of its preset, weighted by the
 * class's bodies and the variant's share (and, per resident, by the class's mean population over the
 * preset's); for `perPlatform` the number of platforms; for `national` 1. Terms of the same run are
 * merged, in the order first met.
 *
 * @throws RangeError for a class without a representation or a preset without a population.
 * @example
 * scalingTerms({ kind: 'perTown' }, [{ id: 'x', bodies: { value: 10 }, … }], { x: { preset: 'p', hosting: { a: { value: 1 } } } }, { p: 1000 });
 * // [{ run: { preset: 'p', variant: 'a' }, coefficient: 10 }]
 */
export function scalingTerms(
  scaling: Scaling,
  classes: readonly MunicipalityClass[],
  representation: Readonly<Record<string, ClassRepresentation>>,
  presetPopulation: Readonly<Record<string, number>>,
): ScalingTerm[] {
  if (scaling.kind === 'national') return [{ run: { preset: scaling.preset, variant: scaling.variant }, coefficient: 1 }];
  if (scaling.kind === 'perPlatform') return [{ run: { preset: scaling.preset, variant: scaling.variant }, coefficient: scaling.platforms.value }];
  const terms: ScalingTerm[] = [];
  for (const c of classes) {
    const rep = representation[c.id];
    if (!rep) throw new RangeError(`calibration: class "${c.id}" has no representing preset`);
    const population = presetPopulation[rep.preset];
    if (!(population! > 0)) throw new RangeError(`calibration: preset "${rep.preset}" has no population`);
    const perBody = scaling.kind === 'perResident' ? c.meanPopulation.value / population! : 1;
    for (const [variant, share] of Object.entries(rep.hosting)) {
      const coefficient = c.bodies.value * share.value * perBody;
      if (coefficient === 0) continue;
      const same = terms.find((t) => t.run.preset === rep.preset && t.run.variant === variant);
      if (same) (same as { coefficient: number }).coefficient += coefficient;
      else terms.push({ run: { preset: rep.preset, variant }, coefficient });
    }
  }
  return terms;
}

/** The key of a run in maps and tables: `preset/variant`. */
export const runKey = (run: CalibrationRun): string => `${run.preset}/${run.variant}`;

/**
 * The national count of each replication: Σ coefficient × (the run's count in that replication ÷
 * years). Replication k of every run uses the streams of (seed, k), so the national count is formed per
 * replication and its Monte Carlo interval keeps the runs' common random numbers.
 */
export function nationalPerReplication(terms: readonly ScalingTerm[], counts: (run: CalibrationRun) => ArrayLike<number>, runs: number, years: number): Float64Array {
  const out = new Float64Array(runs);
  for (const term of terms) {
    const c = counts(term.run);
    for (let k = 0; k < runs; k++) out[k]! += (term.coefficient * c[k]!) / years;
  }
  return out;
}
