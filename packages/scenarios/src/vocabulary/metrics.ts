import { ACTIONS, type Action } from '../policy/action.ts';
import { DATA_CLASSES, type DataClass } from '../policy/data-class.ts';

/** What a metric counts, which decides how its numbers are written. */
export type MetricUnit = 'yen' | 'hours' | 'residentHours' | 'persons' | 'count';

/**
 * How a metric's column is kept in a Monte Carlo table: yen in Float64, so that every yen of a year's
 * total survives; everything else in Float32, exact for counts below 2^24 and within 6·10⁻⁸ relative
 * for hours — half the memory.
 */
export type MetricStorage = 'float64' | 'float32';

/** The traits of one per-year metric. */
export interface MetricTraits {
  readonly unit: MetricUnit;
  readonly storage: MetricStorage;
  /**
   * Exceedance curves of the annual total and of the largest single incident of the year, read from
   * the `largest.<largestOf>` column (the annual cost's largest incident is its incident cost: running
   * costs belong to no incident).
   */
  readonly exceedance?: { readonly largestOf: string };
  /**
   * A headline metric: a run with a precision target stops only when its expected annual value is
   * that precise, or its interval's half-width is below this floor (in the metric's unit) — a quantity
   * near zero would otherwise never be "5% precise".
   */
  readonly stoppingFloor?: number;
  /** Also kept per critical service, or per data class, in columns `<metric>.<id>`. */
  readonly breakdown?: 'criticalService' | 'dataClass';
}

/**
 * Every per-year metric of a replication, with its traits, in report order (headline metrics first).
 * The floors are a judgement of what is precise enough for a town's decision: an hour of downtime or
 * of lost updates, ten resident-hours, a person, ten residents whose records were lost, a system lost
 * once a century, ¥100,000.
 *
 * Data lost is two things that never mix: `dataLostHours`, the hours of updates a system lost when it
 * was restored from its newest surviving copy (the time since that copy), summed over the systems
 * (each incident's outcome keeps them per system); and, for a system of which no copy survived,
 * `systemsLost` and `residentsWithRecordsLost` — a whole record has no number of hours.
 *
 * `plannedDowntimeHours` is kept apart from `downtimeHours`: the hours a critical service's counter
 * channel was stopped only by announced maintenance (a window, a server renewal's cutover). An overrun
 * past the announced end is unplanned and counts in `downtimeHours` like any outage.
 *
 * @example
 * METRICS.costYen.unit; // 'yen'
 */
export const METRICS = {
  costYen: { unit: 'yen', storage: 'float64', exceedance: { largestOf: 'incidentCostYen' }, stoppingFloor: 100_000 },
  incidentCostYen: { unit: 'yen', storage: 'float64', exceedance: { largestOf: 'incidentCostYen' } },
  downtimeHours: { unit: 'hours', storage: 'float32', exceedance: { largestOf: 'downtimeHours' }, stoppingFloor: 1, breakdown: 'criticalService' },
  residentHoursWithoutService: { unit: 'residentHours', storage: 'float32', exceedance: { largestOf: 'residentHoursWithoutService' }, stoppingFloor: 10 },
  personsAffected: { unit: 'persons', storage: 'float32', exceedance: { largestOf: 'personsAffected' }, stoppingFloor: 1, breakdown: 'dataClass' },
  dataLostHours: { unit: 'hours', storage: 'float32', exceedance: { largestOf: 'dataLostHours' }, stoppingFloor: 1 },
  systemsLost: { unit: 'count', storage: 'float32', stoppingFloor: 0.01 },
  residentsWithRecordsLost: { unit: 'persons', storage: 'float32', stoppingFloor: 10 },
  runningCostYen: { unit: 'yen', storage: 'float64' },
  residentsWithoutService: { unit: 'persons', storage: 'float32' },
  incidents: { unit: 'count', storage: 'float32' },
  evacuationListUnreachableHours: { unit: 'hours', storage: 'float32' },
  evacuationSupportResidentsUncovered: { unit: 'persons', storage: 'float32' },
  plannedDowntimeHours: { unit: 'hours', storage: 'float32' },
} as const satisfies Readonly<Record<string, MetricTraits>>;

export type Metric = keyof typeof METRICS;

/** Every metric, in report order. */
export const METRIC_IDS = Object.keys(METRICS) as readonly Metric[];

type WithTrait<K extends keyof MetricTraits> = { [M in Metric]: (typeof METRICS)[M] extends Record<K, unknown> ? M : never }[Metric];

/** Metrics with exceedance curves. */
export type ExceedanceMetric = WithTrait<'exceedance'>;
/** Metrics the precision stopping rule waits for. */
export type HeadlineMetric = WithTrait<'stoppingFloor'>;
/** Metrics with a `largest.<metric>` column (the largest single incident of the year). */
export type LargestMetric = (typeof METRICS)[ExceedanceMetric]['exceedance']['largestOf'];

/** The metrics with exceedance curves, in report order. */
export const EXCEEDANCE_METRICS = METRIC_IDS.filter((m): m is ExceedanceMetric => 'exceedance' in METRICS[m]);

/** The headline metrics and their floors, in report order. */
export const HEADLINE_METRICS: readonly { readonly metric: HeadlineMetric; readonly absoluteFloor: number }[] = METRIC_IDS.flatMap((m) => {
  const traits: MetricTraits = METRICS[m];
  return traits.stoppingFloor === undefined ? [] : [{ metric: m as HeadlineMetric, absoluteFloor: traits.stoppingFloor }];
});

/** The metrics kept per largest single incident, each once, in report order. */
export const LARGEST_METRICS: readonly LargestMetric[] = [...new Set(EXCEEDANCE_METRICS.map((m) => METRICS[m].exceedance.largestOf))];

/** An action column counts the incidents of the year that required the action. */
export const ACTION_COLUMN_TRAITS = { unit: 'count', storage: 'float32' } as const satisfies Pick<MetricTraits, 'unit' | 'storage'>;

/**
 * The floor of the stopping rule for an action's annual probability: half a percentage point.
 */
export const ACTION_PROBABILITY_FLOOR = 0.005;

/**
 * One column of a results table, described: a metric; a metric broken down by critical service or by
 * data class; the incidents requiring a response action; or the largest single incident of the year.
 */
export type MetricColumn =
  | { readonly kind: 'metric'; readonly metric: Metric }
  | { readonly kind: 'service'; readonly metric: Metric; readonly service: string }
  | { readonly kind: 'dataClass'; readonly metric: Metric; readonly dataClass: DataClass }
  | { readonly kind: 'action'; readonly action: Action }
  | { readonly kind: 'largest'; readonly metric: LargestMetric };

/**
 * The name of a column in tables, CSV headings and `years` records: `costYen`,
 * `downtimeHours.<service>`, `personsAffected.<dataClass>`, `action.<action>`, `largest.<metric>`.
 *
 * @example
 * columnName({ kind: 'action', action: 'pressConference' }); // 'action.pressConference'
 */
export function columnName(column: MetricColumn): string {
  switch (column.kind) {
    case 'metric':
      return column.metric;
    case 'service':
      return `${column.metric}.${column.service}`;
    case 'dataClass':
      return `${column.metric}.${column.dataClass}`;
    case 'action':
      return `action.${column.action}`;
    case 'largest':
      return `largest.${column.metric}`;
  }
}

const isMetric = (name: string): name is Metric => Object.hasOwn(METRICS, name);

/**
 * The column a name stands for (the inverse of `columnName`). A service id is not checked against a
 * scenario: any id after a metric kept per critical service is taken as one.
 *
 * @throws RangeError for a name that is no column of any scenario.
 * @example
 * metricColumn('personsAffected.myNumber'); // { kind: 'dataClass', metric: 'personsAffected', dataClass: 'myNumber' }
 */
export function metricColumn(name: string): MetricColumn {
  if (isMetric(name)) return { kind: 'metric', metric: name };
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const tail = name.slice(dot + 1);
  if (dot > 0 && tail.length > 0) {
    if (head === 'action' && (ACTIONS as readonly string[]).includes(tail)) return { kind: 'action', action: tail as Action };
    if (head === 'largest' && (LARGEST_METRICS as readonly string[]).includes(tail)) return { kind: 'largest', metric: tail as LargestMetric };
    if (isMetric(head)) {
      const traits: MetricTraits = METRICS[head];
      if (traits.breakdown === 'criticalService') return { kind: 'service', metric: head, service: tail };
      if (traits.breakdown === 'dataClass' && (DATA_CLASSES as readonly string[]).includes(tail)) return { kind: 'dataClass', metric: head, dataClass: tail as DataClass };
    }
  }
  throw new RangeError(`unknown metric column "${name}"`);
}

/** The unit and storage of a column: those of its metric; an action column counts incidents. */
export function columnTraits(column: MetricColumn): Pick<MetricTraits, 'unit' | 'storage'> {
  return column.kind === 'action' ? ACTION_COLUMN_TRAITS : METRICS[column.metric];
}
