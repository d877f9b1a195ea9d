import { describe, expect, it } from 'vitest';
import { resolveVariant, scenarioSchema, variantIds } from '../schema/index.ts';
import { runningCostYen, simulate } from '../model/index.ts';
import { collectProvenance, countProvenance } from './provenance.ts';
import { riverCity } from './river-city.ts';

const scenario = scenarioSchema.parse(riverCity);
const CORE = ['resident-registry', 'family-register', 'residential-tax', 'national-health-insurance', 'long-term-care', 'welfare', 'public-assistance', 'child-allowance'];
/** Where each system runs in a variant, grouped: `site/deployment` → system ids. */
const placement = (variant: string) => {
  const groups: Record<string, string[]> = {};
  for (const s of resolveVariant(scenario, variant).systems) (groups[`${s.site}/${s.deployment}`] ??= []).push(s.id);
  return groups;
};

describe('riverCity', () => {
  it('is an inland city of 115,000 (佐野市, 2020 census) with eleven IT staff, no coast, no volcano and no snow', () => {
    expect(scenario.municipality).toMatchObject({ population: 115000, coast: false });
    expect(scenario.people.itStaff.count).toBe(11);
    expect(scenario.sites.every((s) => !s.coastal)).toBe(true);
    expect(scenario.hazards.volcano).toBeUndefined();
    expect(scenario.hazards.heavySnow).toBeUndefined();
  });

  it('floods its city hall from the river at 1/100 and 1/1000 a year and from drains at 1/10, and nothing else', () => {
    const regions = scenario.hazards.riverFlood!.regions;
    expect(regions.map((r) => [r.id, r.annualRate, Object.keys(r.depthAboveGroundMBySite)])).toEqual([
      ['river-maximum', 0.001, ['city-hall']],
      ['river-planned', 0.01, ['city-hall']],
      ['inland', 0.1, ['city-hall']],
    ]);
    // The server room is above every drawn depth of the maximum flood's band (0.5–3 m); the generator and the lines are not.
    const hall = scenario.sites.find((s) => s.id === 'city-hall')!;
    expect([hall.floorAboveGroundM, hall.generatorAboveGroundM, hall.lineEntryAboveGroundM]).toEqual([4, 0.5, 0.5]);
  });

  it('counts its sourced and assumed numbers', () => {
    expect(countProvenance(collectProvenance(riverCity))).toMatchInlineSnapshot(`
      {
        "assumed": 384,
        "sourced": 95,
        "total": 479,
      }
    `);
  });

  it('onprem runs every system in the city hall; the other variants move the core systems, the public cloud multi-AZ over two routes', () => {
    expect(placement('onprem')).toEqual({ 'city-hall/single': scenario.systems.map((s) => s.id) });
    const office = ['lgwan-mail', 'website'];
    expect(placement('housing')).toEqual({ 'housing-dc/single': [...CORE, 'groupware'], 'city-hall/single': office });
    expect(placement('community-cloud')).toEqual({ 'community-cloud-dc/single': CORE, 'city-hall/single': ['groupware', ...office] });
    expect(placement('public-cloud')).toEqual({ 'gov-cloud/multiAz': CORE, 'city-hall/single': ['groupware', ...office] });
    expect(resolveVariant(scenario, 'public-cloud').links.find((l) => l.id === 'gov-cloud-line')?.routes).toBe(2);
  });

  it('costs about 3.6億円 a year on-premises (3,096円 per resident in the 10–20万 band)', () => {
    expect(Object.fromEntries(variantIds(scenario).map((v) => [v, runningCostYen(resolveVariant(scenario, v))]))).toMatchInlineSnapshot(`
      {
        "community-cloud": 304000000,
        "housing": 379800000,
        "onprem": 356200000,
        "public-cloud": 476600000,
      }
    `);
  });

  it('simulate runs each variant for 2 years with seed 1', () => {
    for (const variant of variantIds(scenario)) expect(simulate(scenario, { variant, seed: 1, horizonYears: 2 }).years).toHaveLength(2);
  });
});
