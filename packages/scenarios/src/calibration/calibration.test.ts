import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema, variantIds } from '../schema/index.ts';
import { citedReferenceIds, REFERENCES } from '../sources/index.ts';
import { observedRate, verdict, verdictWithin } from './compare.ts';
import { CLASS_REPRESENTATION, MUNICIPALITY_CLASSES, type MunicipalityClass } from './municipality-classes.ts';
import { NATIONAL_QUANTITIES } from './national-counts.ts';
import { exactPoissonInterval } from './poisson-interval.ts';
import { calibrate, calibrationScenarios } from './run-calibration.ts';
import { nationalPerReplication, scalingTerms } from './scaling.ts';

const klass = (id: string, bodies: number, meanPopulation: number): MunicipalityClass => ({
  id,
  name: { ja: id, en: id },
  bodies: { value: bodies, source: 'assumption: test' },
  meanPopulation: { value: meanPopulation, source: 'assumption: test' },
});
const share = (value: number) => ({ value, source: 'assumption: test' });

describe('scalingTerms', () => {
  const classes = [klass('big', 10, 30_000), klass('small', 100, 5_000)];
  const representation = {
    big: { preset: 'town', hosting: { onprem: share(0.5), cloud: share(0.5) } },
    small: { preset: 'town', hosting: { onprem: share(1) } },
  };
  const population = { town: 15_000 };

  it('scales per resident by bodies × share × class mean ÷ preset population, merging terms of one run', () => {
    // onprem: 10 × 0.5 × 2 + 100 × 1 × 1/3 = 10 + 33.33…; cloud: 10 × 0.5 × 2 = 10.
    const terms = scalingTerms({ kind: 'perResident' }, classes, representation, population);
    expect(terms.map((t) => t.run.variant)).toEqual(['onprem', 'cloud']);
    expect(terms[0]!.coefficient).toBeCloseTo(10 + 100 / 3, 12);
    expect(terms[1]!.coefficient).toBeCloseTo(10, 12);
  });
  it('scales per town by bodies × share alone', () => {
    const terms = scalingTerms({ kind: 'perTown' }, classes, representation, population);
    expect(terms.map((t) => [t.run.variant, t.coefficient])).toEqual([
      ['onprem', 105],
      ['cloud', 5],
    ]);
  });
  it('counts a national event once and a shared platform\'s event once per platform', () => {
    expect(scalingTerms({ kind: 'national', preset: 'town', variant: 'onprem' }, classes, representation, population)).toEqual([
      { run: { preset: 'town', variant: 'onprem' }, coefficient: 1 },
    ]);
    const platforms = { value: 62, source: 'assumption: test' };
    expect(scalingTerms({ kind: 'perPlatform', preset: 'town', variant: 'cloud', platforms }, classes, representation, population)[0]!.coefficient).toBe(62);
  });
  it('refuses a class nobody represents', () => {
    expect(() => scalingTerms({ kind: 'perTown' }, [klass('lost', 1, 1)], representation, population)).toThrow(/"lost" has no representing preset/);
  });
  it('turns per-replication counts over the horizon into national yearly counts', () => {
    const terms = [
      { run: { preset: 'a', variant: 'x' }, coefficient: 10 },
      { run: { preset: 'b', variant: 'x' }, coefficient: 0.5 },
    ];
    const counts: Record<string, number[]> = { a: [1, 0, 4], b: [20, 10, 0] };
    // Replication 0: (10 × 1 + 0.5 × 20) / 5 years = 4; 1: 5 / 5 = 1; 2: 40 / 5 = 8.
    expect([...nationalPerReplication(terms, (run) => counts[run.preset]!, 3, 5)]).toEqual([4, 1, 8]);
  });
});

describe('observedRate and verdict', () => {
  it('turns a count into a yearly rate with its exact interval', () => {
    const lgwan = observedRate({ events: 1, years: 24.5, window: '', yearBasis: 'calendar', source: '' });
    expect(lgwan.central).toBeCloseTo(1 / 24.5, 12);
    expect(lgwan.low).toBeCloseTo(0.025318 / 24.5, 6);
    expect(lgwan.high).toBeCloseTo(5.5716 / 24.5, 4);
  });
  it('widens the interval by the range of the municipalities\' share', () => {
    const ppc = observedRate({ events: 1951, years: 1, window: '', yearBasis: 'fiscal', localShare: [0.6, 0.9], source: '' });
    const { low, high } = exactPoissonInterval(1951);
    expect(ppc).toEqual({ central: 1951 * 0.75, low: 0.6 * low, high: 0.9 * high, kind: 'range' });
  });
  it('keeps a lower bound open above unless a ceiling is known', () => {
    const found = { events: 2, years: 2, window: '', yearBasis: 'calendar' as const, lowerBound: true as const, source: '' };
    expect(observedRate(found).high).toBeNull();
    expect(observedRate({ ...found, ceilingPerYear: { value: 21, source: '' } }).high).toBe(21);
  });
  it('says within 2×, inside the observed interval, too high or too low', () => {
    const observed = { central: 10, low: 4, high: 30, kind: 'count' as const };
    expect(verdict(5, observed)).toBe('within2x');
    expect(verdict(20, observed)).toBe('within2x');
    expect(verdict(25, observed)).toBe('insideObservedInterval');
    expect(verdict(31, observed)).toBe('tooHigh');
    expect(verdict(3, observed)).toBe('tooLow');
    const bound = { central: 1, low: 0.12, high: 21, kind: 'lowerBound' as const };
    expect(verdict(40, bound)).toBe('withinBounds');
    expect(verdict(43, bound)).toBe('tooHigh');
    expect(verdict(0.05, bound)).toBe('tooLow');
  });
  it('calls a row undetermined, not too low or too high, only when the simulation\'s own interval reaches another verdict', () => {
    const bound = { central: 0.18, low: 0.022, high: null, kind: 'lowerBound' as const };
    // None simulated, but the interval of that zero reaches the observed rate: more replications could find it.
    expect(verdictWithin(0, 0, 5.7, bound)).toBe('undetermined');
    // None simulated and even the interval's high end is below half the observed lower end: truly too low.
    expect(verdictWithin(0, 0, 0.01, bound)).toBe('tooLow');
    const observed = { central: 10, low: 4, high: 30, kind: 'count' as const };
    expect(verdictWithin(31, 29, 33, observed)).toBe('undetermined');
    expect(verdictWithin(31, 30.5, 33, observed)).toBe('tooHigh');
    expect(verdictWithin(20, 1, 100, observed)).toBe('within2x');
  });
});

describe('the class and quantity tables', () => {
  it('cover the 1,741 municipalities (792 cities, 926 towns and villages, 23 wards) and the 2020 population', () => {
    const bodies = (ids: string[]) => MUNICIPALITY_CLASSES.filter((c) => ids.includes(c.id)).reduce((s, c) => s + c.bodies.value, 0);
    expect(bodies(MUNICIPALITY_CLASSES.map((c) => c.id))).toBe(1741);
    expect(bodies(['designated-city', 'core-city', 'former-special-city', 'middle-city', 'small-city'])).toBe(792);
    expect(bodies(['town-10k-plus', 'town-under-10k'])).toBe(926);
    const people = MUNICIPALITY_CLASSES.reduce((s, c) => s + c.bodies.value * c.meanPopulation.value, 0);
    expect(Math.abs(people / 126_146_099 - 1)).toBeLessThan(0.01);
  });
  it('represent every class by a preset variant that exists, with hosting shares adding up to 1', () => {
    for (const c of MUNICIPALITY_CLASSES) {
      const rep = CLASS_REPRESENTATION[c.id]!;
      const variants = variantIds(scenarioSchema.parse(PRESETS[rep.preset]));
      for (const v of Object.keys(rep.hosting)) expect(variants, `${c.id} → ${rep.preset}`).toContain(v);
      expect(Object.values(rep.hosting).reduce((s, h) => s + h.value, 0)).toBeCloseTo(1, 12);
    }
  });
  it('cite only references the project carries', () => {
    const known = new Set(REFERENCES.map((r) => r.id));
    const sources = [
      ...MUNICIPALITY_CLASSES.flatMap((c) => [c.bodies.source, c.meanPopulation.source]),
      ...Object.values(CLASS_REPRESENTATION).flatMap((r) => Object.values(r.hosting).map((h) => h.source)),
      ...NATIONAL_QUANTITIES.flatMap((q) => [q.observed.source, q.observed.ceilingPerYear?.source ?? '']),
    ];
    for (const source of sources) for (const id of citedReferenceIds(source)) expect(known, source).toContain(id);
  });
});

describe('calibrate', () => {
  const scenarios = calibrationScenarios();
  const round = (x: number | null | undefined) => (x === null || x === undefined ? x : Number(x.toPrecision(6)));

  it('pins the table of a small fixed run', async () => {
    const result = await calibrate(scenarios, { runs: 8, seed: 1, horizonYears: 5 });
    expect(result.stamp).toMatchObject({ runs: 8, seed: 1, horizonYears: 5 });
    expect(result.rows.map((r) => [r.id, round(r.observed.central), round(r.simulated?.mean), round(r.simulated?.ciLow), round(r.simulated?.ciHigh), round(r.ratio), r.verdict])).toMatchInlineSnapshot(`
      [
        [
          "ppc-leak-reports-fy2024",
          1463.25,
          2528.97,
          2232.28,
          2825.66,
          1.72833,
          "within2x",
        ],
        [
          "ppc-leak-reports-fy2023",
          869.25,
          2528.97,
          2232.28,
          2825.66,
          2.90937,
          "tooHigh",
        ],
        [
          "my-number-reports-local-fy2017",
          256.5,
          243.616,
          80.1587,
          407.072,
          0.949768,
          "within2x",
        ],
        [
          "my-number-reports-local-fy2016",
          87.4,
          243.616,
          80.1587,
          407.072,
          2.78736,
          "undetermined",
        ],
        [
          "ransomware-municipal-systems",
          1,
          0,
          0,
          66.6101,
          0,
          "undetermined",
        ],
        [
          "lgwan-national-outages",
          0.0408163,
          0.05,
          0.00605523,
          0.180617,
          1.225,
          "within2x",
        ],
        [
          "shared-hosting-outages",
          0.181818,
          0,
          0,
          5.71776,
          0,
          "undetermined",
        ],
        [
          "gov-cloud-tenancy-outages",
          1,
          undefined,
          undefined,
          undefined,
          null,
          "notComparable",
        ],
        [
          "konbini-wrong-issuance",
          2.5,
          0,
          0,
          66.6101,
          0,
          "undetermined",
        ],
        [
          "legal-change-release-defects",
          15,
          43.525,
          2.67875,
          210.695,
          2.90167,
          "withinBounds",
        ],
        [
          "town-halls-flooded",
          0.8,
          0,
          0,
          66.6101,
          0,
          "undetermined",
        ],
        [
          "town-hall-fires",
          0.1,
          0,
          0,
          66.6101,
          0,
          "undetermined",
        ],
      ]
    `);
  });
  it('gives the same result for any block size', async () => {
    const a = await calibrate(scenarios, { runs: 6, seed: 7, horizonYears: 2, blockSize: 4 });
    const b = await calibrate(scenarios, { runs: 6, seed: 7, horizonYears: 2, blockSize: 1 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
  it('refuses a bad run count', async () => {
    await expect(calibrate(scenarios, { runs: 0, seed: 1 })).rejects.toThrow(/runs must be a positive integer/);
  });
});
