import { describe, expect, it } from 'vitest';
import { formatIssues, loadText } from '../load/index.ts';
import { runningCostYen } from '../model/running-cost.ts';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { resolveVariant } from './resolve-variant.ts';
import { scenarioSchema } from './scenario.ts';

type Input = ReturnType<typeof quietTownInput>;
type Measures = NonNullable<NonNullable<Input['variants']>[string]['measures']>;

/** The quiet town with one more variant `m` taking `measures` on top of the cloud placement. */
function withMeasures(measures: Measures, change: (input: Input) => void = () => {}): Input {
  const input = quietTownInput();
  input.variants!.m = { systems: { registry: { site: 'cloud', deployment: 'multiAz' } }, measures };
  change(input);
  return input;
}

function issuesOf(input: Input): string {
  const result = loadText(scenarioSchema, JSON.stringify(input, null, 2), 'town.json');
  if (result.ok) return 'ok';
  return `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`.replace(/town\.json:\d+:\d+/g, 'town.json');
}

const parse = (input: Input) => scenarioSchema.parse(input);

describe('measures of a variant', () => {
  it('resolve into the same overrides as the variant fields they stand for', () => {
    const byField = resolveVariant(quietTown(), 'cloud-two-lines');
    const byMeasure = resolveVariant(parse(withMeasures([{ kind: 'line-routes', link: 'line-dc', routes: 2 }])), 'm');
    expect(byMeasure.links).toEqual(byField.links);
    expect(byMeasure.systems).toEqual(byField.systems);
    expect(byMeasure.measures).toEqual([{ kind: 'line-routes', link: 'line-dc', routes: 2 }]);
  });

  it('set the alternate office, a site generator, fuel resupply, a vendor contract and add a backup copy', () => {
    const scenario = parse(
      withMeasures([
        { kind: 'alternate-office', setupHours: 48, site: 'vault' },
        { kind: 'generator-hours', site: 'townhall', hours: 72, annualCostYen: 300_000 },
        { kind: 'fuel-resupply', afterHours: 24, annualCostYen: 100_000 },
        { kind: 'vendor-contract', vendor: 'vendor-a', contract: 'premium', responseHours: 2, annualCostYen: 2_000_000 },
        { kind: 'backup', systems: ['welfare'], backup: { site: 'vault', intervalHours: 168, offline: true } },
      ]),
    );
    const r = resolveVariant(scenario, 'm');
    expect(r.bcp).toMatchObject({ alternateOfficeSetupHours: 48, alternateOfficeSite: 'vault', fuelResupplyAfterHours: 24 });
    expect(r.sites.find((s) => s.id === 'townhall')!.generatorHours).toBe(72);
    expect(r.people.vendors.find((v) => v.id === 'vendor-a')).toMatchObject({ contract: 'premium', responseHours: 2 });
    expect(r.systems.find((s) => s.id === 'welfare')!.backups.at(-1)).toMatchObject({ site: 'vault', intervalHours: 168, offline: true });
    // The base scenario is untouched.
    expect(scenario.sites.find((s) => s.id === 'townhall')!.generatorHours).not.toBe(72);
  });

  it('reach the running cost once: the yearly cost plus the one-off cost spread over its life; a route at the line cost per route', () => {
    const plain = runningCostYen(resolveVariant(parse(withMeasures([])), 'm'));
    const routed = runningCostYen(resolveVariant(parse(withMeasures([{ kind: 'line-routes', link: 'line-dc', routes: 2 }])), 'm'));
    // The model prices the second route at the line's 500,000 yen a route; the measure adds nothing.
    expect(routed - plain).toBe(500_000);
    const generator = withMeasures([{ kind: 'generator-hours', site: 'townhall', hours: 72, annualCostYen: 300_000, oneOffCostYen: 6_000_000, lifeYears: 15 }]);
    expect(runningCostYen(resolveVariant(parse(generator), 'm')) - plain).toBe(300_000 + 400_000);
  });

  it('naming an unknown link, site, system or vendor, a one-off cost without its life, or setting a field twice are located errors in ja and en', () => {
    const input = withMeasures(
      [
        { kind: 'line-routes', link: 'line-d', routes: 2 },
        { kind: 'generator-hours', site: 'town-hall', hours: 72, oneOffCostYen: 5_000_000 },
        { kind: 'backup', systems: ['registry', 'tax'], backup: { site: 'vault', intervalHours: 168, offline: true } },
        { kind: 'vendor-contract', vendor: 'vendor-b', contract: 'premium', responseHours: 4 },
        { kind: 'line-routes', link: 'line-dc', routes: 3 },
      ],
      (i) => (i.variants!.m!.links = { 'line-dc': { routes: 2 } }),
    );
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      "town.json  variants.m.measures[0].link  回線 "line-d" は定義されていません。"line-dc" のことですか？
      town.json  variants.m.measures[1].lifeYears  一時費用（5000000 円）には、按分する年数 lifeYears が必要です
      town.json  variants.m.measures[1].site  サイト "town-hall" は定義されていません。"townhall" のことですか？
      town.json  variants.m.measures[2].systems[1]  システム "tax" は定義されていません（定義済み: "registry"、"welfare"、"website"、"mail"）
      town.json  variants.m.measures[3].vendor  ベンダー "vendor-b" は定義されていません。"vendor-a" のことですか？
      town.json  variants.m.measures[4]  この対策は "links.line-dc.routes" を設定しますが、ほかの対策か案そのものがすでに設定しています。どちらか一方にしてください
      town.json  variants.m.measures[0].link  Unknown link "line-d". Did you mean "line-dc"?
      town.json  variants.m.measures[1].lifeYears  A one-off cost (5000000 yen) needs lifeYears: the years it is spread over
      town.json  variants.m.measures[1].site  Unknown site "town-hall". Did you mean "townhall"?
      town.json  variants.m.measures[2].systems[1]  Unknown system "tax" (defined: "registry", "welfare", "website", "mail")
      town.json  variants.m.measures[3].vendor  Unknown vendor "vendor-b". Did you mean "vendor-a"?
      town.json  variants.m.measures[4]  This measure sets "links.line-dc.routes", which another measure or the variant itself already sets: keep one"
    `);
  });

  it('an unknown kind names the kinds there are', () => {
    const input = withMeasures([{ kind: 'sandbags' } as never]);
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      "town.json  variants.m.measures[0].kind  "line-routes"、"alternate-office"、"backup"、"generator-hours"、"fuel-resupply"、"vendor-contract" のいずれかを指定してください（文字列 "sandbags" が指定されました）
      town.json  variants.m.measures[0].kind  Expected one of "line-routes", "alternate-office", "backup", "generator-hours", "fuel-resupply", "vendor-contract", but got the string "sandbags""
    `);
  });
});
