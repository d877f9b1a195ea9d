import { z } from 'zod';
import { customIssue } from './custom-issue.ts';
import { checkRange } from './range.ts';
import { BOUNDS, quantity, range, text } from './sourced.ts';

const pair = z.tuple([quantity(), quantity()]);
const triple = z.tuple([quantity(), quantity(), quantity()]);
const band = z.strictObject({ min: quantity(), max: quantity(), share: z.number().min(0).max(1) });
const source = text({ oneLine: false }).optional();
// A factor multiplying the whole distribution, nobody knows precisely (its value is 1): see `rangeSchema`.
const scale = range().optional();

/**
 * A non-negative random quantity written as data (durations, persons, yen). Exactly one shape key plus an
 * optional `source` and an optional `range`: the range of a factor (value 1) multiplying every quantity of
 * the distribution, for a study of what nobody knows precisely. Parsing drops the range (as it drops a
 * number's), so a scenario's results and hash do not depend on it:
 * - `{ fixed: 8 }`
 * - `{ lognormal90: [lo, hi] }` — 5th and 95th percentiles
 * - `{ uniform: [a, b] }`, `{ triangular: [min, mode, max] }`, `{ pert: [min, mode, max] }`
 * - `{ exponentialMean: m }`
 * - `{ bands: [{ min, max, share }, ...] }` — a banded histogram, log-uniform inside each band
 *
 * @example
 * quantitySpec.parse({ lognormal90: [1, 200], source: 'assumption' })
 */
export const quantitySpec = z.union([
  z.strictObject({ fixed: quantity(), source, range: scale }),
  z.strictObject({ lognormal90: pair, source, range: scale }),
  z.strictObject({ uniform: pair, source, range: scale }),
  z.strictObject({ triangular: triple, source, range: scale }),
  z.strictObject({ pert: triple, source, range: scale }),
  z.strictObject({ exponentialMean: z.number().positive().max(BOUNDS.quantity, 'quantity'), source, range: scale }),
  z.strictObject({ bands: z.array(band).min(1).max(BOUNDS.listItems, 'listItems'), source, range: scale }),
]).superRefine((spec, ctx) => {
  if (spec.range !== undefined) checkRange(ctx, [], { value: 1, range: spec.range, domain: { min: 0 }, wholeNumber: false, scale: true });
  const ordered = (values: readonly number[], key: string) => {
    for (let i = 1; i < values.length; i++) {
      if (values[i]! < values[i - 1]!) {
        customIssue(ctx, [key], 'notIncreasing', { values: [...values] });
        return;
      }
    }
  };
  if ('lognormal90' in spec) {
    if (!(spec.lognormal90[0] > 0 && spec.lognormal90[1] > spec.lognormal90[0])) {
      customIssue(ctx, ['lognormal90'], 'lognormalRange', { values: spec.lognormal90 });
    }
  }
  if ('uniform' in spec) ordered(spec.uniform, 'uniform');
  if ('triangular' in spec) ordered(spec.triangular, 'triangular');
  if ('pert' in spec) ordered(spec.pert, 'pert');
  if ('bands' in spec) {
    spec.bands.forEach((b, i) => {
      if (!(b.max >= b.min && b.min > 0)) {
        customIssue(ctx, ['bands', i], 'notIncreasing', { values: [b.min, b.max] });
      }
    });
    const sum = spec.bands.reduce((s, b) => s + b.share, 0);
    if (Math.abs(sum - 1) > 1e-9) {
      customIssue(ctx, ['bands'], 'sharesMustSumTo', { sum, expected: 1 });
    }
  }
}).transform(({ range: _range, ...spec }) => spec);

export type QuantitySpec = z.output<typeof quantitySpec>;
