import type { Cohort } from '../case/virtual-case.ts';
import type {
  Action,
  BasisKind,
  DataClass,
  HostingKind,
  IncidentCause,
  IncidentKind,
  MeasureKind,
  Metric,
  MODEL_ASSUMPTIONS,
  ModelAssumptionId,
  NoteDetails,
  NoteKind,
  Reason,
  Scaling,
  Segment,
  TimeClass,
  Verdict,
  MonteCarloResult,
} from '@machi/scenarios';
import type { CostItem } from './cost-item.ts';
import type { UncertaintyLocale } from './uncertainty-locale.ts';

/** A table of words keyed by a closed vocabulary: every entry must have its words. */
type Words<K extends string> = { readonly [Key in K]: string };

/** Column names of the CSV files that are not metrics (a metric's heading is its label). */
export type CsvWord =
  | 'variant'
  | 'variantLabel'
  | 'replication'
  | 'year'
  | 'fiscalYear'
  | 'fiscalYearOfStart'
  | 'metric'
  | 'metricLabel'
  | 'epType'
  | 'epTypeLabel'
  | 'returnPeriodYears'
  | 'value'
  | 'yearsSimulated'
  | 'incident'
  | 'cause'
  | 'causeLabel'
  | 'start'
  | 'durationHours'
  | 'criticalDowntimeHours'
  | 'dataClasses'
  | 'actions'
  | 'ongoing';

/** The statistics of a summary table's columns (`costYen.mean`, `action.pressConference.probability`). */
export type CsvStatistic = 'mean' | 'ciLow' | 'ciHigh' | 'sd' | 'var100' | 'tvar100' | 'probability' | 'probabilityLow' | 'probabilityHigh';

/** The values of the model's assumptions that are a choice among words (a fault type). */
export type ModelChoice = Extract<(typeof MODEL_ASSUMPTIONS)[ModelAssumptionId]['value'], string>;

/** Joins words into one phrase in a language's way (`、` or `, `, `・` or ` or `). */
export type Join = (items: readonly string[]) => string;

/** A civil date as `format.date` needs it: the numbers, the weekday (0 Sunday) and the 和暦 year. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** `令和9年`, or undefined before 1926-12-25. */
  readonly era: string | undefined;
  /** ` 08:30`, or '' without a time. */
  readonly time: string;
}

/** What a note's sentence needs besides its detail: numbers written as the report writes them, and names. */
export interface NoteWords {
  hours(hours: number): string;
  persons(count: number): string;
  /** With `decimals` decimals (default none) and thousands separators. */
  digits(x: number, decimals?: number): string;
  /** The JMA intensity class (`6強`, `6 upper`) of an instrumental intensity. */
  jmaClass(intensity: number): string;
  /** The scenario's names of a system, site, vendor or service (its id without a label). */
  system(id: string): string;
  site(id: string): string;
  vendor(id: string): string;
  service(id: string): string;
  /** A staff or vendor task (`rebuild registry`): its words, and the name of the system it was for. */
  task(what: string): string;
  taskSystem(what: string): string | undefined;
  /** Office hours, a night or a closed day, as a sentence says when someone was called. */
  when(timeClass: TimeClass): string;
  contract(contract: 'premium' | 'next-business-day'): string;
  /** An earthquake's magnitude as it is reported: one decimal (`7.3`). */
  magnitude(magnitude: number): string;
  /** Lines, power regions, packages, zones and segments in words (the scenario names them only by id). */
  link(id: string): string;
  powerRegion(id: string): string;
  applicationPackage(id: string): string;
  zone(site: string, zone: string): string;
  /** Segments joined as a list (`lgwan,internet` → `LGWAN接続系・インターネット接続系`). */
  segments(segments: string): string;
}

/** A persona's paragraph: who they are (already worded), and the numbers of the records. */
export interface PersonaView {
  readonly label: string;
  readonly who: string;
  readonly service: string;
  readonly system: string | undefined;
  readonly hours: string;
  readonly residents: string;
  readonly extraRequests: string;
  readonly overDays: number | undefined;
  readonly dataClasses: string;
  readonly kinds: string;
  readonly notified: boolean | undefined;
  readonly compensated: boolean | undefined;
}

/** What the summary's sentence on one option says. */
export interface VariantSummary {
  readonly name: string;
  /** Estimates are written with their 95% interval (`format.estimate`), as everywhere in the report. */
  readonly meanCost: string;
  /** The cost of a once-in-100-years year, or undefined when this many years cannot tell it. */
  readonly badYearCost: string | undefined;
  readonly meanDowntime: string;
  readonly pressProbability: string;
  readonly pressReturnPeriod: string;
}

/** What the summary's sentence on the option that stops least says. */
export interface BestOptionSummary {
  readonly best: string;
  readonly baseline: string;
  /** The size of the difference with its 95% interval (`format.estimate`). */
  readonly downtimeDifference: string;
  readonly shorter: boolean;
  readonly shorterOrEqualShare: string;
  /** The difference of the annual cost with its 95% interval: its size when `costChange` says which way, else signed. */
  readonly costDifference: string;
  /** Which way the annual cost moves; `unclear` when its interval spans zero. */
  readonly costChange: 'more' | 'less' | 'unclear';
}

/** One rule behind a required action, worded in `basisMeta` and `actionBasis`. */
export interface BasisView {
  readonly rule: string;
  readonly kind: string;
  readonly confirmed: boolean;
  readonly source: string | undefined;
  /** The policy's own wording of the basis in this language. */
  readonly text: string;
}

/**
 * Every word a report, a table, a figure or a virtual case prints, in one language. The tables keyed by
 * a vocabulary (`causes`, `reasons`, `notes`, `metrics`, `actions`, …) must word every entry: a new
 * cause or metric without its words here fails the type check instead of printing its id.
 */
export interface ReportLocale {
  // ── Vocabularies ────────────────────────────────────────────────────────────────────────────────
  readonly causes: Words<IncidentCause>;
  /** A cause the scenario names itself (a leak), with that name: `個人情報の漏えい等(誤送付・誤送信)`. */
  readonly namedCause: (cause: string, name: string) => string;
  readonly reasons: Words<Reason>;
  /** Each kind of note an incident keeps, as a sentence from its detail. */
  readonly notes: { readonly [K in NoteKind]: (detail: NoteDetails[K], words: NoteWords) => string };
  readonly metrics: Words<Metric>;
  readonly actions: Words<Action>;
  readonly dataClasses: Words<DataClass>;
  readonly incidentKinds: Words<IncidentKind>;
  /** What happened to the data, as in "persons whose data was …" (`leaked`, `lost`). */
  readonly dataHarm: Words<IncidentKind>;
  readonly hostingKinds: Words<HostingKind>;
  readonly costItems: Words<CostItem>;
  readonly basisKinds: Words<BasisKind>;
  readonly cohorts: Words<Cohort>;
  /** A time of day as a case heading names it (`夜間`, `night`). */
  readonly timeClasses: Words<TimeClass>;
  /** The same as a sentence says it (`during office hours`). */
  readonly timeWhen: Words<TimeClass>;
  readonly tasks: Words<'triage' | 'rebuild' | 'repair'>;
  readonly contracts: Words<'premium' | 'next-business-day'>;
  readonly deadlineStages: Words<'preliminary' | 'final'>;
  readonly measureKinds: Words<MeasureKind>;

  // ── Metric columns built from those words ──────────────────────────────────────────────────────
  readonly largestIncident: (metric: string) => string;
  readonly personsOfClass: (metric: string, dataClass: string) => string;
  readonly serviceDowntime: (service: string) => string;
  readonly actionCount: (action: string) => string;

  // ── Numbers, dates and lists ───────────────────────────────────────────────────────────────────
  readonly format: {
    /** `finer`: decimals beyond the usual ones, for interval ends that would round alike. */
    readonly yen: (yen: number, finer?: number) => string;
    readonly hours: (hours: string, days: string | undefined) => string;
    readonly persons: (count: string) => string;
    readonly residentHours: (count: string) => string;
    readonly range: (low: string, high: string) => string;
    /** An estimate and its 95% interval (`range`), the one way the report writes both. */
    readonly estimate: (centre: string, range: string) => string;
    /** The same in a table cell: the interval on a line of its own (`\n`), so a narrow column breaks there. */
    readonly estimateCell: (centre: string, range: string) => string;
    readonly notSeen: string;
    readonly timesAYear: (perYear: string) => string;
    readonly onceIn: (years: string) => string;
    readonly perYear: (denominator: string) => string;
    readonly date: (date: DateParts) => string;
    readonly fiscalYear: (fiscalYear: number, era: string | undefined) => string;
    readonly withHoliday: (date: string, holiday: string) => string;
    /** Axis ticks of yen in one unit: the units from the largest, and how a tick reads. */
    readonly yenUnits: readonly (readonly [size: number, name: string])[];
    readonly yenTick: (sign: string, value: string, unit: string) => string;
    readonly zeroYen: string;
    readonly hoursTick: string;
    readonly personsTick: string;
  };
  readonly list: { readonly comma: Join; readonly semicolon: Join; readonly and: Join; readonly or: Join; readonly short: Join };

  // ── Words of tables and figures ────────────────────────────────────────────────────────────────
  readonly words: Words<
    | 'variant'
    | 'metric'
    | 'mean'
    | 'interval95'
    | 'median'
    | 'p90'
    | 'p99'
    | 'max'
    | 'maxYear'
    | 'action'
    | 'annualProbability'
    | 'difference'
    | 'aBetter'
    | 'equal'
    | 'returnPeriod'
    | 'valueAtRisk'
    | 'tailValueAtRisk'
    | 'notAvailable'
    | 'replications'
    | 'fiscalYear'
    | 'runningCost'
    | 'incidentCost'
    | 'totalCost'
    | 'exceedanceProbability'
    | 'everyYear'
    | 'zeroOffLog'
    | 'band95'
    | 'mean95'
    | 'noDifference'
    | 'runningMean'
    | 'target'
    | 'cause'
    | 'statistic'
  >;
  readonly csv: Words<CsvWord>;
  /** Names of the four rows of an exceedance-probability table, by Oasis ORD `EPType` code. */
  readonly csvEpTypes: Words<'1' | '2' | '3' | '4'>;
  /** How a summary table's column of one metric is computed, appended to the metric's label. */
  readonly csvStatistics: Words<CsvStatistic>;
  /** How the texts of a list (data classes, actions) are joined inside one CSV cell. */
  readonly csvListSeparator: string;
  /** Between a metric's label and its statistic in a summary table's heading (`年間費用:年平均`). */
  readonly csvStatisticSeparator: string;
  readonly tables: {
    readonly actionsTitle: string;
    readonly actionsNote: string;
    readonly driversTitle: (action: string) => string;
    readonly driversNote: string;
    readonly comparisonsTitle: string;
    readonly comparisonsNote: string;
    readonly convergenceTitle: string;
    readonly estimate: string;
    readonly halfWidth: string;
    readonly target: string;
    readonly verdict: string;
    readonly met: string;
    readonly notMet: string;
    readonly fiscalTitle: string;
    readonly fiscalNote: string;
    readonly returnPeriodTitle: (metric: string) => string;
    readonly returnPeriodNote: (valueAtRisk: string, tailValueAtRisk: string) => string;
    /** Under a metric's table: what its 1-in-10 and 1-in-100 years are (the return-period VaR). */
    readonly metricNote: string;
    /** Under the convergence table, one column per option: what each cell's two lines are. */
    readonly convergenceNote: string;
    /** A convergence cell's second line: the half-width wanted and the verdict. */
    readonly convergenceTarget: (target: string, verdict: string) => string;
    /** Under the fiscal-year table, one column per option: what each cell's three lines are. */
    readonly fiscalCellNote: string;
    /** A fiscal-year cell: the total on its first line, then its running and incident costs. */
    readonly fiscalCell: (total: string, running: string, incident: string) => string;
    /** Under the comparisons with the first option, one column per other option. */
    readonly baselineComparisonsNote: (baseline: string) => string;
    /** A comparison cell's second line: shares of years the option was lower, and equal. */
    readonly comparisonShares: (lower: string, equal: string) => string;
  };
  readonly figures: {
    readonly actionsTitle: string;
    readonly actionsDescription: (actions: number, variants: number, top: readonly { variant: string; action: string; probability: string }[]) => string;
    readonly distributionTitle: (metric: string) => string;
    readonly distributionDescription: (metric: string, variants: number, rows: readonly { label: string; mean: string; p99: string }[]) => string;
    readonly convergenceTitle: (metric: string) => string;
    readonly convergenceDescription: (metric: string, rows: readonly { label: string; mean: string; replications: string }[]) => string;
    readonly aepTitle: (metric: string) => string;
    readonly oepTitle: (metric: string) => string;
    /** `at`: the rarest probability drawn for every variant (undefined when there is none), `values` theirs there. */
    readonly exceedanceDescription: (
      curve: 'aep' | 'oep',
      metric: string,
      variants: readonly string[],
      at: string | undefined,
      values: readonly string[],
    ) => string;
    readonly differenceNote: (better: string, equal: string) => string;
    readonly differenceAxis: (baseline: string) => string;
    readonly differenceTitle: (baseline: string, metric: string) => string;
    readonly differenceDescription: (metric: string, baseline: string, rows: readonly { label: string; difference: string; better: string }[]) => string;
  };

  // ── The report ─────────────────────────────────────────────────────────────────────────────────
  readonly report: {
    readonly intro: (version: string, runs: string, years: number, seed: string) => string;
    readonly actionsHeading: string;
    readonly metricsHeading: string;
    readonly comparisonsHeading: string;
    readonly fiscalHeading: string;
    /**
     * What the running cost includes (a range drawn per replication, a migration in the year paid), and that
     * on-premises with today's package is no longer an open choice for the standardised businesses.
     */
    readonly standardisationNote: string;
    readonly convergenceHeading: string;
    readonly convergenceIntro: (stoppedBy: string) => string;
  };
  readonly summary: {
    readonly heading: string;
    readonly intro: (variants: number, runs: string, years: number, total: string) => string;
    readonly variant: (v: VariantSummary) => string;
    readonly best: (b: BestOptionSummary) => string;
    /** `score` with its 95% interval (`format.estimate`). */
    readonly topScore: (name: string, score: string, rankingCanChange: boolean) => string;
    readonly intervals: string;
  };
  readonly safety: {
    readonly heading: string;
    readonly none: string;
    readonly formula: string;
    readonly symbols: string;
    readonly scoresTitle: string;
    readonly rank: string;
    readonly score: string;
    readonly weightsTitle: string;
    readonly weight: string;
    readonly scale: string;
    readonly setBy: string;
    readonly weightsNote: string;
    readonly setByScenario: string;
    readonly setByDefault: string;
    readonly sensitivity: (changed: number, cases: number) => string;
    readonly sensitivityTitle: string;
    readonly change: string;
    readonly rankingChanged: string;
    readonly asSet: string;
    readonly weightTimes: (metric: string, factor: number) => string;
    readonly yes: string;
    readonly no: string;
    readonly defaultsAreAssumptions: string;
  };
  readonly assumptions: {
    readonly heading: string;
    readonly none: string;
    readonly counts: (total: number, sourced: number, assumed: number) => string;
    readonly field: string;
    readonly value: string;
    readonly source: string;
    readonly assumedTitle: string;
    readonly sourcedTitle: string;
    readonly webPages: string;
  };
  /** The numbered list of the references that the scenario, the policy and the model cite. */
  readonly bibliography: {
    readonly heading: string;
    readonly intro: (count: number) => string;
    /** Shown for a document that carries no date. */
    readonly noDate: string;
  };
  readonly modelAssumptions: {
    readonly intro: (total: number, sourced: number, assumed: number) => string;
    readonly title: string;
    /** What each number built into the model is. */
    readonly items: Words<ModelAssumptionId>;
    readonly choices: Words<ModelChoice>;
    readonly intensity: (value: string) => string;
    readonly km: (value: string) => string;
    /** A factor drawn uniformly between two bounds. */
    readonly factor: (low: string, high: string) => string;
  };
  readonly limits: {
    readonly heading: string;
    readonly monteCarloOnly: string;
    readonly noExtrapolation: string;
    readonly unconfirmed: (rule: string, basis: string) => string;
  };
  /** The calibration appendix: the model scaled to Japan against observed national counts. */
  readonly calibration: {
    readonly heading: string;
    readonly intro: (runs: string, years: number, seed: string) => string;
    readonly rowsTitle: string;
    readonly classesTitle: string;
    readonly howCounted: string;
    readonly columns: {
      readonly quantity: string;
      readonly observed: string;
      readonly simulated: string;
      readonly ratio: string;
      readonly verdict: string;
      readonly source: string;
      readonly class: string;
      readonly bodies: string;
      readonly meanPopulation: string;
      readonly representedBy: string;
    };
    readonly verdicts: Words<Verdict>;
    readonly scalings: Words<Scaling['kind']>;
    readonly yearBasis: Words<'fiscal' | 'calendar'>;
    /** An observed lower bound: the cases found a year, the low end of their interval, the ceiling if any. */
    readonly atLeast: (found: string, low: string, ceiling: string | null) => string;
    /** An observation given as a range of the municipalities' share. */
    readonly shareRange: string;
    /** "<preset> (<population> residents): <variant> 78%, …" */
    readonly representedBy: (preset: string, population: string, hosting: string) => string;
    readonly rowsNote: string;
    readonly classesNote: string;
  };
  readonly stamp: {
    readonly heading: string;
    readonly title: string;
    readonly item: string;
    readonly value: string;
    readonly version: string;
    readonly scenario: string;
    readonly hash: string;
    readonly seed: string;
    readonly replications: string;
    readonly years: string;
    readonly variants: string;
    readonly stoppedBy: string;
    readonly regenerate: string;
  };

  // ── Virtual cases ──────────────────────────────────────────────────────────────────────────────
  readonly case: {
    /** `period`: the fiscal year the simulated year is, or its first and last days (`span`) when it is not one. */
    readonly title: (town: string, period: string) => string;
    /** `year` counts from 0, as `--year` does: the text and the replay command name a year alike. */
    readonly intro: (c: { variant: string; replication: number; seed: string; horizonYears: number; year: number; from: string; to: string }) => string;
    readonly among: (replications: number, years: number) => string;
    readonly worst: (metric: string, among: string, value: string) => string;
    readonly p99: (metric: string, among: string, value: string) => string;
    readonly typical: (metric: string, among: string, value: string) => string;
    readonly withAction: (metric: string, among: string, value: string, action: string, candidates: number) => string;
    readonly reproduce: string;
    readonly summaryHeading: string;
    readonly ganttHeading: string;
    readonly timelineHeading: string;
    readonly notesHeading: string;
    readonly carriedOver: string;
    readonly carriedOverItem: (start: string, cause: string, systems: string) => string;
    readonly noIncident: string;
    readonly readingNotes: readonly string[];
    readonly metricsTitle: (period: string) => string;
    readonly thisYear: string;
    readonly incidentsTitle: string;
    readonly incidentColumns: Words<'start' | 'cause' | 'kinds' | 'persons' | 'downtime' | 'cost' | 'actions'>;
    /** Words for what the scenario names only by id, built from the names it has (sites, systems). */
    readonly names: {
      readonly link: (from: string, to: string) => string;
      readonly anyLink: string;
      /** By its first site, and how many other sites are in it. */
      readonly powerRegion: (site: string, others: number) => string;
      readonly anyPowerRegion: string;
      /** By the first system that runs it, and how many others do. */
      readonly applicationPackage: (system: string, others: number) => string;
      readonly anyApplicationPackage: string;
      readonly zone: (index: number, zones: number) => string;
      readonly anyZone: string;
      readonly segments: Words<Segment>;
    };
    /** The notes at the end of a case: the rules behind its actions, then the sources they cite. */
    readonly footnotes: {
      readonly heading: string;
      readonly intro: string;
      /** A footnote marker in the text: `(注1)`, ` [note 1]`. */
      readonly marker: (numbers: readonly number[]) => string;
      /** A rule's note: its basis in the policy's words, its id, kind and source. */
      readonly rule: (number: number, basis: string, rule: string, meta: string, source: string | undefined) => string;
      readonly sourcesHeading: string;
    };
    /** A simulated year that is not one fiscal year, as the title names it: its first and last days. */
    readonly span: (from: string, to: string) => string;
    /** Why that year is not a fiscal year, and which one it mostly is. */
    readonly drift: (fiscalYear: string) => string;
  };
  readonly incident: {
    readonly magnitude: (magnitude: number) => string;
    readonly title: (start: string, when: string, what: string) => string;
    readonly headings: Words<'happened' | 'stopped' | 'affected' | 'recovery' | 'costs' | 'thresholds' | 'meaning'>;
    readonly siteIntensity: (site: string, intensity: number, jmaClass: string) => string;
    readonly intensities: (sites: string) => string;
    readonly flags: Words<'maliciousIntent' | 'directHarm' | 'highlyEncrypted' | 'recoveredUnviewed'>;
    readonly nature: (flags: string) => string;
    readonly happened: (cause: string) => string;
    readonly window: (reason: string, from: string, to: string) => string;
    readonly systemPastRto: (rto: string) => string;
    readonly systemWithinRto: (rto: string) => string;
    readonly servicePastRto: (rto: string) => string;
    readonly serviceWithinRto: (rto: string) => string;
    readonly system: (name: string, site: string, down: string, rto: string, windows: string) => string;
    readonly critical: string;
    readonly service: (name: string, critical: string, down: string, rto: string | undefined) => string;
    readonly noSystemStopped: string;
    readonly residents: (persons: string, residentHours: string) => string;
    readonly persons: (harm: string, persons: string, classes: string) => string;
    readonly noResidentAffected: string;
    readonly allDataLost: (system: string) => string;
    readonly recordsLost: (systems: string, residents: string) => string;
    readonly dataLost: (system: string, hours: string) => string;
    readonly ongoing: string;
    readonly done: (end: string) => string;
    readonly costItem: (item: string, yen: string) => string;
    readonly costs: (total: string, items: string) => string;
    readonly noThreshold: string;
    readonly unconfirmed: string;
    readonly deadline: (stage: string, days: number, due: string) => string;
    /** `notes`: the markers of the notes on the rules that required the action (their basis, id and source). */
    readonly action: (action: string, deadlines: string, notes: string) => string;
    readonly noPersonas: string;
  };
  readonly personas: {
    readonly who: (label: string, cohort: string, cohortResidents: number) => string;
    readonly listSystem: string;
    readonly evacuationSupport: (p: PersonaView) => string;
    readonly disasterCertificate: (p: PersonaView) => string;
    readonly counterVisitor: (p: PersonaView) => string;
    readonly dataSubject: (p: PersonaView) => string;
  };
  /** The table that opens every comparison: what differs between the options, derived from the resolved scenario. */
  readonly differences: {
    readonly heading: string;
    readonly intro: string;
    readonly title: string;
    readonly note: string;
    readonly aspect: string;
    /** Between the items of one cell (each on its own line in HTML, on one line in Markdown). */
    readonly itemSeparator: string;
    /** Under an aspect's name: whether every option has the same (a column of its own would be too narrow on A4). */
    readonly same: string;
    readonly differs: string;
    readonly none: string;
    readonly aspects: Words<'placement' | 'lines' | 'backups' | 'alternateOffice' | 'generators' | 'vendors' | 'measures' | 'runningCost'>;
    /** One placement: the site's name, how the systems are deployed there ('' or `multi-AZ`, `zone a`), and their names. */
    readonly placement: (site: string, deployment: string, systems: string) => string;
    readonly multiAz: string;
    readonly zone: (zone: string) => string;
    /** One line in use: its id, the sites it reaches, its routes; `fromAlternate` when it leaves from the alternate office. */
    readonly line: (from: string, to: string, routes: number) => string;
    /** A measure's name with what it sets, in brackets of the language. */
    readonly measureWithTarget: (name: string, target: string) => string;
    /** One group of copies: where, how often (hours, worded), offline or not, of which systems. */
    readonly backup: (site: string, every: string, offline: boolean, systems: string) => string;
    readonly alternateOffice: (setup: string, site: string | undefined) => string;
    readonly fuelResupply: (after: string) => string;
    readonly generator: (site: string, hours: string) => string;
    readonly vendor: (name: string, contract: string, response: string) => string;
    /** One measure: its kind and target (worded), its cost a year, and the part of it that is its own cost ('' when none). */
    readonly measure: (what: string, perYear: string, own: string) => string;
    readonly measureTargets: {
      readonly lineRoutes: (link: string, routes: number) => string;
      readonly backup: (site: string, every: string, offline: boolean, systems: number) => string;
      readonly hours: (hours: string) => string;
      readonly siteHours: (site: string, hours: string) => string;
      readonly vendorContract: (vendor: string, contract: string, response: string) => string;
    };
  };
  /** The second study: what each measure buys each option (`machi measures`). */
  readonly measureStudy: {
    readonly title: (town: string) => string;
    readonly intro: (runs: string, years: number, seed: string) => string;
    readonly reading: string;
    /** The first of the two tables: the measure's cost and the critical downtime with and without it. */
    readonly costTableTitle: string;
    readonly tableTitle: string;
    readonly columns: Words<
      | 'option'
      | 'measure'
      | 'cost'
      | 'downtimeWith'
      | 'downtimeWithout'
      | 'downtimeAvoided'
      | 'dataLostAvoided'
      | 'recordsLostAvoided'
      | 'costAdded'
      | 'yenPerHour'
    >;
    readonly noRatio: string;
    readonly note: string;
    readonly noMeasures: string;
  };
  readonly gantt: {
    readonly title: (town: string, from: string) => string;
    readonly systems: string;
    readonly services: string;
    readonly rto: (hours: string) => string;
    readonly nothingDown: string;
    readonly month: (month: number) => string;
    readonly year: (year: number, era: string | undefined) => string;
    readonly rtoMarker: string;
    readonly description: (from: string, to: string, systems: number, services: number) => string;
  };
  /** Why a run stopped (`stamp.stoppedBy`), in words. */
  readonly stopReasons: Readonly<Record<MonteCarloResult['stamp']['stoppedBy'], string>>;
  /** The decision table that opens the report (`decisionTable`). */
  readonly decision: {
    readonly heading: string;
    readonly title: (runs: string, years: number) => string;
    readonly item: string;
    /** Row labels, short enough for the table to fit one A4 page with four options. */
    readonly rows: { readonly costYen: string; readonly costYen1in100: string; readonly downtimeHours: string; readonly dataLostHours: string };
    readonly actionProbability: (action: string) => string;
    readonly safetyScore: string;
    readonly note: string;
  };
  /** Numbers of figures and tables, given in order of appearance when a document is rendered. */
  readonly numbering: {
    readonly figure: (n: number) => string;
    readonly table: (n: number) => string;
    /** A caption: the number, then the title. */
    readonly caption: (number: string, title: string) => string;
    /** Where a metric's numbers and charts are, by their numbers (`図3`, `Table 4`). */
    readonly shownIn: (tables: readonly string[], figures: readonly string[]) => string;
    /** Instead of a chart whose curves lie on top of one another. */
    readonly curvesCoincide: (title: string, variants: string) => string;
    /** The list of charts written as files beside the report but not printed in it (for analysts). */
    readonly fileFiguresHeading: string;
    readonly fileFiguresIntro: string;
    /** One chart file: its title and its path relative to the report. */
    readonly fileFigure: (title: string, path: string) => string;
  };
  /** The appendix of assumptions and sources (`renderAssumptions`) and the report's summary of it. */
  readonly appendix: {
    readonly title: (town: string) => string;
    readonly intro: (town: string) => string;
    /** Said in the Japanese appendix only: the reasons written by the project are in English. */
    readonly reasonsLanguage: string;
    readonly counts: (total: number, sourced: number, assumed: number, distinct: number, distinctSourced: number, percent: string) => string;
    readonly optionNumbers: (count: number, assumed: number) => string;
    readonly sectionsTitle: string;
    readonly sectionsNote: string;
    readonly section: string;
    readonly numbers: string;
    readonly sourced: string;
    readonly assumed: string;
    readonly modelCount: (total: number, assumed: number) => string;
    readonly seeAppendix: string;
    readonly csvLink: string;
    /** Replaces the leading `assumption:` of a source. */
    readonly assumptionPrefix: string;
    readonly csv: {
      readonly label: string;
      readonly path: string;
      readonly value: string;
      readonly raw: string;
      readonly kind: string;
      readonly source: string;
    };
    readonly units: {
      readonly perYear: (x: string) => string;
      readonly days: (x: string) => string;
      readonly months: (x: string) => string;
      readonly years: (x: string) => string;
      readonly metres: (x: string) => string;
      readonly times: (x: string) => string;
    };
    readonly distributions: {
      readonly lognormal90: (low: string, high: string) => string;
      readonly uniform: (low: string, high: string) => string;
      readonly triangular: (min: string, mode: string, max: string) => string;
      readonly pert: (min: string, mode: string, max: string) => string;
      readonly exponential: (mean: string) => string;
      readonly bands: (bands: readonly string[]) => string;
      readonly band: (min: string, max: string, share: string) => string;
    };
  };
  /** "How sure are we?": the input-uncertainty section (`machi uncertainty` / `machi sensitivity`). */
  readonly uncertainty: UncertaintyLocale;
}
