import { DemandProfile, surgeRequests } from '../demand/index.ts';
import type { Calendar } from '../calendar/index.ts';
import type { ServiceSpec } from '../schema/index.ts';
import { MONTH_NAMES } from '../schema/index.ts';

/** What the metrics need from demand: expected requests and waiting hours over a window. */
export interface DemandWindow {
  requestsBetween(fromHours: number, toHours: number): number;
  waitingHoursBetween(fromHours: number, toHours: number): number;
}

export type Channel = 'counter' | 'online';

/** The base demand profiles of every service and channel: costly to build, shared by all replications. */
export function baseDemand(
  services: readonly ServiceSpec[],
  population: number,
  calendar: Calendar,
  horizonHours: number,
): { counter: DemandProfile; online: DemandProfile }[] {
  return services.map((s) => {
    const monthlyMultipliers = MONTH_NAMES.map((m) => s.monthlyMultipliers[m] ?? 1);
    const profile = (channel: Channel) =>
      new DemandProfile({
        calendar,
        annualRequests: (s.demandPer1000ResidentsPerYear[channel] * population) / 1000,
        channel,
        monthlyMultipliers,
        horizonHours,
      });
    return { counter: profile('counter'), online: profile('online') };
  });
}

/**
 * Demand for one service on one channel in one replication: the shared base profile plus the surges
 * (disaster-victim certificates, welfare) that disasters in this replication started.
 */
export class ServiceDemand implements DemandWindow {
  private readonly surges: DemandWindow[] = [];

  constructor(private readonly base: DemandWindow) {}

  addSurge(calendar: Calendar, channel: Channel, extraRequests: number, fromHours: number, overDays: number): void {
    if (extraRequests > 0) this.surges.push(surgeRequests({ calendar, extraRequests, fromHours, overDays, channel }));
  }

  requestsBetween(fromHours: number, toHours: number): number {
    let total = this.base.requestsBetween(fromHours, toHours);
    for (const s of this.surges) total += s.requestsBetween(fromHours, toHours);
    return total;
  }

  waitingHoursBetween(fromHours: number, toHours: number): number {
    let total = this.base.waitingHoursBetween(fromHours, toHours);
    for (const s of this.surges) total += s.waitingHoursBetween(fromHours, toHours);
    return total;
  }
}
