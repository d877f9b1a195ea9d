import type { ResolvedScenario } from '../schema/index.ts';
import { columnName } from '../vocabulary/metrics.ts';
import { criticalServices, metricNames } from './metric-names.ts';
import type { Channel, DemandWindow } from './service-demand.ts';

export const HOURS_PER_YEAR = 8760;
/** A simulated month: a twelfth of a simulated year (730 h). */
export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
export const HOURS_PER_DAY = 24;

/**
 * Per-year metric accumulators of one replication: year k covers hours [8760k, 8760(k+1)). Service
 * outages are split at year boundaries; residents who needed a service during the part of an outage in
 * year k count in year k, and wait until the service is back (even if that is in year k+1).
 */
export class YearMetrics {
  readonly names: readonly string[];
  /** The columns with something booked; every other metric is 0 in every year (see `value`). */
  readonly values = new Map<string, Float64Array>();
  private readonly known: ReadonlySet<string>;
  private readonly yearCount: number;
  /** The `downtimeHours.<service>` metric of each critical service, by service index. */
  private readonly criticalDowntime: (string | undefined)[];

  constructor(
    readonly scenario: ResolvedScenario,
    private readonly demandOf: (service: number, channel: Channel) => DemandWindow,
    readonly horizonHours: number,
    names: readonly string[] = metricNames(scenario),
  ) {
    this.yearCount = Math.ceil(horizonHours / HOURS_PER_YEAR);
    this.names = names;
    this.known = new Set(names);
    const critical = new Set(criticalServices(scenario).map((s) => s.id));
    this.criticalDowntime = scenario.services.map((s) => (critical.has(s.id) ? columnName({ kind: 'service', metric: 'downtimeHours', service: s.id }) : undefined));
  }

  /**
   * The column of metric `name`, one value per year, made on first use: a replication books a few of
   * its ~40 metrics. Throws a RangeError for an unknown metric.
   */
  column(name: string): Float64Array {
    let column = this.values.get(name);
    if (!column) {
      if (!this.known.has(name)) throw new RangeError(`unknown metric "${name}"`);
      this.values.set(name, (column = new Float64Array(this.yearCount)));
    }
    return column;
  }

  /** The value of metric `name` in `year` (0 when nothing was booked). */
  value(name: string, year: number): number {
    return this.values.get(name)?.[year] ?? 0;
  }

  get years(): number {
    return Math.ceil(this.horizonHours / HOURS_PER_YEAR);
  }

  /**
   * Adds `amount` to metric `name` in `year`; throws a RangeError for an unknown metric. Adding 0
   * changes nothing (a column starts at +0 and never holds −0), so it makes no column.
   */
  add(name: string, year: number, amount: number): void {
    if (amount === 0) {
      if (!this.known.has(name)) throw new RangeError(`unknown metric "${name}"`);
      return;
    }
    addTo(this.column(name), year, amount);
  }

  /** Books a service outage [from, to) on one channel. */
  serviceDown(service: number, channel: Channel, from: number, to: number): void {
    const demand = this.demandOf(service, channel);
    // An outage still under way at the horizon counts up to it; residents waiting then wait until it ends.
    for (let year = Math.floor(from / HOURS_PER_YEAR); year * HOURS_PER_YEAR < to && year < this.yearCount; year++) {
      const a = Math.max(from, year * HOURS_PER_YEAR);
      const b = Math.min(to, (year + 1) * HOURS_PER_YEAR);
      const requests = demand.requestsBetween(a, b);
      this.add('residentsWithoutService', year, requests);
      this.add('residentHoursWithoutService', year, demand.waitingHoursBetween(a, b) + (to - b) * requests);
      const critical = this.criticalDowntime[service];
      if (channel === 'counter' && critical !== undefined) {
        this.add('downtimeHours', year, b - a);
        this.add(critical, year, b - a);
      }
    }
  }

  /**
   * Books [from, to) in which a service's counter channel was stopped only by planned maintenance: hours
   * of a critical service, split at year boundaries, in `plannedDowntimeHours`. Announced in advance, it
   * leaves no resident without service in the model (they come another day, as outside office hours).
   */
  plannedDown(service: number, from: number, to: number): void {
    if (this.criticalDowntime[service] === undefined) return;
    for (let year = Math.floor(from / HOURS_PER_YEAR); year * HOURS_PER_YEAR < to && year < this.yearCount; year++) {
      this.add('plannedDowntimeHours', year, Math.min(to, (year + 1) * HOURS_PER_YEAR) - Math.max(from, year * HOURS_PER_YEAR));
    }
  }
}

/**
 * The simulated year in which a payment made at `atHours` is counted, for a horizon of `years` years:
 * the year it is paid. Incidents that begin inside the horizon are followed to their end (for at most
 * one more horizon), so some pay after it; such a payment is counted at the same time of the horizon's
 * first years, in place of what incidents begun before year 0 — which a town already running would
 * still be paying — pay then. So every yen of every incident begun in the horizon counts once, and in a
 * stationary scenario every year has the same expected cost: the first is not low for lacking the
 * earlier incidents, nor the last for losing what is paid after it.
 *
 * @example
 * yearPaid(8760 * 10 + 100, 10); // 0: paid 100 h after a 10-year horizon
 */
export function yearPaid(atHours: number, years: number): number {
  return Math.floor(atHours / HOURS_PER_YEAR) % years;
}

/** Adds `amount` to a column's `year`; years outside the horizon are not counted. */
export function addTo(column: Float64Array, year: number, amount: number): void {
  if (year >= 0 && year < column.length) column[year]! += amount;
}
