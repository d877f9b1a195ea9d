import type { RandomStreams } from '@machi/sim-core';
import type { Calendar } from '../calendar/index.ts';
import type { QuantitySpec, ResolvedScenario } from '../schema/index.ts';
import { valueForKind } from '../schema/by-hosting-kind.ts';
import { getOrThrow } from './by-id.ts';
import { HOURS_PER_YEAR } from './year-metrics.ts';

/**
 * The scheduled one-off costs (`costs.scheduled`) of one replication, by simulated year: each listed
 * system pays its hosting kind's amount (drawn from `cost.scheduled.<id>`, one draw per system in list
 * order), in the year its date falls in. A date beyond the horizon is not counted. Deterministic.
 *
 * @example
 * scheduledCostsByYear(scenario, calendar, 10, streams, sample); // [150000000, 0, 0, …]
 */
export function scheduledCostsByYear(
  scenario: ResolvedScenario,
  calendar: Calendar,
  horizonYears: number,
  streams: RandomStreams,
  sample: (spec: QuantitySpec, stream: ReturnType<RandomStreams['get']>) => number,
): number[] {
  const years = Array.from({ length: horizonYears }, () => 0);
  const sites = new Map(scenario.sites.map((s) => [s.id, s]));
  for (const cost of scenario.costs.scheduled ?? []) {
    const year = Math.floor(calendar.hoursAt(cost.at) / HOURS_PER_YEAR);
    if (year < 0 || year >= horizonYears) continue;
    const stream = streams.get(`cost.scheduled.${cost.id}`);
    for (const id of cost.systems) {
      const system = scenario.systems.find((s) => s.id === id);
      if (!system) throw new RangeError(`scheduled cost "${cost.id}": unknown system "${id}"`);
      const kind = getOrThrow(sites, system.site, 'site').kind;
      years[year]! += sample(valueForKind(cost.yenPerSystem, kind), stream);
    }
  }
  return years;
}
