import type { Calendar } from '../calendar/calendar.ts';
import type { Demand, DemandChannel } from './demand.ts';
import { ddSum } from './double-double.ts';
import { HourlyRate } from './hourly-rate.ts';

export interface DemandProfileOptions {
  readonly calendar: Calendar;
  /** Expected requests over the first simulated year [0, 8760) hours, e.g. 30,000 certificates ([narashino-certificates-2017]). */
  readonly annualRequests: number;
  readonly channel: DemandChannel;
  /** Relative demand in January..December (12 numbers ≥ 0, default all 1), e.g. March 1.6 at fiscal-year end. */
  readonly monthlyMultipliers?: readonly number[];
  /** Hours from 0 over which the rate is tabulated; outside [0, horizonHours) it is 0. */
  readonly horizonHours: number;
}

const HOURS_PER_SIMULATED_YEAR = 8760;

/**
 * The everyday demand for one resident service as a rate λ(t) in requests per hour. Counter demand
 * arrives only in office hours (08:30–17:15 of business days, see `Calendar`), uniformly within
 * them; online demand arrives uniformly at every hour. Either is scaled by the month's multiplier.
 *
 * λ is normalised once so that the expected requests over the first simulated year [0, 8760) equal
 * `annualRequests`. Later years follow the same rate function — the same requests per open hour in
 * the same month — so their totals differ only by their calendar: a year with more business days or
 * more office hours in a busy month has more counter requests; online totals are the same every
 * 8760 hours when no multiplier changes between the years.
 *
 * The rate is exact on sub-hour pieces: the hours holding 08:30 and 17:15 carry mass for their open
 * part only, and the integrals treat it as uniform over that part (`HourlyRate`). Building costs
 * O(horizon) and about 40 bytes per hour; every query afterwards is O(1). Deterministic. Throws a
 * RangeError naming a bad option.
 *
 * @example
 * const demand = new DemandProfile({ calendar: new Calendar('2027-04-01'), annualRequests: 30_000, channel: 'counter', horizonHours: 8760 });
 * demand.requestsBetween(0, 24); // 123.966... = 30,000 / 242 business days
 */
export class DemandProfile implements Demand {
  readonly channel: DemandChannel;
  readonly annualRequests: number;
  readonly horizonHours: number;
  readonly monthlyMultipliers: readonly number[];
  readonly #rate: HourlyRate;

  constructor(options: DemandProfileOptions) {
    const { calendar, annualRequests, channel, horizonHours } = options;
    const multipliers = options.monthlyMultipliers ?? new Array<number>(12).fill(1);
    if (!(annualRequests >= 0 && annualRequests < Infinity)) {
      throw new RangeError(`annualRequests must be a finite number >= 0, got ${annualRequests}`);
    }
    if (channel !== 'counter' && channel !== 'online') throw new RangeError(`channel must be 'counter' or 'online', got ${channel}`);
    if (!(horizonHours > 0 && horizonHours < Infinity)) throw new RangeError(`horizonHours must be a finite number > 0, got ${horizonHours}`);
    if (multipliers.length !== 12 || !multipliers.every((m) => m >= 0 && m < Infinity)) {
      throw new RangeError(`monthlyMultipliers must be 12 finite numbers >= 0, got [${multipliers.join(', ')}]`);
    }
    this.channel = channel;
    this.annualRequests = annualRequests;
    this.horizonHours = horizonHours;
    this.monthlyMultipliers = Object.freeze([...multipliers]);

    const hours = Math.ceil(horizonHours);
    const weights = new Float64Array(hours);
    const yearWeights = new Float64Array(HOURS_PER_SIMULATED_YEAR);
    for (let hour = 0; hour < Math.max(hours, HOURS_PER_SIMULATED_YEAR); hour++) {
      const open = HourlyRate.openHours(calendar, channel, 0, Infinity, hour);
      const weight = open === 0 ? 0 : multipliers[calendar.monthAt(hour) - 1] * open;
      if (hour < HOURS_PER_SIMULATED_YEAR) yearWeights[hour] = weight;
      if (hour + 1 <= horizonHours) weights[hour] = weight;
      else if (hour < hours && open !== 0) {
        weights[hour] = multipliers[calendar.monthAt(hour) - 1] * HourlyRate.openHours(calendar, channel, 0, horizonHours, hour);
      }
    }
    // Summed in double-double so the first year holds annualRequests to the last bit or two.
    const yearWeight = ddSum(yearWeights);
    if (!(yearWeight > 0) && annualRequests > 0) {
      throw new RangeError(`${channel} demand has no open hour with a multiplier > 0 in the first simulated year`);
    }
    const masses = new Float64Array(hours);
    if (annualRequests > 0) for (let hour = 0; hour < hours; hour++) masses[hour] = (annualRequests * weights[hour]) / yearWeight;
    this.#rate = new HourlyRate(calendar, channel, 0, horizonHours, masses);
  }

  /** Expected requests in [fromHours, toHours) within the horizon: ∫λ(t)dt. O(1). */
  requestsBetween(fromHours: number, toHours: number): number {
    return this.#rate.requestsBetween(fromHours, toHours);
  }

  /**
   * Resident-hours without service if the service is down over [fromHours, toHours) and every
   * resident who needed it meanwhile waits until toHours: ∫λ(t)(toHours − t)dt, with λ = 0 outside
   * the horizon (toHours itself is not clamped). O(1); toHours must be finite.
   */
  waitingHoursBetween(fromHours: number, toHours: number): number {
    return this.#rate.waitingHoursBetween(fromHours, toHours);
  }

  /** λ at `hours`, requests per hour (0 outside open hours and the horizon). */
  rateAt(hours: number): number {
    return this.#rate.rateAt(hours);
  }

  /** Expected requests in each hour [h, h + 1) of the horizon (a copy). */
  hourlyRequests(): Float64Array {
    return this.#rate.masses();
  }

  /** `DemandProfile(counter 30000/yr, 8760h)`. */
  toString(): string {
    return `DemandProfile(${this.channel} ${this.annualRequests}/yr, ${this.horizonHours}h)`;
  }
}
