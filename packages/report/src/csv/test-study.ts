import { runMonteCarlo, type MonteCarloResult, type Scenario } from '@machi/scenarios';
import { quietTown, quietTownInput } from '@machi/scenarios/testing';

export { csvRows } from '@machi/scenarios/testing';

/** A small real study for the CSV tests: the quiet test town with frequent leaks, 110 runs × 10 years. */
export async function testStudy(): Promise<{ scenario: Scenario; result: MonteCarloResult }> {
  const input = quietTownInput();
  input.threats.leaks[0]!.annualRate = 2;
  const scenario = quietTown({ threats: input.threats });
  const result = await runMonteCarlo(scenario, { runs: 110, seed: 5, horizonYears: 10, variants: ['onprem', 'cloud'] });
  return { scenario, result };
}
