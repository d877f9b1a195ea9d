import { simulate, type IncidentOutcome } from '../model/index.ts';
import type { Scenario } from '../schema/index.ts';
import type { MonteCarloStamp } from './run-monte-carlo.ts';

/** One incident of a Monte Carlo run: the option, the replication and what happened. */
export interface ReplayedIncident {
  readonly variant: string;
  readonly replication: number;
  readonly outcome: IncidentOutcome;
}

/**
 * Every incident of a finished Monte Carlo run, one by one: option by option (in the stamp's order),
 * replication by replication, in order of start. The run's tables keep only yearly totals and each
 * year's largest incident, so the incidents are simulated again from the run's seed — replication k of
 * an option is a pure function of (scenario, option, seed, k), so these are the very incidents the run
 * counted, whatever worker count or shard split computed it. An incident counts in the simulated year it
 * started, as the tables' largest-incident columns do; incidents started after the horizon (while the
 * simulation followed an earlier one to its end) are not listed.
 *
 * A generator: nothing is kept, so memory stays flat however many replications there are, and time is
 * about that of the run on one thread.
 *
 * @example
 * for (const { variant, replication, outcome } of replayIncidents(scenario, result.stamp)) console.log(variant, replication, outcome.costYen);
 */
export function* replayIncidents(
  scenario: Scenario,
  stamp: Pick<MonteCarloStamp, 'variants' | 'seed' | 'runs' | 'horizonYears'>,
): Generator<ReplayedIncident> {
  for (const variant of stamp.variants) {
    for (let replication = 0; replication < stamp.runs; replication++) {
      const { outcomes } = simulate(scenario, { variant, seed: stamp.seed, replication, horizonYears: stamp.horizonYears });
      for (const outcome of outcomes) if (outcome.year < stamp.horizonYears) yield { variant, replication, outcome };
    }
  }
}
