import type { ResolvedScenario } from '../schema/index.ts';
import { criticalServices, metricNames } from './metric-names.ts';
import type { Channel, DemandWindow } from './service-demand.ts';

export const HOURS_PER_YEAR = 8760;

/**
 * Per-year metric accumulators of one replication: year k covers hours [8760k, 8760(k+1)). Service
 * outages are split at year boundaries; residents who needed a service during the part of an outage in
 * year k count in year k, and wait until the service is back (even if that is in year k+1).
 */
export class YearMetrics {
  readonly names: string[];
  readonly values: Map<string, Float64Array>;
  private readonly criticalIndex: Map<number, string>;

  constructor(
    readonly scenario: ResolvedScenario,
    private readonly demandOf: (service: number, channel: Channel) => DemandWindow,
    readonly horizonHours: number,
  ) {
    const years = Math.ceil(horizonHours / HOURS_PER_YEAR);
    this.names = metricNames(scenario);
    this.values = new Map(this.names.map((n) => [n, new Float64Array(years)]));
    const critical = new Set(criticalServices(scenario).map((s) => s.id));
    this.criticalIndex = new Map();
    scenario.services.forEach((s, i) => critical.has(s.id) && this.criticalIndex.set(i, s.id));
  }

  get years(): number {
    return Math.ceil(this.horizonHours / HOURS_PER_YEAR);
  }

  add(name: string, year: number, amount: number): void {
    const column = this.values.get(name);
    if (!column) throw new RangeError(`unknown metric "${name}"`);
    if (year >= 0 && year < column.length) column[year]! += amount;
  }

  /** Books a service outage [from, to) on one channel. */
  serviceDown(service: number, channel: Channel, from: number, to: number): void {
    const demand = this.demandOf(service, channel);
    for (let year = Math.floor(from / HOURS_PER_YEAR); year * HOURS_PER_YEAR < to; year++) {
      const a = Math.max(from, year * HOURS_PER_YEAR);
      const b = Math.min(to, (year + 1) * HOURS_PER_YEAR);
      const requests = demand.requestsBetween(a, b);
      this.add('residentsWithoutService', year, requests);
      this.add('residentHoursWithoutService', year, demand.waitingHoursBetween(a, b) + (to - b) * requests);
      const critical = this.criticalIndex.get(service);
      if (channel === 'counter' && critical !== undefined) {
        this.add('downtimeHours', year, b - a);
        this.add(`downtimeHours.${critical}`, year, b - a);
      }
    }
  }
}
