import { INPUT_SHAPES, inputProblems, type InputDomain, type InputProblemCode } from '@machi/sim-core';
import { z } from 'zod';
import { customIssue } from './custom-issue.ts';

/**
 * What a range's two ends mean: the minimum and maximum (`min-max`), or a central interval that holds
 * the true value with the stated probability (`90%`: low and high are the 5% and 95% points).
 */
export const RANGE_MEANINGS = ['min-max', '50%', '80%', '90%', '95%', '99%'] as const;
export type RangeMeaning = (typeof RANGE_MEANINGS)[number];

/** The probability that the true value lies in a range of this meaning (1 for a min–max range). */
export const rangeCoverage = (meaning: RangeMeaning): number => (meaning === 'min-max' ? 1 : Number(meaning.slice(0, -1)) / 100);

/**
 * The uncertainty of a number nobody knows precisely: `{ low, high, meaning, shape, source }` beside its
 * `value` (`{ value, source, range }`), or beside a distribution, where it is the range of a factor
 * multiplying the whole distribution (its value is 1). `source` says why the range is what it is: the
 * spread of the evidence, or the assumption's reasoning; `check`, optional, how the town can pin the number
 * down (words a report puts after "which the town can check by …"). Numbers without a range are fixed in a study.
 *
 * @example
 * { value: 0.03, source: 'assumption: …', range: { low: 0.01, high: 0.09, meaning: '90%', shape: 'lognormal', source: 'assumption: within a factor of 3' } }
 */
export const rangeSchema = <S extends z.ZodType<string>, C extends z.ZodType>(source: S, check: C) =>
  z.strictObject({
    low: z.number(),
    high: z.number(),
    meaning: z.enum(RANGE_MEANINGS),
    shape: z.enum(INPUT_SHAPES),
    source,
    check: check.optional(),
  });

/** A range as written. */
export interface RangeInput {
  readonly low: number;
  readonly high: number;
  readonly meaning: RangeMeaning;
  readonly shape: (typeof INPUT_SHAPES)[number];
  readonly source: string;
  /** How the town can pin the number down: a phrase after "which the town can check by" / 「…ことで確かめられます」. */
  readonly check?: string | { readonly ja: string; readonly en: string };
}

/** A range's problems as a scenario's issues: `rangeProblem`, located at the field at fault. */
export type RangeProblemCode = InputProblemCode | 'whole-number';

const FIELD_PATH: Record<string, (string | number)[]> = {
  value: ['value'],
  low: ['range', 'low'],
  high: ['range', 'high'],
  coverage: ['range', 'meaning'],
  shape: ['range', 'shape'],
};

/**
 * Raises a located `rangeProblem` for a range the study could not use: inverted bounds, a value outside
 * the range, a shape that cannot take it (a lognormal or log-uniform range that is not positive, a
 * lognormal stated as a min–max range), a distribution reaching outside what the number can be (a
 * probability's 90% interval reaching past 1), or a range on a whole number (a count of things stays fixed).
 */
export function checkRange(
  ctx: z.RefinementCtx,
  at: (string | number)[],
  number: { value: number; range: RangeInput; domain: InputDomain; wholeNumber: boolean; scale?: boolean },
): void {
  const { value, range, domain } = number;
  const params = { value, low: range.low, high: range.high, shape: range.shape, meaning: range.meaning };
  if (number.wholeNumber) {
    customIssue(ctx, [...at, 'range'], 'rangeProblem', { problem: 'whole-number', ...params });
    return;
  }
  const input = { name: '', value, low: range.low, high: range.high, coverage: rangeCoverage(range.meaning), shape: range.shape };
  const [problem] = inputProblems(input, domain);
  if (problem === undefined) return;
  // A distribution's scale factor has no `value` key: a range that leaves out 1 is wrong as a whole.
  const field = problem.field === 'value' && number.scale === true ? ['range'] : FIELD_PATH[problem.field]!;
  customIssue(ctx, [...at, ...field], 'rangeProblem', { problem: problem.code, ...params });
}
