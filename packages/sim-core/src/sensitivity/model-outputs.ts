import { requirePositiveInteger } from '../stats/checks.ts';

/**
 * A model's outputs on the rows of a design: one number per row, or several replications per row.
 *
 * Replicated outputs are for a stochastic model whose value on an input set is itself a Monte Carlo mean.
 * Replication k of every row may share its random numbers (common random numbers, which Machi uses across
 * input sets and variants), but different replications must be independent draws — as replication indices
 * of `RandomStreams` are. The estimators then correct for the Monte Carlo noise (see `sobolIndices`).
 */
export type ModelOutputs = ArrayLike<number> | ReplicatedOutputs;

/** Several replications per row, row-major: replication k of row j is `values[j * replications + k]`. */
export interface ReplicatedOutputs {
  readonly values: ArrayLike<number>;
  readonly replications: number;
}

/**
 * Outputs as a row-major Float64Array of `rows × replications`, checked: the right length, every value finite.
 * @throws RangeError naming the first offending row, or a length that does not match.
 */
export function replicatedOutputs(outputs: ModelOutputs, rows: number): { values: Float64Array; replications: number } {
  const replicated = isReplicated(outputs);
  const replications = replicated ? requirePositiveInteger('replications', outputs.replications) : 1;
  const source = replicated ? outputs.values : outputs;
  if (source.length !== rows * replications) {
    throw new RangeError(
      `outputs must hold ${rows} rows${replicated ? ` × ${replications} replications` : ''} = ${rows * replications} values, got ${source.length}`,
    );
  }
  const values = Float64Array.from(source);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(`outputs must be finite numbers, got ${values[i]} in row ${Math.floor(i / replications)}`);
    }
  }
  return { values, replications };
}

/** Rows (input sets) the outputs hold: their length, or their length over the replications. */
export function outputRows(outputs: ModelOutputs): number {
  if (!isReplicated(outputs)) return outputs.length;
  const rows = outputs.values.length / requirePositiveInteger('replications', outputs.replications);
  if (!Number.isInteger(rows)) {
    throw new RangeError(`outputs hold ${outputs.values.length} values, not a whole number of rows of ${outputs.replications} replications`);
  }
  return rows;
}

function isReplicated(outputs: ModelOutputs): outputs is ReplicatedOutputs {
  return typeof (outputs as ReplicatedOutputs).replications === 'number' && (outputs as ReplicatedOutputs).values !== undefined;
}

/** The mean of row `row`'s replications in row-major `values`. */
export function rowMean(values: Float64Array, row: number, replications: number): number {
  let sum = 0;
  for (let c = 0; c < replications; c++) sum += values[row * replications + c];
  return sum / replications;
}

/**
 * The standard error of the mean paired difference row q − row p over the replications (r ≥ 2): paired,
 * because replication c of both rows shares its random numbers, so the noise they share cancels.
 */
export function pairedStandardError(values: Float64Array, p: number, q: number, replications: number): number {
  const r = replications;
  const mean = rowMean(values, q, r) - rowMean(values, p, r);
  let squares = 0;
  for (let c = 0; c < r; c++) squares += (values[q * r + c] - values[p * r + c] - mean) ** 2;
  return Math.sqrt(squares / (r - 1) / r);
}
