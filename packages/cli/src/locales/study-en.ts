import type { StudyExpectation } from '../study-shape.ts';
import type { StudyMessages } from './study-messages.ts';

/** English words of `machi uncertainty` and `machi sensitivity`. */
export const studyEn: StudyMessages = {
  help: {
    uncertainty:
      'how outcomes and the ranking of the options vary over the ranges of the numbers nobody knows precisely (two-level study; writes result.json, ' +
      'input-sets.csv, report.md, report.html)',
    sensitivity:
      'which ranged numbers move the decision: Morris screening, Sobol indices of the leading inputs, tornado and switching values (writes result.json, ' +
      'input-sets.csv, report.md, report.html)',
    inputSets: 'input sets of the outer loop, a power of two (scrambled Sobol points)',
    replications: 'replications per input set and option (at least 2; common random numbers across sets and options)',
    trajectories: 'Morris trajectories of the screening',
    baseCount: "base rows of Saltelli's design for the Sobol indices, a power of two",
    leading: 'inputs given Sobol indices: the leading ones of the screening',
    switching: 'leading inputs searched for a switching value',
    resamples: 'bootstrap resamples of every interval',
    out: 'folder to write result.json, input-sets.csv, report.md, report.html and figures/ to',
    include:
      'include a study of this scenario in the report, as its section "How sure are we?": the result.json of machi uncertainty or ' +
      'machi sensitivity (give the option once for each)',
  },
  badInputSets: (value) => `--input-sets must be a power of two from 2 (the Sobol net's balance), got "${value}"`,
  badReplications: (value, least) => `--replications must be an integer of at least ${least} (a set's noise is estimated from them), got "${value}"`,
  badBaseCount: (value) => `--base-count must be a power of two from 2 (the balance of Saltelli's design), got "${value}"`,
  tooLarge: (option, value, most) =>
    `${option} must be at most ${most.toLocaleString('en-US')} (a larger study does not fit one machine's memory; split it or use fewer), got "${value}"`,
  noRanges: (file) =>
    `${file}: no number carries a range, so there is nothing to vary; give numbers a range (range: { low, high, meaning, shape, source }) or use a preset`,
  fewVariants: (count) => `a study compares at least two options; --variants names ${count}`,
  progress: (phase, bar, done, total, left) => `${phase} ${bar} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} input sets  ETA ${Math.ceil(left)} s`,
  phases: { uncertainty: 'input sets', screening: 'screening', indices: 'indices', tornado: 'tornado', switching: 'switching values' },
  header: (name, inputSets, replications, seed, ranged, fixed) =>
    `${name}: ${inputSets.toLocaleString('en-US')} input sets × ${replications} replications, seed ${seed}; ${ranged} ranged inputs, ${fixed} numbers fixed`,
  bestTitle: (metric) => `P(best) on ${metric} [95% interval]:`,
  rankingHolds: (ranking, probability, low, high) => `The ranking ${ranking} holds for ${probability} of plausible inputs [${low} – ${high}].`,
  rankingTie: (options) => `At the inputs' values ${options} tie (equal, or within the noise of the runs): no ranking to hold.`,
  tiedRow: '(tie for best)',
  noDifference: (zeroShare) => `no difference between the options (the metric is 0 in ${zeroShare} of runs)`,
  leadingTitle: 'Leading inputs (Morris μ*, relative to the largest):',
  switchesAt: (input, value, percentile) => `The preference switches at ${input} = ${value} (${percentile} of its plausible values lie below).`,
  precision: (probability, indices) =>
    `Precision: widest 95% interval ${[probability && `of a probability ${probability}`, indices && `of a Sobol index ${indices}`].filter(Boolean).join(', ')}.`,
  studyNotJson: (file, reason) => `${file}: not a study (a result.json of machi uncertainty or machi sensitivity): it is not JSON (${reason})`,
  notStudy: (file) => `${file}: not a study (a result.json of machi uncertainty or machi sensitivity): kind must be "uncertainty" or "sensitivity"`,
  studyField: (file, field, expected) =>
    `${file}: a study the report cannot read: ${field} must be ${expectationEn(expected)}; make the study again, or mend the file`,
  studyOfVersion: (file, got, expected) => `${file}: a study made by model ${got}, this is ${expected}: run the study again with this version`,
  studyOfScenario: (file, name, studied, run) =>
    `${file}: a study of another scenario ("${name}", scenario hash ${studied.slice(0, 12)}…; this run's is ${run.slice(0, 12)}…): ` +
    'run the study on this scenario, or this run on the scenario studied',
  twoStudies: (kind, first, second) => `--study: ${first} and ${second} are both ${kind} studies; give at most one of each kind`,
};

const EXPECTED_EN = {
  object: 'an object',
  array: 'a list',
  nonEmptyArray: 'a list of at least one item',
  string: 'a text',
  number: 'a number',
  probability: 'a number from 0 to 1',
  count: 'a whole number, 0 or more',
  positiveCount: 'a whole number, 1 or more',
  sign: '-1 or 1',
} as const;

function expectationEn(expected: StudyExpectation): string {
  if ('oneOf' in expected) return expected.oneOf.length === 1 ? `"${expected.oneOf[0]}"` : `one of ${expected.oneOf.map((v) => `"${v}"`).join(', ')}`;
  return expected.orNull ? `${EXPECTED_EN[expected.shape]} or null` : EXPECTED_EN[expected.shape];
}
