import { describe, expect, it } from 'vitest';
import { formatIssues, loadText } from '../load/index.ts';
import { quietTownInput } from '../testing/index.ts';
import { scenarioSchema } from './scenario.ts';

/** The issues of loading the quiet town with `change` applied, in both languages, without line numbers. */
function issuesOf(change: (input: ReturnType<typeof quietTownInput>) => void): string {
  const input = quietTownInput();
  change(input);
  const result = loadText(scenarioSchema, JSON.stringify(input, null, 2), 'town.json');
  if (result.ok) return 'ok';
  return `${formatIssues(result.issues, 'ja')}\n${formatIssues(result.issues, 'en')}`.replace(/town\.json:\d+:\d+/g, 'town.json');
}

describe("the scenario schema's own issues", () => {
  it('a lognormal range the wrong way round, a decreasing triangle and a multi-AZ housing site are worded, not printed as keys', () => {
    const text = issuesOf((input) => {
      input.systems[0]!.restoreHours = { lognormal90: [48, 2] };
      input.people.vendors[0]!.repairHours = { triangular: [8, 4, 24] };
      input.variants!.housing!.systems!.registry!.deployment = 'multiAz';
    });
    expect(text).toMatchInlineSnapshot(`
      "town.json  people.vendors[0].repairHours.triangular  各値は前の値以上にしてください（8、4、24 が指定されました）
      town.json  systems[0].restoreHours.lognormal90  90% 範囲は 0 < 下限 < 上限 にしてください（48、2 が指定されました）
      town.json  variants.housing.systems.registry.deployment  マルチ AZ 構成には、ゾーンが 2 つ以上あるパブリッククラウドのサイトが必要です（"housing-dc" は該当しません）
      town.json  people.vendors[0].repairHours.triangular  Each value must be at least the one before it (got 8, 4, 24)
      town.json  systems[0].restoreHours.lognormal90  A 90% range needs 0 < low < high (got 48, 2)
      town.json  variants.housing.systems.registry.deployment  A multi-AZ deployment needs a public-cloud site with at least two zones; "housing-dc" is not one"
    `);
  });

  it('a reference to an undefined grid region names the kind of thing in words', () => {
    const text = issuesOf((input) => {
      input.events = [{ kind: 'powerOutage', at: '2027-05-01T09:00', powerRegion: 'kanto' }];
    });
    expect(text).toMatchInlineSnapshot(`
      "town.json  events[0].powerRegion  電力区域 "kanto" は定義されていません（定義済み: "hokkaido"、"tokyo"）
      town.json  events[0].powerRegion  Unknown power region "kanto" (defined: "hokkaido", "tokyo")"
    `);
  });

  it('a value by hosting kind may leave out a kind no site has (a kind added later breaks no file), not one a site has', () => {
    // The quiet town without its public cloud: no site of that kind, so no value for it is needed.
    expect(issuesOf((input) => {
      input.sites = input.sites.filter((site) => site.kind !== 'public-cloud');
      input.links![0]!.to = input.links![0]!.to.filter((to) => to !== 'cloud');
      for (const name of Object.keys(input.variants!)) if (name.startsWith('cloud')) delete input.variants![name];
      for (const system of input.systems) delete system.annualCostYen['public-cloud'];
      delete input.threats.ransomware.encryptProbability['public-cloud'];
    })).toBe('ok');
    const text = issuesOf((input) => {
      delete input.systems[0]!.annualCostYen.onprem;
      delete input.threats.ransomware.encryptProbability.onprem;
    });
    expect(text).toMatchInlineSnapshot(`
      "town.json  systems[0].annualCostYen  ホスティング種別 "onprem" の値がありません（サイト "townhall" がこの種別です）
      town.json  systems[1].annualCostYen  ホスティング種別 "onprem" の値がありません（サイト "townhall" がこの種別です）
      town.json  systems[2].annualCostYen  ホスティング種別 "onprem" の値がありません（サイト "townhall" がこの種別です）
      town.json  systems[3].annualCostYen  ホスティング種別 "onprem" の値がありません（サイト "townhall" がこの種別です）
      town.json  threats.ransomware.encryptProbability  ホスティング種別 "onprem" の値がありません（サイト "townhall" がこの種別です）
      town.json  systems[0].annualCostYen  Missing the value for hosting kind "onprem": site "townhall" is of that kind
      town.json  systems[1].annualCostYen  Missing the value for hosting kind "onprem": site "townhall" is of that kind
      town.json  systems[2].annualCostYen  Missing the value for hosting kind "onprem": site "townhall" is of that kind
      town.json  systems[3].annualCostYen  Missing the value for hosting kind "onprem": site "townhall" is of that kind
      town.json  threats.ransomware.encryptProbability  Missing the value for hosting kind "onprem": site "townhall" is of that kind"
    `);
  });
});
