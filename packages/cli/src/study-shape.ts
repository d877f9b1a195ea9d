import { EXCEEDANCE_STUDY_METRICS, STUDY_METRICS, type SensitivityStudyResult, type StudyDesign, type UncertaintyStudyResult } from '@machi/scenarios';

/** What a field of a study must hold, as the error message words it. */
export type StudyExpectation =
  | {
      readonly shape: 'object' | 'array' | 'nonEmptyArray' | 'string' | 'number' | 'probability' | 'count' | 'positiveCount' | 'sign';
      readonly orNull: boolean;
    }
  | { readonly oneOf: readonly string[] };

/** The first field of a study that does not hold what the report reads there: its JSON path and what was expected. */
export interface StudyShapeProblem {
  readonly field: string;
  readonly expected: StudyExpectation;
}

// A description of the fields the report reads, walked against the parsed JSON. Plain data rather than zod
// (which scenario files go through): a study is written by this program, so the check only has to turn a
// file damaged by hand or by a tool into a located message, in the CLI's own words, instead of a crash deep
// inside a chart, or a report silently drawn from a word where a number belongs.
type Spec =
  | { readonly t: 'number' | 'string' | 'probability' | 'count' | 'positiveCount' | 'sign' }
  | { readonly t: 'oneOf'; readonly values: readonly string[] }
  | { readonly t: 'orNull'; readonly spec: Spec }
  | { readonly t: 'list'; readonly item: Spec; readonly nonEmpty: boolean }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Spec>>; readonly optional: readonly string[] }
  | { readonly t: 'byKind'; readonly key: string; readonly cases: Readonly<Record<string, Spec>> };

const num: Spec = { t: 'number' };
// Numbers whose range the report relies on: a share drawn as a bar of 0–100%, a count printed as the size of
// the study, a sign that names which option is ahead. A number outside its range is damage, not a finding.
const prob: Spec = { t: 'probability' };
const count: Spec = { t: 'count' };
const positiveCount: Spec = { t: 'positiveCount' };
const sign: Spec = { t: 'sign' };
const str: Spec = { t: 'string' };
const oneOf = (values: readonly string[]): Spec => ({ t: 'oneOf', values });
const orNull = (spec: Spec): Spec => ({ t: 'orNull', spec });
const list = (item: Spec): Spec => ({ t: 'list', item, nonEmpty: false });
// Lists the report cannot do without: the charts refuse to draw nothing (a RangeError), and the table of
// P(best) has a column per option.
const drawn = (item: Spec): Spec => ({ t: 'list', item, nonEmpty: true });
const obj = (fields: Readonly<Record<string, Spec>>, optional: readonly string[] = []): Spec => ({ t: 'object', fields, optional });

const DESIGN_METHODS = ['sobol-scrambled', 'morris-trajectories', 'saltelli', 'tornado', 'switching-value'] as const satisfies readonly StudyDesign['method'][];

const metric = oneOf(STUDY_METRICS);
const words = orNull(obj({ ja: str, en: str }));
const share = obj({ probability: prob, low: prob, high: prob });
const estimate = obj({ estimate: num, low: num, high: num });
const design = obj({ method: oneOf(DESIGN_METHODS), coordinates: list(str), inputSets: positiveCount, replications: positiveCount });
const difference = obj({ kind: oneOf(['difference']), variant: str, versus: str, metric });
const quantity: Spec = { t: 'byKind', key: 'kind', cases: { level: obj({ kind: oneOf(['level']), variant: str, metric }), difference } };

const bar = obj({ name: str, lowInput: orNull(num), highInput: orNull(num), atLow: num, atHigh: num });

const COMMON = {
  stamp: obj({ version: str, scenarioName: str, scenarioSha256: str, variants: list(str) }),
  inputs: list(obj({ path: str, low: num, high: num, check: words })),
  factors: list(obj({ name: str, label: words, members: list(str), opposed: list(str), check: words })),
  numbers: obj({ total: count, ranged: count, fixed: count, fixedAssumptions: count }),
  precision: obj({ level: prob, widestProbabilityInterval: orNull(num), widestFirstOrderInterval: orNull(num), widestTotalInterval: orNull(num) }),
  rows: list(obj({})),
};

type Fields<T> = Readonly<Record<Exclude<keyof T, 'kind'>, Spec>>;

const UNCERTAINTY: Fields<UncertaintyStudyResult> = {
  ...COMMON,
  design,
  metrics: list(
    obj({ variant: str, metric, across: obj({ mean: estimate, quantiles: list(obj({ probability: prob, value: estimate })) }), nominal: num }),
  ),
  exceedance: list(
    obj({ variant: str, metric: oneOf(EXCEEDANCE_STUDY_METRICS), points: list(obj({ threshold: num, mean: prob, p05: prob, p50: prob, p95: prob })) }),
  ),
  probabilityBest: list(
    obj({
      metric,
      result: obj({
        level: prob,
        inputSets: positiveCount,
        options: drawn(obj({ name: str, probability: prob, low: prob, high: prob })),
        tied: share,
        noDifference: orNull(obj({ zeroShare: prob })),
      }),
    }),
  ),
  // `nominalTie` and the ranking's tie `groups` came later: a study written before them has none.
  rankingHolds: list(
    obj(
      { metric, result: obj({ ranking: list(str), groups: list(list(str)), probability: prob, low: prob, high: prob, inputSets: positiveCount }, ['groups']), nominalTie: orNull(list(str)) },
      ['nominalTie'],
    ),
  ),
};

const SENSITIVITY: Fields<SensitivityStudyResult> = {
  ...COMMON,
  quantities: list(quantity),
  screening: obj({
    design,
    results: list(obj({ quantity, effects: obj({ effects: drawn(obj({ name: str, muStar: estimate, sigma: orNull(num), noiseFloor: orNull(num) })) }) })),
  }),
  leading: list(obj({ name: str, relativeMuStar: num, muStar: estimate, quantity })),
  indices: obj({
    design,
    results: list(
      obj({ quantity, indices: obj({ indices: drawn(obj({ name: str, first: orNull(estimate), total: orNull(estimate) })), bootstrap: obj({ level: prob }) }) }),
    ),
  }),
  tornado: obj({ results: list(obj({ quantity, tornado: obj({ baseline: num, bars: drawn(bar) }) })) }),
  switching: obj({
    results: list(
      obj({
        quantity: difference,
        switching: obj({ input: str, atNominal: num, crossings: list(obj({ value: num, probability: prob, signBelow: sign, signAbove: sign })) }),
      }),
    ),
  }),
};

/**
 * The first field that a study of `kind` lacks or holds in the wrong shape, of those the report reads and
 * the per-option levels (`metrics`), its stamp first; undefined when all are there. Other fields are left alone.
 *
 * @example
 * studyShapeProblem(JSON.parse(text), 'uncertainty'); // { field: 'probabilityBest[0].result.options[1].low', expected: { shape: 'number', orNull: false } }
 */
export function studyShapeProblem(data: unknown, kind: 'uncertainty' | 'sensitivity'): StudyShapeProblem | undefined {
  return check(data, obj(kind === 'uncertainty' ? UNCERTAINTY : SENSITIVITY), '');
}

/**
 * The first field of a study's stamp that it lacks or holds in the wrong shape: checked on its own first,
 * so that a study of another version or scenario is told so rather than where its fields differ.
 */
export function studyStampProblem(data: unknown): StudyShapeProblem | undefined {
  return check(data, obj({ stamp: COMMON.stamp }), '');
}

function check(value: unknown, spec: Spec, path: string): StudyShapeProblem | undefined {
  const wrong = (expected: StudyExpectation) => ({ field: path, expected });
  switch (spec.t) {
    case 'number':
      // JSON has no NaN or Infinity, so a finite number is what `typeof` can tell.
      return typeof value === 'number' ? undefined : wrong({ shape: 'number', orNull: false });
    case 'probability':
      return typeof value === 'number' && value >= 0 && value <= 1 ? undefined : wrong({ shape: 'probability', orNull: false });
    case 'count':
    case 'positiveCount':
      return Number.isInteger(value) && (value as number) >= (spec.t === 'count' ? 0 : 1) ? undefined : wrong({ shape: spec.t, orNull: false });
    case 'sign':
      return value === -1 || value === 1 ? undefined : wrong({ shape: 'sign', orNull: false });
    case 'string':
      return typeof value === 'string' ? undefined : wrong({ shape: 'string', orNull: false });
    case 'oneOf':
      return typeof value === 'string' && spec.values.includes(value) ? undefined : wrong({ oneOf: spec.values });
    case 'orNull': {
      if (value === null) return undefined;
      const problem = check(value, spec.spec, path);
      // Said of the field itself ("a number or null"), not of a part of it.
      return problem && problem.field === path && 'shape' in problem.expected ? wrong({ ...problem.expected, orNull: true }) : problem;
    }
    case 'list': {
      const shape = spec.nonEmpty ? 'nonEmptyArray' : 'array';
      if (!Array.isArray(value) || (spec.nonEmpty && value.length === 0)) return wrong({ shape, orNull: false });
      for (const [i, item] of value.entries()) {
        const problem = check(item, spec.item, `${path}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'object': {
      if (!isRecord(value)) return wrong({ shape: 'object', orNull: false });
      for (const [key, field] of Object.entries(spec.fields)) {
        if (spec.optional.includes(key) && !Object.hasOwn(value, key)) continue;
        const problem = check(value[key], field, path === '' ? key : `${path}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'byKind': {
      if (!isRecord(value)) return wrong({ shape: 'object', orNull: false });
      const tag = value[spec.key];
      const cases = Object.keys(spec.cases);
      if (typeof tag !== 'string' || !cases.includes(tag)) return { field: `${path}.${spec.key}`, expected: { oneOf: cases } };
      return check(value, spec.cases[tag]!, path);
    }
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
