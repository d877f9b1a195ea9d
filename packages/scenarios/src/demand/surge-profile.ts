import type { Calendar } from '../calendar/calendar.ts';
import type { Demand, DemandChannel } from './demand.ts';
import { ddSum } from './double-double.ts';
import { HourlyRate } from './hourly-rate.ts';

export interface SurgeOptions {
  readonly calendar: Calendar;
  /** Requests on top of everyday demand, e.g. 罹災証明書 applications: about 300 per 1,000 residents at 6強+ ([kumamoto-risai-2016]). */
  readonly extraRequests: number;
  /** When the surge begins, simulated hours (any time of day). */
  readonly fromHours: number;
  /** How many days it lasts: the surge covers [fromHours, fromHours + 24·overDays). */
  readonly overDays: number;
  readonly channel: DemandChannel;
}

/**
 * Extra demand after a disaster, spread uniformly over the open time of its window: the office hours
 * in it (counter) or all of it (online). The rate is constant over that open time and zero
 * elsewhere, so the requests over the whole window are exactly `extraRequests` (up to rounding).
 * Queries are O(1) (see `HourlyRate`). Throws a RangeError naming a bad option, or when a counter
 * surge with extra requests meets no office hours at all.
 *
 * @example
 * const surge = new SurgeProfile({ calendar, extraRequests: 4_500, fromHours: 50, overDays: 30, channel: 'counter' });
 * surge.requestsBetween(-Infinity, Infinity); // 4500 (up to rounding)
 */
export class SurgeProfile implements Demand {
  readonly channel: DemandChannel;
  readonly extraRequests: number;
  readonly fromHours: number;
  readonly toHours: number;
  readonly #rate: HourlyRate;

  constructor(options: SurgeOptions) {
    const { calendar, extraRequests, fromHours, overDays, channel } = options;
    if (!(extraRequests >= 0 && extraRequests < Infinity)) throw new RangeError(`extraRequests must be a finite number >= 0, got ${extraRequests}`);
    if (!Number.isFinite(fromHours)) throw new RangeError(`fromHours must be a finite number, got ${fromHours}`);
    if (!(overDays > 0 && overDays < Infinity)) throw new RangeError(`overDays must be a finite number > 0, got ${overDays}`);
    if (channel !== 'counter' && channel !== 'online') throw new RangeError(`channel must be 'counter' or 'online', got ${channel}`);
    this.channel = channel;
    this.extraRequests = extraRequests;
    this.fromHours = fromHours;
    this.toHours = fromHours + 24 * overDays;

    const firstHour = Math.floor(fromHours);
    const open = new Float64Array(Math.ceil(this.toHours) - firstHour);
    for (let i = 0; i < open.length; i++) open[i] = HourlyRate.openHours(calendar, channel, fromHours, this.toHours, firstHour + i);
    const openTotal = ddSum(open);
    if (!(openTotal > 0) && extraRequests > 0) {
      throw new RangeError(`a ${channel} surge over [${fromHours}, ${this.toHours}) hours meets no office hours`);
    }
    const masses = new Float64Array(open.length);
    if (extraRequests > 0) for (let i = 0; i < open.length; i++) masses[i] = (extraRequests * open[i]) / openTotal;
    this.#rate = new HourlyRate(calendar, channel, fromHours, this.toHours, masses);
  }

  /** Expected extra requests in [fromHours, toHours): ∫λ(t)dt. O(1). */
  requestsBetween(fromHours: number, toHours: number): number {
    return this.#rate.requestsBetween(fromHours, toHours);
  }

  /** Resident-hours waiting for service down over [fromHours, toHours): ∫λ(t)(toHours − t)dt. O(1). */
  waitingHoursBetween(fromHours: number, toHours: number): number {
    return this.#rate.waitingHoursBetween(fromHours, toHours);
  }

  /** λ at `hours`, extra requests per hour. */
  rateAt(hours: number): number {
    return this.#rate.rateAt(hours);
  }

  /** `SurgeProfile(counter +4500 over [50h, 770h))`. */
  toString(): string {
    return `SurgeProfile(${this.channel} +${this.extraRequests} over [${this.fromHours}h, ${this.toHours}h))`;
  }
}

/**
 * A surge of `extraRequests` over `overDays` days from `fromHours`; the same as `new SurgeProfile`.
 *
 * @example
 * surgeRequests({ calendar, extraRequests: 4_500, fromHours: 50, overDays: 30, channel: 'counter' }).requestsBetween(50, 770); // 4500
 */
export function surgeRequests(options: SurgeOptions): SurgeProfile {
  return new SurgeProfile(options);
}
