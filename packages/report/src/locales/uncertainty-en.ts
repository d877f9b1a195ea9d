import type { UncertaintyLocale } from './uncertainty-locale.ts';

/** A label inside a sentence: "Server failure rate" → "server failure rate"; an acronym ("LGWAN …") stays. */
const inSentence = (label: string): string => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** English words of the input-uncertainty section. */
export const uncertaintyEn: UncertaintyLocale = {
  heading: 'How sure are we?',
  summary: ({ ranking, metric, holds, interval, inputSets }) =>
    `Over what nobody knows precisely, the ranking on ${metric} (${ranking}) holds for ${holds} of plausible inputs (${interval}; ${inputSets} input sets).`,
  summaryTie: ({ options, metric }) =>
    `At the inputs' values ${options} tie on ${metric} (equal, or within the noise of the runs), so there is no ranking whose hold could be measured.`,
  dependsOn: (input, check) => `It depends most on the ${inSentence(input)}, which the town can check by ${check}.`,
  nextOn: (input, check) => `It depends next on the ${inSentence(input)}, which it can check by ${check}.`,
  otherIntervals: "The report's other intervals are Monte Carlo noise with every input at its value; \"How sure are we?\" covers the inputs.",
  check: 'comparing it with its own fault records, contracts and invoices',
  inputPaths: (inputs) =>
    'For analysts, the leading inputs with their places in the scenario: ' +
    inputs.map((i) => `${i.input} [${i.paths.join(', ')}${i.more > 0 ? ` and ${i.more} more` : ''}]`).join('; ') +
    '. result.json and input-sets.csv list every input.',
  limits: ({ ranged, coordinates, fixed, fixedAssumptions, design }) =>
    `The intervals of the Monte Carlo sections show its noise with every input at its value. "How sure are we?" varied the ${ranged} numbers ` +
    `that carry a range, moved by ${coordinates} beliefs and inputs (${design}); the other ${fixed} numbers, ${fixedAssumptions} of them assumptions, ` +
    'were held at their values, and their uncertainty is in no result.',
  rankingOrder: (names) => names.join(' ahead of '),
  tieOrder: (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
  intro: ({ ranged, fixed, inputSets, replications, design }) =>
    `The options were run again over ${inputSets} input sets drawn from the ranges of the ${ranged} inputs that carry one (${design}), ` +
    `${replications} replications each, with the same random numbers for every option and set; the other ${fixed} numbers were held at their values.`,
  designs: {
    'sobol-scrambled': 'a scrambled Sobol sequence, whose evenly spread points give the same precision with fewer sets than random ones',
    'morris-trajectories': 'Morris trajectories for screening: one input moves at a time',
    saltelli: "Saltelli's design for variance-based indices",
    tornado: 'each input at the ends of its range, one at a time',
    'switching-value': 'a search along one input at a time',
  },
  precision: ({ level, probability, indices }) =>
    `Precision reached: the widest ${level} interval ` +
    [probability && `of a probability above spans ${probability}`, indices && `of a Sobol index spans ${indices}`].filter(Boolean).join(', and ') +
    '.',
  bestHeading: 'Which option is best, over the plausible inputs',
  bestIntro:
    'For each measure of harm or cost, the share of plausible input sets on which each option is the best. An interval covers both the finite number ' +
    'of input sets and the Monte Carlo noise within each.',
  tornadoHeading: 'Which inputs could change the answer',
  tornadoIntro: (quantity) =>
    `${quantity}, with each input at the low and at the high end of its range and every other at its value. ` +
    'Bars crossing the dashed line reverse the preference.',
  indicesHeading: 'How much of the uncertainty each input explains',
  indicesIntro:
    'Sobol indices: the first-order index is the share of the spread explained by the input alone; the total index adds what it explains together ' +
    'with others. Whiskers are bootstrap intervals.',
  screeningIntro:
    'Screening (Morris elementary effects): how far the result moves when the input moves across its range (μ*), and how much that depends on the ' +
    'other inputs (σ). Inputs near the noise line move it no more than chance does.',
  switchingHeading: 'Where the preference changes',
  switchingIntro: 'For the leading inputs, the value within its range at which the preferred option changes, every other input at its value.',
  exceedanceHeading: 'Bad years, over the plausible inputs',
  exceedanceIntro:
    'The annual cost exceeded with each probability, at the inputs averaged over their ranges; the hatched band spans 90% of the input sets.',
  fixedHeading: 'What was held fixed',
  fixed: (fixed, total) =>
    `${fixed} of the scenario's ${total} numbers carry no range and were held at their values; their uncertainty is not in these results.`,
  difference: (metric, a, b) => `${metric}: ${a} − ${b}`,
  differenceAxis: (metric) => `difference in ${metric}`,
  table: {
    bestTitle: 'Probability that each option is the best',
    option: 'Option',
    metric: 'Best on',
    rankingRow: "The ranking at the inputs' values holds",
    bestNote: (level, inputSets) =>
      `Share of ${inputSets} input sets; in brackets the ${level} interval, which holds the error of both the input sets and the few runs per set.`,
    tiedColumn: 'Tie for best',
    noDifference: (metric, zeroShare) => `${metric}: no difference between the options (0 in ${zeroShare} of runs)`,
    nominalTie: "– (options tie at the inputs' values: no ranking)",
    switchingTitle: 'Switching values: where the preferred option changes',
    quantity: 'Compared',
    input: 'Input',
    range: 'Range',
    atNominal: 'At its value',
    switchesAt: 'The preference changes',
    noSwitch: 'not within its range',
    switchAt: (value, percentile, from, to) => `at ${value} (${percentile} of its plausible values lie below): from ${from} to ${to}`,
    switchingNote: 'Every other input at its value, the same random numbers at every point; a crossing is placed by bisection to 0.1% of the range.',
    betterOf: (a, b, aBetter) => (aBetter ? `${a} better` : `${b} better`),
  },
  figures: {
    tornadoTitle: (quantity) => `Which inputs move ${quantity} most`,
    tornadoLow: 'input at the low end of its range',
    tornadoHigh: 'input at the high end of its range',
    tornadoBaseline: (value) => `all inputs at their values: ${value}`,
    tornadoAxis: (quantity) => quantity,
    tornadoDescription: (quantity, baseline, bars) =>
      `${quantity} with one input at a time at the ends of its range (baseline ${baseline}). ` +
      bars.map((b) => `${b.input}: ${b.low} to ${b.high}`).join('; ') +
      '.',
    sobolTitle: (quantity) => `Share of the spread of ${quantity} each input explains`,
    sobolFirst: 'alone (first-order index)',
    sobolTotal: 'with its interactions (total index)',
    sobolAxis: 'share of the variance',
    sobolDescription: (quantity, level, rows) =>
      `First-order and total Sobol indices of ${quantity} with ${level} bootstrap intervals. ` +
      rows.map((r) => `${r.input}: ${r.first} alone, ${r.total} in total`).join('; ') +
      '.',
    morrisTitle: (quantity) => `Screening: how far each input moves ${quantity}`,
    morrisMuStar: 'μ* (mean size of the effect)',
    morrisSigma: 'σ (spread of the effect: interactions)',
    morrisNoise: 'noise line',
    morrisAxis: (quantity) => `change of ${quantity} across the input's range`,
    morrisDescription: (quantity, rows) =>
      `Morris elementary effects on ${quantity}. ` + rows.map((r) => `${r.input}: μ* ${r.muStar}, σ ${r.sigma}`).join('; ') + '.',
    bandTitle: (metric) => `Annual exceedance of ${metric} over the plausible inputs`,
    bandLegend: '5–95% of input sets',
    bandDescription: (metric, variants) =>
      `Annual exceedance curves of ${metric} for ${variants.join(', ')}, averaged over the input sets, with the band between their 5% and 95% points.`,
  },
  studyReport: {
    title: (town) => `${town}: how sure are we?`,
    intro: (kind) =>
      kind === 'uncertainty'
        ? 'How the outcomes and the ranking of the options vary over what nobody knows precisely (machi uncertainty).'
        : 'Which of the numbers nobody knows precisely move the decision, how much, and where it switches (machi sensitivity).',
    modelRuns: 'model runs (input sets × replications × options)',
    regenerate: 'This command regenerates the same result.json, byte for byte, on any machine and any number of workers:',
  },
  csv: {
    design: 'design',
    inputSet: 'input set',
    replications: 'replications',
    meanOf: (metric, variant) => `${metric}: ${variant}`,
  },
};
