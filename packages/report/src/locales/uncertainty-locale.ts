/**
 * The words of "How sure are we?": the input-uncertainty section, its charts and tables, and the summary
 * sentence that replaces "intervals show Monte Carlo noise only" when a study is given. A file of its own
 * so that the report's main locale only names it.
 */
export interface UncertaintyLocale {
  readonly heading: string;
  /** The summary's sentence: `holds` the share of input sets on which the ranking holds, `leading` the inputs it depends on most. */
  readonly summary: (s: {
    readonly ranking: string;
    readonly holds: string;
    readonly interval: string;
    readonly leading: string;
    readonly check: string;
    readonly inputSets: string;
  }) => string;
  /** The summary's sentence when the study has no ranking to test (one option). */
  readonly summaryOneOption: (leading: string, check: string, inputSets: string) => string;
  /** How the town can pin down an input, when the study gives no other way: read its source. */
  readonly checkBySource: (input: string) => string;
  readonly rankingOrder: (names: readonly string[]) => string;
  readonly intro: (s: { readonly ranged: number; readonly fixed: number; readonly inputSets: string; readonly replications: string; readonly design: string }) => string;
  readonly designs: { readonly sobol: string; readonly 'latin-hypercube': string; readonly morris: string; readonly saltelli: string };
  readonly precision: (s: { readonly widest: string; readonly level: string; readonly resamples: string }) => string;
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
  readonly table: {
    readonly bestTitle: string;
    readonly option: string;
    readonly rankingRow: string;
    readonly bestNote: (level: string, inputSets: string) => string;
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
  readonly csv: {
    readonly inputSet: string;
    readonly replications: string;
    readonly meanOf: (metric: string, variant: string) => string;
  };
}
