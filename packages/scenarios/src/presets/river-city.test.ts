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

  it('floods its city hall from the river at 1/2000 (planned-scale breach) and 1/1000 a year and from drains at about 1/7 (their design storm), and nothing else', () => {
    const regions = scenario.hazards.riverFlood!.regions;
    expect(regions.map((r) => [r.id, r.annualRate, Object.keys(r.depthAboveGroundMBySite)])).toEqual([
      ['river-maximum', 0.001, ['city-hall']],
      ['river-planned', 0.0005, ['city-hall']],
      ['inland', 0.14, ['city-hall']],
    ]);
    // The server room is above every drawn depth of the maximum flood's band (0.5–3 m); the generator and the lines are not.
    const hall = scenario.sites.find((s) => s.id === 'city-hall')!;
    expect([hall.floorAboveGroundM, hall.generatorAboveGroundM, hall.lineEntryAboveGroundM]).toEqual([4, 0.5, 0.5]);
  });

  it('counts its sourced and assumed numbers', () => {
    expect(countProvenance(collectProvenance(riverCity))).toMatchInlineSnapshot(`
      {
        "assumed": 161,
        "sourced": 417,
        "total": 578,
      }
    `);
  });

  it('onprem runs every system in the city hall; the other variants move the core systems, the public cloud multi-AZ', () => {
    expect(placement('onprem')).toEqual({ 'city-hall/single': scenario.systems.map((s) => s.id) });
    const office = ['lgwan-mail', 'website'];
    expect(placement('housing')).toEqual({ 'housing-dc/single': [...CORE, 'groupware'], 'city-hall/single': office });
    expect(placement('community-cloud')).toEqual({ 'community-cloud-dc/single': CORE, 'city-hall/single': ['groupware', ...office] });
    expect(placement('public-cloud')).toEqual({ 'gov-cloud/multiAz': CORE, 'city-hall/single': ['groupware', ...office] });
  });

  it('every variant takes the same measures: two routes on the line to its hosting site (on-premises has none), the alternate office, the weekly vault copy', () => {
    const kinds = (v: string) => resolveVariant(scenario, v).measures.map((m) => (m.kind === 'line-routes' ? `${m.kind}:${m.link}:${m.routes}` : m.kind));
    expect(Object.fromEntries(variantIds(scenario).map((v) => [v, kinds(v)]))).toEqual({
      onprem: ['alternate-office', 'backup'],
      housing: ['line-routes:housing-line:2', 'alternate-office', 'backup'],
      'community-cloud': ['line-routes:community-cloud-line:2', 'alternate-office', 'backup'],
      'public-cloud': ['line-routes:gov-cloud-line:2', 'alternate-office', 'backup'],
    });
    const alternate = { alternateOfficeSite: 'alternate-office', alternateOfficeSetupHours: 72 };
    expect(variantIds(scenario).map((v) => resolveVariant(scenario, v).bcp)).toEqual([alternate, alternate, alternate, alternate]);
    // Every core system keeps its weekly offline tape at the vault, wherever it runs.
    for (const v of variantIds(scenario)) {
      for (const s of resolveVariant(scenario, v).systems.filter((s) => CORE.includes(s.id))) {
        expect(s.backups.filter((b) => b.site === 'vendor-vault' && b.offline), `${v}/${s.id}`).toHaveLength(1);
      }
    }
  });

  it('has the hazards of an inland Kanto city: typhoons over Tochigi and Tokyo, fire at the hall and the data centres, packages, maintenance, staff shortage and insider misuse', () => {
    const h = scenario.hazards;
    // 3.0 − 2.8 × (latitude − 31) / 14.5 approaches a year: 1.98 at 36.3°N (佐野), 2.09 at 35.7°N (Tokyo).
    expect(h.typhoon!.regions.map((r) => [r.powerRegion, r.approachAnnualRate])).toEqual([
      ['tochigi', 1.98],
      ['tokyo', 2.09],
    ]);
    expect(h.fire!.sites.map((s) => s.site)).toEqual(['city-hall', 'housing-dc', 'community-cloud-dc', 'community-cloud-backup-dc']);
    expect(h.applicationFailures!.packages[0]!.systems).toEqual(CORE);
    expect(h.maintenance).toBeDefined();
    expect(h.staffShortage!.outbreakAbsentProbability).toBe(0.3);
    expect(scenario.threats.insiderMisuse!.lookups.annualRate).toBe(0.46);
    expect(Object.keys(scenario.costs.hostingCostFactor!)).toEqual(['housing', 'community-cloud', 'public-cloud']);
    expect(scenario.costs.scheduled!.map((c) => [c.id, c.systems])).toEqual([['standardisation-migration', CORE]]);
  });

  it('can misconfigure every hosting kind', () => {
    const ids = scenario.threats.leaks.filter((l) => l.id.endsWith('misconfiguration')).map((l) => l.id);
    expect(ids).toEqual(['cloud-misconfiguration', 'onprem-misconfiguration', 'housing-misconfiguration', 'community-cloud-misconfiguration']);
  });

  it('costs about 3.2億円 a year on-premises (below the 3.6億円 of 3,096円 per resident in the 10–20万 band: its 戸籍, tax, website and hall costs are read from city budgets), every hosting kind written at that cost, its range in costs.hostingCostFactor', () => {
    // What housing adds, the group saves and the government cloud costs after migration are factors drawn
    // per replication (costs.hostingCostFactor), not in these; every variant pays the alternate office.
    expect(Object.fromEntries(variantIds(scenario).map((v) => [v, runningCostYen(resolveVariant(scenario, v))]))).toMatchInlineSnapshot(`
      {
        "community-cloud": 333900000,
        "housing": 350100000,
        "onprem": 317500000,
        "public-cloud": 339100000,
      }
    `);
  });

  it('simulate runs each variant for 2 years with seed 1', () => {
    for (const variant of variantIds(scenario)) expect(simulate(scenario, { variant, seed: 1, horizonYears: 2 }).years).toHaveLength(2);
  });
});
