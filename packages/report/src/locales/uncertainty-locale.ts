import type { StudyDesign } from '@machi/scenarios';

/**
 * The words of "How sure are we?": the input-uncertainty section, its charts and tables, and the summary
 * sentence that replaces "intervals show Monte Carlo noise only" when a study is given. A file of its own
 * so that the report's main locale only names it.
 */
export interface UncertaintyLocale {
  readonly heading: string;
  /** The summary's sentence on the decision: the ranking at the inputs' values and the share of input sets on which it holds. */
  readonly summary: (s: {
    readonly ranking: string;
    readonly metric: string;
    readonly holds: string;
    readonly interval: string;
    readonly inputSets: string;
  }) => string;
  /** The summary's sentence instead when the options tie at the inputs' values on its metric: no ranking to test. */
  readonly summaryTie: (s: { readonly options: string; readonly metric: string }) => string;
  /** The input the result depends on most, and how the town can pin it down (`check`: a phrase, see `Belief.check`). */
  readonly dependsOn: (input: string, check: string) => string;
  /** The input it depends on next, and how to pin that down. */
  readonly nextOn: (input: string, check: string) => string;
  /** What the report's other intervals are, once input uncertainty has been studied. */
  readonly otherIntervals: string;
  /** How the town can pin a leading input down when its scenario does not say. */
  readonly check: string;
  /** The note naming the leading inputs' places in the scenario, for analysts. */
  readonly inputPaths: (inputs: readonly { readonly input: string; readonly paths: readonly string[]; readonly more: number }[]) => string;
  /** The limits section's item when a study is included: what the study varied and what it held fixed. */
  readonly limits: (s: {
    readonly ranged: number;
    readonly coordinates: number;
    readonly fixed: number;
    readonly fixedAssumptions: number;
    readonly design: string;
  }) => string;
  readonly rankingOrder: (names: readonly string[]) => string;
  /** Options that tie, as one phrase: "A, B and C". */
  readonly tieOrder: (names: readonly string[]) => string;
  readonly intro: (s: {
    readonly ranged: number;
    readonly fixed: number;
    readonly inputSets: string;
    readonly replications: string;
    readonly design: string;
  }) => string;
  readonly designs: { readonly [M in StudyDesign['method']]: string };
  readonly precision: (s: { readonly level: string; readonly probability: string | null; readonly indices: string | null }) => string;
  readonly bestHeading: string;
  readonly bestIntro: string;
  readonly tornadoHeading: string;
  readonly tornadoIntro: (quantity: string) => string;
  readonly indicesHeading: string;
  readonly indicesIntro: string;
  readonly screeningIntro: string;
  readonly switchingHeading: string;
  readonly switchingIntro: string;
  readonly exceedanceHeading: string;
  readonly exceedanceIntro: string;
  readonly fixedHeading: string;
  readonly fixed: (fixed: number, total: number) => string;
  /** The decision quantity: one option's metric minus another's. */
  readonly difference: (metric: string, a: string, b: string) => string;
  /** A short axis title for a difference between two options. */
  readonly differenceAxis: (metric: string) => string;
  readonly table: {
    readonly bestTitle: string;
    readonly option: string;
    readonly metric: string;
    readonly rankingRow: string;
    readonly bestNote: (level: string, inputSets: string) => string;
    /** The column of the input sets where two or more options tie exactly for best. */
    readonly tiedColumn: string;
    /** A metric's row when the options never differ on it (`zeroShare`: the share of runs where it is 0). */
    readonly noDifference: (metric: string, zeroShare: string) => string;
    /** The ranking column's cell when options tie at the inputs' values: no ranking is named. */
    readonly nominalTie: string;
    readonly switchingTitle: string;
    readonly quantity: string;
    readonly input: string;
    readonly range: string;
    readonly atNominal: string;
    readonly switchesAt: string;
    readonly noSwitch: string;
    readonly switchAt: (value: string, percentile: string, from: string, to: string) => string;
    readonly switchingNote: string;
    readonly betterOf: (a: string, b: string, aBetter: boolean) => string;
  };
  readonly figures: {
    readonly tornadoTitle: (quantity: string) => string;
    readonly tornadoLow: string;
    readonly tornadoHigh: string;
    readonly tornadoBaseline: (value: string) => string;
    readonly tornadoAxis: (quantity: string) => string;
    readonly tornadoDescription: (quantity: string, baseline: string, bars: readonly { input: string; low: string; high: string }[]) => string;
    readonly sobolTitle: (quantity: string) => string;
    readonly sobolFirst: string;
    readonly sobolTotal: string;
    readonly sobolAxis: string;
    readonly sobolDescription: (quantity: string, level: string, rows: readonly { input: string; first: string; total: string }[]) => string;
    readonly morrisTitle: (quantity: string) => string;
    readonly morrisMuStar: string;
    readonly morrisSigma: string;
    readonly morrisNoise: string;
    readonly morrisAxis: (quantity: string) => string;
    readonly morrisDescription: (quantity: string, rows: readonly { input: string; muStar: string; sigma: string }[]) => string;
    readonly bandTitle: (metric: string) => string;
    readonly bandLegend: string;
    readonly bandDescription: (metric: string, variants: readonly string[]) => string;
  };
  /** The stand-alone report of `machi uncertainty` / `machi sensitivity`. */
  readonly studyReport: {
    readonly title: (town: string) => string;
    readonly intro: (kind: 'uncertainty' | 'sensitivity') => string;
    readonly modelRuns: string;
    readonly regenerate: string;
  };
  readonly csv: {
    readonly design: string;
    readonly inputSet: string;
    readonly replications: string;
    readonly meanOf: (metric: string, variant: string) => string;
  };
}
