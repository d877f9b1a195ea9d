import type { Demand } from './demand.ts';

/**
 * The sum of several demands for one service — everyday demand plus any number of surges. Each
 * query adds the parts' answers in the order given, so results are the same on every run.
 *
 * @example
 * const total = new CombinedDemand([everyday, surgeRequests({ calendar, extraRequests: 4_500, fromHours: 50, overDays: 30, channel: 'counter' })]);
 * total.requestsBetween(0, 8760); // everyday.requestsBetween(0, 8760) + 4500
 */
export class CombinedDemand implements Demand {
  readonly parts: readonly Demand[];

  constructor(parts: readonly Demand[]) {
    this.parts = Object.freeze([...parts]);
  }

  requestsBetween(fromHours: number, toHours: number): number {
    let sum = 0;
    for (const part of this.parts) sum += part.requestsBetween(fromHours, toHours);
    return sum;
  }

  waitingHoursBetween(fromHours: number, toHours: number): number {
    let sum = 0;
    for (const part of this.parts) sum += part.waitingHoursBetween(fromHours, toHours);
    return sum;
  }

  rateAt(hours: number): number {
    let sum = 0;
    for (const part of this.parts) sum += part.rateAt(hours);
    return sum;
  }

  /** `CombinedDemand(DemandProfile(counter 30000/yr, 8760h) + SurgeProfile(...))`. */
  toString(): string {
    return `CombinedDemand(${this.parts.map(String).join(' + ')})`;
  }
}
