import { requirePositiveInteger } from '../stats/checks.ts';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from './sobol-sequence.ts';

/** Options of `saltelliDesign`: the Sobol scramble's seed and stream. */
export interface SaltelliDesignOptions {
  /** Seed (a study's seed); default 0. */
  readonly seed?: number | string;
  /** Name of the random stream of the scramble; default `design.saltelli`. */
  readonly stream?: string;
  /** Scramble the Sobol points (default true); unscrambled only for comparison with published tables. */
  readonly scramble?: boolean;
}

/** The input sets of a variance-based sensitivity study, and how they are laid out. */
export interface SaltelliDesign {
  /** N: rows of each of the matrices A and B. */
  readonly baseCount: number;
  /** k: coordinates of the input space. */
  readonly dimensions: number;
  /**
   * N·(k + 2) points of the unit cube, in SALib's order (its `sample.sobol` with second-order indices off), so
   * a CSV of them and their outputs can be re-analysed there: for each base row j, first A_j, then A_j with
   * coordinate i taken from B_j for i = 1 … k (the rows "AB_i"), then B_j. A shard of base rows is a
   * contiguous slice of rows.
   */
  readonly rows: number[][];
}

/**
 * Saltelli's design for first-order and total Sobol indices (Saltelli et al. 2010, Computer Physics
 * Communications 181:259-270): matrices A and B are the first and last k coordinates of N points of a
 * scrambled 2k-dimensional Sobol sequence, and for each coordinate i the matrix AB_i is A with column i
 * from B — N·(k + 2) model runs in all, analysed by `sobolIndices`.
 *
 * N must be a power of two, so that A and B are each the (scrambled) net that gives Sobol points their
 * balance; double it to refine a study. Deterministic for a seed (see `sobolPoints`).
 *
 * @throws RangeError unless baseCount is a power of two and dimensions a positive integer with 2k ≤ 1,024.
 * @example
 * const design = saltelliDesign(1024, 3, { seed: 42 }); // 5,120 rows
 * const outputs = design.rows.map((u) => model(space.values(u)));
 * sobolIndices(design, outputs, { names: space.coordinates });
 */
export function saltelliDesign(baseCount: number, dimensions: number, options: SaltelliDesignOptions = {}): SaltelliDesign {
  requirePositiveInteger('baseCount', baseCount);
  if ((baseCount & (baseCount - 1)) !== 0 || baseCount > 2 ** 30) {
    throw new RangeError(`baseCount must be a power of two (the Sobol net's balance), got ${baseCount}`);
  }
  requirePositiveInteger('dimensions', dimensions);
  if (2 * dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Saltelli's design needs 2·dimensions ≤ ${SOBOL_MAX_DIMENSIONS} Sobol dimensions, got dimensions = ${dimensions}`);
  }
  const base = sobolPoints(baseCount, 2 * dimensions, {
    seed: options.seed ?? 0,
    stream: options.stream ?? 'design.saltelli',
    scramble: options.scramble ?? true,
  });
  const rows: number[][] = [];
  for (const point of base) {
    const a = point.slice(0, dimensions);
    const b = point.slice(dimensions);
    rows.push(a);
    for (let i = 0; i < dimensions; i++) {
      const mixed = a.slice();
      mixed[i] = b[i];
      rows.push(mixed);
    }
    rows.push(b);
  }
  return { baseCount, dimensions, rows };
}
