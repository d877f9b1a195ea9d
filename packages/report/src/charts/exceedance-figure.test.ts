import type { MonteCarloResult } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { exceedanceFigure, type ExceedanceFigureData } from './exceedance-figure.ts';
import { dataValues, handBuiltResult, handBuiltScenario, texts } from './test-support.ts';

const result = handBuiltResult();

const asDrawn = (points: MonteCarloResult['variants'][number]['exceedance'][string]['aep']) =>
  points.map((p) => ({ probability: p.exceedanceProbability, value: p.value, low: p.ciLow, high: p.ciHigh }));

describe('exceedanceFigure', () => {
  it("exceedanceFigure(result, { curve: 'aep' }) draws every AEP point of every variant, as the result holds them", () => {
    const figure = exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'en' });
    const data = dataValues(figure.toSVG()) as ExceedanceFigureData;
    expect(data).toEqual(figure.data);
    expect(data.metric).toBe('costYen');
    expect(data.curve).toBe('aep');
    expect(data.variants.map((v) => v.id)).toEqual(['onprem', 'housing', 'cloud']);
    result.variants.forEach((v, i) => expect(data.variants[i]!.points).toEqual(asDrawn(v.exceedance.costYen!.aep)));
    expect(data.variants[0]!.points.at(-1)!.probability).toBe(0.01);
  });

  it("exceedanceFigure(result, { curve: 'oep' }) draws the largest single incident's curve", () => {
    const figure = exceedanceFigure(result, { metric: 'downtimeHours', curve: 'oep', lang: 'ja' });
    const data = dataValues(figure.toSVG()) as ExceedanceFigureData;
    result.variants.forEach((v, i) => expect(data.variants[i]!.points).toEqual(asDrawn(v.exceedance.downtimeHours!.oep)));
    expect(figure.id).toBe('oep-downtimeHours');
    expect(figure.title).toBe('発生超過確率（OEP・最大の単一インシデント）：重要業務の延べ停止時間');
  });

  it('the probability axis reads 1/10 per year and 1/100 per year (1/100年 in Japanese), never 10m or another SI prefix', () => {
    const en = texts(exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'en' }).toSVG());
    const ja = texts(exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja' }).toSVG());
    expect(en).toEqual(expect.arrayContaining(['every year', '1/10 per year', '1/100 per year', 'annual probability of exceedance']));
    expect(ja).toEqual(expect.arrayContaining(['毎年', '1/10年', '1/100年', '年超過確率']));
    for (const text of [...en, ...ja]) expect(text).not.toMatch(/\d+(m|µ|k|M|G)\b/);
  });

  it('a value axis whose positive values span more than two decades is logarithmic, with yen as 100万円 … 1億円', () => {
    const figure = exceedanceFigure(result, { metric: 'incidentCostYen', curve: 'aep', lang: 'ja' });
    expect((figure.data as ExceedanceFigureData).valueScale).toBe('log');
    expect(texts(figure.toSVG())).toEqual(expect.arrayContaining(['100万円', '1,000万円', '1億円']));
    // The annual cost always includes the running cost: less than two decades, a linear axis in 億円.
    const cost = exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja' });
    expect((cost.data as ExceedanceFigureData).valueScale).toBe('linear');
    expect(texts(cost.toSVG()).filter((t) => t.endsWith('億円')).length).toBeGreaterThan(2);
  });

  it('thresholds at return periods of 10 and 100 years and at a value are drawn as labelled lines', () => {
    const figure = exceedanceFigure(result, {
      metric: 'costYen',
      curve: 'aep',
      lang: 'ja',
      thresholds: [{ returnPeriodYears: 10 }, { returnPeriodYears: 100 }, { value: 3e8, label: '予算上限' }],
    });
    const svg = figure.toSVG();
    expect([...svg.matchAll(/class="threshold"/g)]).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['10年に1度程度', '100年に1度程度', '予算上限']));
    expect((figure.data as ExceedanceFigureData).thresholds).toEqual([
      { returnPeriodYears: 10, probability: 0.1, label: '10年に1度程度' },
      { returnPeriodYears: 100, probability: 0.01, label: '100年に1度程度' },
      { value: 3e8, label: '予算上限' },
    ]);
  });

  it('the description says in words what is drawn, with the values at the rarest probability drawn', () => {
    const figure = exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'en', scenario: handBuiltScenario() });
    expect(figure.description).toMatchInlineSnapshot(`"Annual exceedance curves (AEP, annual total) of annual cost (running + incidents) for 3 variants (Town-hall server room, Housing, Government cloud): each line gives the annual total exceeded with the probability per year on the vertical axis (log scale); hatched bands are 95% intervals. At 1/100 per year: Town-hall server room ¥450 million, Housing ¥370 million, Government cloud ¥310 million."`);
    expect(exceedanceFigure(result, { metric: 'downtimeHours', curve: 'oep', lang: 'ja' }).description).toMatchInlineSnapshot(`"重要業務の延べ停止時間の発生超過確率曲線（OEP、その年最大の単一インシデント）を3案（庁舎内設置（オンプレミス）、ハウジング（データセンター）、cloud）について示す。各線は縦軸の年確率（対数目盛）で超える最大インシデントの規模、網掛けは95%区間。1/100年の値：庁舎内設置（オンプレミス） 960時間（40日）、ハウジング（データセンター） 480時間（20日）、cloud 192時間（8日）。"`);
  });

  it('variant labels come from the scenario', () => {
    const scenario = handBuiltScenario();
    const figure = exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja', scenario });
    const label = scenario.variants.onprem!.label;
    expect(texts(figure.toSVG()).join('')).toContain(typeof label === 'string' ? label : label!.ja);
  });

  it('an unknown metric or curve, or a return period below a year, throws a RangeError', () => {
    expect(() => exceedanceFigure(result, { metric: 'incidents', curve: 'aep', lang: 'en' })).toThrow(/no exceedance curve for incidents in variant onprem; curves exist for costYen, /);
    expect(() => exceedanceFigure(result, { metric: 'costYen', curve: 'xep' as 'aep', lang: 'en' })).toThrow(new RangeError("curve must be 'aep' or 'oep', got xep"));
    expect(() => exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'en', thresholds: [{ returnPeriodYears: 0.5 }] })).toThrow(RangeError);
  });
});
