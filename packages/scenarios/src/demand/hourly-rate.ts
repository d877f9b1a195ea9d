import { OFFICE_CLOSES_AT_HOUR, OFFICE_OPENS_AT_HOUR, type Calendar } from '../calendar/calendar.ts';
import type { Demand, DemandChannel } from './demand.ts';
import { ddAdd, ddDifference } from './double-double.ts';

/**
 * @internal The shared engine of `DemandProfile` and `SurgeProfile`: a rate that is constant over
 * the *open part* of each simulated hour and zero elsewhere. The open part of hour h is
 * [h, h + 1) ∩ [startHours, endHours), further cut, for the counter channel, to 08:30–17:15 of a
 * business day — always one interval, because office hours are one block and simulated hours start
 * at midnight. Storing one mass per hour therefore describes the sub-hour rate exactly (08:30–09:00
 * and 17:00–17:15 included) without a finer grid.
 *
 * Integrals are O(1) from prefix sums of ∫λ and ∫tλ. Both are kept in double-double (hi + lo): a
 * window's ∫tλ is the difference of two prefixes that grow like N·t, and in plain doubles a one-hour
 * window late in a ten-year horizon would lose six digits to cancellation.
 */
export class HourlyRate implements Demand {
  readonly #calendar: Calendar;
  readonly #counter: boolean;
  readonly #startHours: number;
  readonly #endHours: number;
  readonly #firstHour: number;
  readonly #masses: Float64Array;
  readonly #massHi: Float64Array;
  readonly #massLo: Float64Array;
  readonly #momentHi: Float64Array;
  readonly #momentLo: Float64Array;

  /**
   * `masses[i]` is the expected number of requests in hour `floor(startHours) + i`; an hour whose
   * open part is empty must have mass 0. Use `openHours` to weight them.
   */
  constructor(calendar: Calendar, channel: DemandChannel, startHours: number, endHours: number, masses: Float64Array) {
    this.#calendar = calendar;
    this.#counter = channel === 'counter';
    this.#startHours = startHours;
    this.#endHours = endHours;
    this.#firstHour = Math.floor(startHours);
    this.#masses = masses;
    const n = masses.length;
    this.#massHi = new Float64Array(n + 1);
    this.#massLo = new Float64Array(n + 1);
    this.#momentHi = new Float64Array(n + 1);
    this.#momentLo = new Float64Array(n + 1);
    let massHi = 0;
    let massLo = 0;
    let momentHi = 0;
    let momentLo = 0;
    for (let i = 0; i < n; i++) {
      const mass = masses[i];
      if (mass !== 0) {
        if (!this.#open(this.#firstHour + i)) throw new RangeError(`hour ${this.#firstHour + i} is closed but has mass ${mass}`);
        [massHi, massLo] = ddAdd(massHi, massLo, mass);
        [momentHi, momentLo] = ddAdd(momentHi, momentLo, mass * (0.5 * (open[0] + open[1])));
      }
      this.#massHi[i + 1] = massHi;
      this.#massLo[i + 1] = massLo;
      this.#momentHi[i + 1] = momentHi;
      this.#momentLo[i + 1] = momentLo;
    }
  }

  /** Hours of the open part of hour `hour` for a channel inside [startHours, endHours). */
  static openHours(calendar: Calendar, channel: DemandChannel, startHours: number, endHours: number, hour: number): number {
    return openPart(calendar, channel === 'counter', startHours, endHours, hour) ? open[1] - open[0] : 0;
  }

  /** A copy of the masses, one per hour from `floor(startHours)`. */
  masses(): Float64Array {
    return this.#masses.slice();
  }

  requestsBetween(fromHours: number, toHours: number): number {
    checkWindow(fromHours, toHours);
    const x = Math.max(fromHours, this.#startHours);
    const y = Math.min(toHours, this.#endHours);
    if (!(x < y)) return 0;
    const first = Math.ceil(x);
    const last = Math.floor(y);
    if (first > last) return this.#partialRequests(last, x, y);
    let sum = ddDifference(this.#massHi, this.#massLo, first - this.#firstHour, last - this.#firstHour);
    if (x < first) sum += this.#partialRequests(first - 1, x, first);
    if (y > last) sum += this.#partialRequests(last, last, y);
    return sum;
  }

  waitingHoursBetween(fromHours: number, toHours: number): number {
    checkWindow(fromHours, toHours);
    if (!Number.isFinite(toHours)) throw new RangeError(`toHours must be finite to measure waiting, got ${toHours}`);
    const x = Math.max(fromHours, this.#startHours);
    const y = Math.min(toHours, this.#endHours);
    if (!(x < y)) return 0;
    const first = Math.ceil(x);
    const last = Math.floor(y);
    if (first > last) return this.#partialWaiting(last, x, y, toHours);
    const i = first - this.#firstHour;
    const j = last - this.#firstHour;
    // Σ mass·(to − centroid) over whole hours, as to·∫λ − ∫tλ: the window's own magnitudes only.
    let sum = toHours * ddDifference(this.#massHi, this.#massLo, i, j) - ddDifference(this.#momentHi, this.#momentLo, i, j);
    if (x < first) sum += this.#partialWaiting(first - 1, x, first, toHours);
    if (y > last) sum += this.#partialWaiting(last, last, y, toHours);
    return sum;
  }

  rateAt(hours: number): number {
    if (!(hours >= this.#startHours && hours < this.#endHours)) {
      if (Number.isNaN(hours)) throw new RangeError(`hours must be a number, got ${hours}`);
      return 0;
    }
    const hour = Math.floor(hours);
    const mass = this.#masses[hour - this.#firstHour];
    if (mass === 0) return 0;
    this.#open(hour);
    return hours >= open[0] && hours < open[1] ? mass / (open[1] - open[0]) : 0;
  }

  #partialRequests(hour: number, x: number, y: number): number {
    const mass = this.#masses[hour - this.#firstHour];
    if (mass === 0) return 0;
    this.#open(hour);
    const lo = Math.max(x, open[0]);
    const hi = Math.min(y, open[1]);
    return hi > lo ? mass * ((hi - lo) / (open[1] - open[0])) : 0;
  }

  #partialWaiting(hour: number, x: number, y: number, toHours: number): number {
    const mass = this.#masses[hour - this.#firstHour];
    if (mass === 0) return 0;
    this.#open(hour);
    const lo = Math.max(x, open[0]);
    const hi = Math.min(y, open[1]);
    return hi > lo ? mass * ((hi - lo) / (open[1] - open[0])) * (toHours - 0.5 * (lo + hi)) : 0;
  }

  #open(hour: number): boolean {
    return openPart(this.#calendar, this.#counter, this.#startHours, this.#endHours, hour);
  }
}

// The open part of one hour, written by `openPart`: the hot paths allocate nothing.
const open = new Float64Array(2);

/** Sets `open` to the open part of `hour`; returns false when it is empty. */
function openPart(calendar: Calendar, counter: boolean, startHours: number, endHours: number, hour: number): boolean {
  let from = Math.max(hour, startHours);
  let to = Math.min(hour + 1, endHours);
  if (counter) {
    if (calendar.isMunicipalClosedDay(hour)) return false;
    const midnight = Math.floor(hour / 24) * 24;
    from = Math.max(from, midnight + OFFICE_OPENS_AT_HOUR);
    to = Math.min(to, midnight + OFFICE_CLOSES_AT_HOUR);
  }
  open[0] = from;
  open[1] = to;
  return to > from;
}

function checkWindow(fromHours: number, toHours: number): void {
  if (Number.isNaN(fromHours) || Number.isNaN(toHours)) {
    throw new RangeError(`a demand window needs two numbers of hours, got [${fromHours}, ${toHours})`);
  }
}
