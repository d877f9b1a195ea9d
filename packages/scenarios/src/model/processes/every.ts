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
  // Named after its stream, so that an error or a runaway names the arrivals: `Callback(arrivals leak.mis-sending)`.
  Object.defineProperty(next, 'name', { value: `arrivals ${stream.name}` });
  town.env.schedule(gap.sample(stream), next);
}

/** Whether a site is run by the town (its own room or housed racks) rather than by a cloud operator. */
export const townRun = (kind: string): boolean => kind === 'onprem' || kind === 'housing';
