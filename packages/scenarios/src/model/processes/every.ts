import type { RandomStream } from '@machi/sim-core';
import type { Vendor } from '../../schema/index.ts';
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

/**
 * `every` for each of the scenario's vendors, at `annualRate(vendor)`, drawing from the vendor's own
 * stream `vendor.<id>.<name>` — keyed by the vendor alone, so that every town simulated with the same
 * seed meets the same vendor events.
 */
export function everyVendor(town: Town, name: string, annualRate: (vendor: Vendor) => number, fire: (vendor: Vendor) => void): void {
  for (const vendor of town.scenario.people.vendors) {
    every(town, annualRate(vendor), town.streams.get(`vendor.${vendor.id}.${name}`), () => fire(vendor));
  }
}
