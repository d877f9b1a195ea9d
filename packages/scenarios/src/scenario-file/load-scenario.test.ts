import { describe, expect, it } from 'vitest';
import { formatIssues } from '../load/index.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema, type ScenarioInput } from '../schema/index.ts';
import { loadScenario } from './load-scenario.ts';

/** small-town as a JSON file (2-space, one value per line), after `edit`. */
function townJson(edit: (town: ScenarioInput & Record<string, any>) => void = () => {}): string {
  const town = structuredClone(PRESETS['small-town']) as ScenarioInput & Record<string, any>;
  edit(town);
  return JSON.stringify(town, null, 2);
}

/** Every issue of loading `text`, in Japanese then in English. */
function report(text: string, options: { horizonYears?: number } = {}): string {
  const loaded = loadScenario(text, 'town.json', options);
  return loaded.ok ? 'ok' : `${formatIssues(loaded.issues, 'ja')}\n${formatIssues(loaded.issues, 'en')}`;
}

describe('loadScenario: bounds that keep the work finite, each located and with its reason', () => {
  it('the unedited preset loads', () => {
    expect(report(townJson())).toBe('ok');
  });

  // Each of these once validated: 1e308 failures a year spun for ever, 1e308 yen became NaN in `run`,
  // 10^9 IT staff exhausted a worker's heap.
  it('a rate, an amount of yen and a count of staff beyond their bounds', () => {
    const text = townJson((t) => {
      t.systems[0].hardwareFailureAnnualRate = 1e308;
      t.sites[0].annualCostYen = 1e308;
      t.people.itStaff.count = 1e9;
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "town.json:59:16  people.itStaff.count  10000 以下の値を指定してください（1000000000 が指定されました）。1 つずつシミュレーションします
      town.json:525:24  sites[0].annualCostYen  10000000000000 以下の値を指定してください（1e+308 が指定されました）。どの自治体の予算も超える額です（年の合計を 1 円単位まで正確に保つための上限です）
      town.json:1770:36  systems[0].hardwareFailureAnnualRate  365 以下の値を指定してください（1e+308 が指定されました）。1 日 1 件を超えると、検討すべき事故ではなく日常業務です（1 件ずつシミュレーションします）
      town.json:59:16  people.itStaff.count  Must be at most 10000 (got 1000000000): each is simulated one by one
      town.json:525:24  sites[0].annualCostYen  Must be at most 10000000000000 (got 1e+308): beyond any municipality's budget, and it keeps every yen of a year's total exact
      town.json:1770:36  systems[0].hardwareFailureAnnualRate  Must be at most 365 (got 1e+308): more than one a day is routine work, not an incident to weigh, and each is simulated one by one"
    `);
  });

  it('lines of more than 100 routes, and no intensity scatter where regions need one to be calibrated', () => {
    const text = townJson((t) => {
      t.links![0]!.routes = 10_000;
      t.hazards.earthquake.intensitySigma = 0;
    });
    const english = report(text).split('\n').slice(2);
    expect(english).toEqual([
      expect.stringMatching(/ {2}links\[0\]\.routes {2}Must be at most 100 \(got 10000\): each is simulated one by one$/),
      expect.stringMatching(/ {2}hazards\.earthquake\.intensitySigma {2}Must be greater than 0 \(got 0\)$/),
    ]);
  });

  it('a seismic region whose smallest magnitude is not below its largest (once a RangeError in every run)', () => {
    expect(report(townJson((t) => (t.hazards.earthquake.regions[0].minMagnitude = 8.6)))).toMatchInlineSnapshot(`
      "town.json:3048:27  hazards.earthquake.regions[0].minMagnitude  minMagnitude（8.6）は maxMagnitude（7.5）より小さくしてください
      town.json:3048:27  hazards.earthquake.regions[0].minMagnitude  minMagnitude (8.6) must be below maxMagnitude (7.5)"
    `);
  });

  it('a start date outside 2000–2099 and a scripted event past the longest horizon', () => {
    const text = townJson((t) => {
      t.startDate = '0000-01-01';
      t.events = [{ kind: 'lgwanOutage', at: '9999-12-31T00:00' }];
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "town.json:3:16  startDate  日付 "0000-01-01" は 2000-01-01 から 2099-12-31 の範囲外です（Machi が祝日を知っている年の範囲）
      town.json:3:16  startDate  Date "0000-01-01" is outside 2000-01-01 to 2099-12-31: the years whose national holidays Machi knows"
    `);
    expect(report(townJson((t) => (t.startDate = '9999-12-31')))).toContain('town.json:3:16  startDate  Date "9999-12-31" is outside 2000-01-01 to 2099-12-31');
    expect(report(townJson((t) => (t.events = [{ kind: 'lgwanOutage', at: '3027-04-01T00:00' }])))).toContain('events[0].at  Date "3027-04-01T00:00" is outside 2027-04-01 to 3026-');
  });

  it('with the horizon known, a scripted event the run would never reach is an issue at its date', () => {
    const text = townJson((t) => (t.events = [{ kind: 'lgwanOutage', at: '2030-01-01T09:00' }, { kind: 'lgwanOutage', at: '2040-01-01T09:00' }]));
    expect(report(text)).toBe('ok');
    expect(report(text, { horizonYears: 13 })).toBe('ok');
    expect(report(text, { horizonYears: 10 })).toMatchInlineSnapshot(`
      "town.json:7204:13  events[1].at  この事象（2040-01-01T09:00）はシミュレーションする 10 年間（2037-03-29T00:00 まで）の後にあり、起こりません。13 年以上シミュレーションする（--years 13）か、日付を変えてください
      town.json:7204:13  events[1].at  This event (2040-01-01T09:00) comes after the 10 simulated years, which end at 2037-03-29T00:00: it would never happen. Simulate at least 13 years (--years 13), or move it"
    `);
  });

  it('names of one line and texts of bounded length', () => {
    const text = townJson((t) => {
      t.name = 'Town\nInjected heading';
      t.description = 'Paragraph one.\n\nParagraph two.';
      t.sites[0].name = 'x'.repeat(201);
      t.municipality.population = { value: 15_000, source: 's'.repeat(10_001) };
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "town.json:2:11  name  名前は 1 行です。5 文字目の改行またはタブ（U+000A）を取り除いてください
      town.json:8:17  municipality.population.source  10000 文字以下にしてください（現在 10001 文字）。これより長い文章は文書の貼り付けです
      town.json:418:15  sites[0].name  200 文字以下にしてください（現在 201 文字）。名前は短い 1 行です
      town.json:2:11  name  A name is one line: remove the line break or tab (U+000A) at character 5
      town.json:8:17  municipality.population.source  Must be at most 10000 characters long (it has 10001): a longer text is a pasted document
      town.json:418:15  sites[0].name  Must be at most 200 characters long (it has 201): a name is one short line"
    `);
  });

  it('lists of more than 1,000 items and more than 50 variants', () => {
    const text = townJson((t) => {
      t.events = Array.from({ length: 1001 }, () => ({ kind: 'lgwanOutage', at: '2028-01-01T00:00' }));
      t.variants = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`v${i}`, {}]));
    });
    expect(report(text)).toMatchInlineSnapshot(`
      "town.json:5838:15  variants  50 件以下にしてください。比較案はすべての組を比較します
      town.json:6707:13  events  1000 件以下にしてください（現在 1001 件）。自治体では数十件程度で、1 件ずつシミュレーションします
      town.json:5838:15  variants  Must have at most 50 items: every pair of variants is compared
      town.json:6707:13  events  Must have at most 1000 items (it has 1001): a town has tens of these, and each is simulated"
    `);
  });
});

describe('scenarioSchema: a scenario built in a script is held to the same text rules', () => {
  it('a control character in a name is an issue naming it (the loader reports files before the schema)', () => {
    const town = { ...structuredClone(PRESETS['small-town']), name: 'Town\u001b]0;pwned\u0007' };
    const result = scenarioSchema.safeParse(town);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message, (i as { params?: object }).params])).toEqual([
      [['name'], 'controlCharacter', { messageKey: 'controlCharacter', codePoint: 'U+001B', index: 5 }],
    ]);
  });
});

describe('loadScenario: a seismic region that cannot be calibrated is located at its reference site', () => {
  // Once a RangeError in every run (no quake reaches the site), or a runaway rate (almost none does).
  it('a reference site moved far from its region, or with almost no ground amplification', () => {
    const far = townJson((t) => (t.sites[0].location = { latitude: 0, longitude: 0 }));
    expect(report(far)).toMatchInlineSnapshot(`
      "town.json:3061:28  hazards.earthquake.regions[0].referenceSite  震源域 "oshima" の地震は基準地点 "townhall" に震度6弱以上をもたらさないため、30 年確率に合わせられません。震源域の中か近くの基準地点を選ぶか、地点の位置と増幅率を確かめてください
      town.json:3106:28  hazards.earthquake.regions[1].referenceSite  震源域 "pacific-interface" の地震は基準地点 "townhall" に震度6弱以上をもたらさないため、30 年確率に合わせられません。震源域の中か近くの基準地点を選ぶか、地点の位置と増幅率を確かめてください
      town.json:3061:28  hazards.earthquake.regions[0].referenceSite  No earthquake of seismic region "oshima" reaches JMA 6-lower at its reference site "townhall", so its 30-year probability cannot be matched: choose a reference site inside or near the region, or check the site's location and amplification
      town.json:3106:28  hazards.earthquake.regions[1].referenceSite  No earthquake of seismic region "pacific-interface" reaches JMA 6-lower at its reference site "townhall", so its 30-year probability cannot be matched: choose a reference site inside or near the region, or check the site's location and amplification"
    `);
    const damped = townJson((t) => (t.sites[0].siteAmplification = { value: 1e-6, source: 'x' }));
    expect(report(damped)).toMatch(/regions\[0\]\.referenceSite {2}Seismic region "oshima" would need [\d.e+]+ earthquakes a year \(at most 365\)/);
  });
});
