import type { InputSpace } from './input-space.ts';
import { pairedStandardError, replicatedOutputs, rowMean, type ModelOutputs } from './model-outputs.ts';

/** The input sets of a tornado: the nominal set, then each bar's low and high end. */
export interface TornadoDesign {
  /** One bar per input, then one per shared factor. */
  readonly bars: readonly string[];
  /** Input values (in the space's input order): row 0 all nominal; rows 2b + 1 and 2b + 2 bar b's low and high end. */
  readonly rows: number[][];
}

/** One bar of a tornado: the output with one input (or shared belief) at each end of its range. */
export interface TornadoBar {
  readonly name: string;
  /** The input's value at each end; null for a shared factor (its members move to their own ends). */
  readonly lowInput: number | null;
  readonly highInput: number | null;
  /** The output (mean over replications) at the low and high end. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: the bar's length. */
  readonly swing: number;
  /** With replicated outputs: the standard error of atHigh − atLow, paired across replications. */
  readonly swingStandardError: number | null;
}

/** A tornado diagram's data, bars longest first, plain data. */
export interface Tornado {
  /** The output with every input at its nominal value. */
  readonly baseline: number;
  readonly bars: readonly TornadoBar[];
}

/**
 * The input sets of a one-at-a-time tornado: every input at its stated low and high (the ends of its range
 * as written — a 90% interval's 5% and 95% quantiles, a min–max range's ends) with all others at their
 * nominal values; and for each shared factor, all its members at their low ends together (opposed inputs at
 * their high ends), then the reverse — "if the vendor is poor, every repair time is long".
 *
 * @example
 * const design = tornadoDesign(space);   // 1 + 2·(inputs + factors) input sets
 * const result = tornado(design, design.rows.map((values) => runModel(values)));
 */
export function tornadoDesign(space: InputSpace): TornadoDesign {
  const { inputs, factors, nominal } = space;
  const rows: number[][] = [nominal.slice()];
  inputs.forEach((input, i) => {
    for (const end of [input.low, input.high]) {
      const row = nominal.slice();
      row[i] = end;
      rows.push(row);
    }
  });
  for (const factor of factors) {
    for (const high of [false, true]) {
      const row = nominal.slice();
      inputs.forEach((input, i) => {
        const member = factor.members.includes(input.name);
        const opposed = factor.opposed?.includes(input.name) ?? false;
        if (member || opposed) row[i] = member === high ? input.high : input.low;
      });
      rows.push(row);
    }
  }
  return { bars: [...inputs.map((i) => i.name), ...factors.map((f) => f.name)], rows };
}

/**
 * A tornado from the outputs on a `tornadoDesign`'s rows: the baseline and one bar per input or factor,
 * sorted by swing, longest first (ties keep design order). Run it on a decision quantity — the paired
 * difference between two options — to see which input can change the decision.
 *
 * @throws RangeError for outputs of the wrong length or non-finite values.
 * @example
 * tornado(design, outputs).bars[0]; // { name: 'lines.primary.faultsPerYear', atLow: -2.1e6, atHigh: 4.0e6, swing: 6.1e6, … }
 */
export function tornado(design: TornadoDesign, outputs: ModelOutputs): Tornado {
  const { values, replications: r } = replicatedOutputs(outputs, design.rows.length);
  const mean = (row: number) => rowMean(values, row, r);
  const inputCount = design.rows[0].length;
  const bars = design.bars.map((name, b) => {
    const low = 2 * b + 1;
    const high = 2 * b + 2;
    const atLow = mean(low);
    const atHigh = mean(high);
    return {
      name,
      lowInput: b < inputCount ? design.rows[low][b] : null,
      highInput: b < inputCount ? design.rows[high][b] : null,
      atLow,
      atHigh,
      swing: Math.abs(atHigh - atLow),
      swingStandardError: r > 1 ? pairedStandardError(values, low, high, r) : null,
    };
  });
  const order = bars.map((_, b) => b).sort((p, q) => bars[q].swing - bars[p].swing || p - q);
  return { baseline: mean(0), bars: order.map((b) => bars[b]) };
}
