import { describe, expect, it } from 'vitest';
import { EventLimitError, log1p } from '@machi/sim-core';
import { Calendar } from '../calendar/index.ts';
import type { ScenarioInput } from '../schema/index.ts';
import { MAX_EVENTS_PER_YEAR, simulate } from './simulate.ts';
import { quietTown, quietTownInput } from '../testing/index.ts';

/** The quiet town with its random processes switched on. */
function busyInput(): ScenarioInput {
  const input = quietTownInput();
  input.hazards.earthquake.regions = [
    {
      id: 'oshima',
      center: { latitude: 42.1, longitude: 140.6 },
      radiusKm: 200,
      depthKm: 20,
      minMagnitude: 5,
      maxMagnitude: 8.5,
      bValue: 0.9,
      referenceSite: 'townhall',
      probability30yJma6Lower: 0.3,
      offshoreShare: 0.5,
    },
  ];
  input.hazards.earthquake.intensitySigma = 0.4;
  input.hazards.heavySnow!.annualRate = 2;
  input.hazards.power.regionalOutageAnnualRate = 0.5;
  input.threats.ransomware.annualRate = 0.05;
  input.threats.leaks[0]!.annualRate = 2;
  input.providers.cloud.zoneOutageAnnualRatePerZone = 0.5;
  input.systems.forEach((s) => (s.hardwareFailureAnnualRate = 0.1));
  // Lines that quakes and snow do cut, so variants with more routes draw for more routes.
  input.links![0]!.quakeFragility = { medianJmaIntensity: 5.0, beta: 0.4 };
  input.hazards.heavySnow!.lineCutProbability = 0.3;
  return input;
}

const busy = (changes: Partial<ScenarioInput> = {}) => quietTown({ ...busyInput(), ...changes });

describe('simulate', () => {
  const scenario = busy();

  it('the same scenario, seed and replication give identical results', () => {
    const a = simulate(scenario, { variant: 'onprem', seed: 7, replication: 3, horizonYears: 5 });
    const b = simulate(busy(), { variant: 'onprem', seed: 7, replication: 3, horizonYears: 5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.outcomes.length).toBeGreaterThan(5);
  });

  it('different seeds or replications give different years', () => {
    const a = simulate(scenario, { variant: 'onprem', seed: 7, horizonYears: 5 });
    expect(JSON.stringify(simulate(scenario, { variant: 'onprem', seed: 8, horizonYears: 5 }).hazardEvents)).not.toBe(JSON.stringify(a.hazardEvents));
    expect(JSON.stringify(simulate(scenario, { variant: 'onprem', seed: 7, replication: 1, horizonYears: 5 }).hazardEvents)).not.toBe(JSON.stringify(a.hazardEvents));
  });

  it('the variants of one replication see the same hazard events (common random numbers)', () => {
    // cloud-two-lines has a second route: its extra cut draws must not shift the later hazards.
    let quakes = 0;
    let storms = 0;
    for (let replication = 0; replication < 4; replication++) {
      const events = ['onprem', 'cloud', 'housing', 'cloud-two-lines'].map((variant) =>
        simulate(scenario, { variant, seed: 11, replication, horizonYears: 10 }).hazardEvents,
      );
      quakes += events[0]!.filter((e) => e.kind === 'earthquake').length;
      storms += events[0]!.filter((e) => e.kind === 'heavySnow').length;
      for (const other of events.slice(1)) expect(other).toEqual(events[0]);
    }
    expect(quakes).toBeGreaterThan(3);
    expect(storms).toBeGreaterThan(3);
  });

  it('a population ×100 changes no event count', () => {
    const input = busyInput();
    const big = busy({ municipality: { ...input.municipality, population: 1_000_000 } });
    const a = simulate(scenario, { variant: 'onprem', seed: 5, horizonYears: 10 });
    const b = simulate(big, { variant: 'onprem', seed: 5, horizonYears: 10 });
    expect(b.hazardEvents).toEqual(a.hazardEvents);
    expect(b.outcomes.map((o) => [o.cause, o.startHours])).toEqual(a.outcomes.map((o) => [o.cause, o.startHours]));
    expect(b.years.map((y) => y.incidents)).toEqual(a.years.map((y) => y.incidents));
  });

  it('returns one record per simulated year with every metric', () => {
    const r = simulate(scenario, { variant: 'onprem', seed: 1, horizonYears: 3 });
    expect(r.years).toHaveLength(3);
    expect(r.years[0]!.costYen).toBeCloseTo(r.years[0]!.runningCostYen + r.years[0]!.incidentCostYen, 6);
    expect(Object.keys(r.years[0]!)).toContain('downtimeHours.certificates');
  });

  it('rejects an unknown variant and a bad horizon', () => {
    expect(() => simulate(scenario, { variant: 'nope', seed: 1 })).toThrow('unknown variant "nope"; known: onprem, cloud, cloud-single, housing, cloud-two-lines');
    expect(() => simulate(scenario, { seed: 1, horizonYears: 0 })).toThrow('horizonYears must be an integer from 1 to 1000, got 0');
  });

  it('the trace lists what happened in order of time', () => {
    const r = simulate(scenario, { variant: 'onprem', seed: 7, horizonYears: 5, trace: true });
    const times = r.trace!.map((t) => t.atHours);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(r.trace!.length).toBeGreaterThan(r.outcomes.length);
  });
});

describe('hazard rates against theory', () => {
  it('the town hall feels JMA 6弱 or more at the rate implied by the 30-year probability', () => {
    // λ = −ln(1 − 0.3)/30 = 0.011889 per year; over 20,000 simulated years the count is Poisson with
    // mean 237.8, so a 99.9% interval is ± 3.29·√237.8 ≈ ± 51.
    const input = busyInput();
    const scenarioQuakesOnly = quietTown({ hazards: { ...quietTownInput().hazards, earthquake: input.hazards.earthquake } });
    let count = 0;
    for (let replication = 0; replication < 200; replication++) {
      const r = simulate(scenarioQuakesOnly, { variant: 'onprem', seed: 2027, replication, horizonYears: 100 });
      count += r.hazardEvents.filter((e) => e.kind === 'earthquake' && e.intensityBySite!.townhall! >= 5.5).length;
    }
    const expected = (-log1p(-0.3) / 30) * 20_000;
    expect(Math.abs(count - expected)).toBeLessThan(3.29 * Math.sqrt(expected));
  });

  it('heavy snow falls only in its months, at its seasonal rate', () => {
    // 2 events per season × 500 seasons = 1,000; 99.9% Poisson interval ± 3.29·√1000 ≈ ± 104.
    const input = quietTownInput();
    input.hazards.heavySnow!.annualRate = 2;
    const scenarioSnow = quietTown({ hazards: input.hazards });
    const months: number[] = [];
    for (let replication = 0; replication < 5; replication++) {
      const r = simulate(scenarioSnow, { variant: 'onprem', seed: 3, replication, horizonYears: 100 });
      const calendar = new Calendar('2027-04-01');
      for (const e of r.hazardEvents) if (e.kind === 'heavySnow') months.push(calendar.monthAt(e.atHours));
    }
    expect(new Set(months)).toEqual(new Set([12, 1, 2]));
    expect(Math.abs(months.length - 1000)).toBeLessThan(104);
  });

  // Without the guard this run never ends: the test's own timeout would fail it.
  it('a runaway arrival rate stops with an EventLimitError in its first simulated year, naming what was due', () => {
    const runaway = busy();
    // Past the schema's bound, as a script building a scenario by hand can still pass it.
    runaway.systems[0]!.hardwareFailureAnnualRate = 1e300;
    let error: unknown;
    try {
      simulate(runaway, { variant: 'onprem', seed: 1, horizonYears: 100 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventLimitError);
    expect(error).toMatchObject({ limit: MAX_EVENTS_PER_YEAR, time: expect.any(Number) });
    expect((error as EventLimitError).time).toBeLessThan(1);
    expect((error as EventLimitError).subject).toMatch(/^(Callback\(arrivals hardware\.registry\)|Process\(.*registry.*\))$/);
  });
});
