import type { RandomStream } from '@machi/sim-core';
import type { Town } from '../town.ts';

/**
 * Calls `fire` at the arrivals of a Poisson process of `annualRate` per year, drawing inter-arrival
 * times from `stream` (one uniform each). Uses scheduled callbacks, not processes: most arrivals in a
 * Monte Carlo run are cheap (a leak, a fault) and there are many of them.
 */
export function every(town: Town, annualRate: number, stream: RandomStream, fire: () => void): void {
  if (!(annualRate > 0)) return;
  const gap = town.prepared.interArrival(annualRate);
  const next = () => {
    if (town.env.now >= town.horizonHours) return;
    fire();
    town.env.schedule(gap.sample(stream), next);
  };
  town.env.schedule(gap.sample(stream), next);
}
