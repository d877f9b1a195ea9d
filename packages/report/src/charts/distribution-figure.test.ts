import { describe, expect, it } from 'vitest';
import { distributionFigure, type DistributionFigureData } from './distribution-figure.ts';
import { dataValues, handBuiltResult, handBuiltScenario, texts } from './test-support.ts';

const result = handBuiltResult();

describe('distributionFigure', () => {
  it('distributionFigure(result, { metric }) draws each variant’s mean, 95% interval, median and max as the result holds them, and its 1-in-10 and 1-in-100 years as the return-period VaR', () => {
    const figure = distributionFigure(result, { metric: 'costYen', lang: 'ja' });
    const data = dataValues(figure.toSVG()) as DistributionFigureData;
    expect(data).toEqual(figure.data);
    expect(data.variants.map(({ id, mean, ciLow, ciHigh, p50, oneIn10, oneIn100, max }) => ({ id, mean, ciLow, ciHigh, p50, oneIn10, oneIn100, max }))).toEqual(
      result.variants.map((v) => {
        const { mean, ciLow, ciHigh, p50, max, returnPeriods } = v.metrics.costYen!;
        const at = (years: number) => returnPeriods.find((r) => r.returnPeriodYears === years)!.valueAtRisk;
        return { id: v.id, mean, ciLow, ciHigh, p50, oneIn10: at(10), oneIn100: at(100), max };
      }),
    );
    expect(figure.id).toBe('distribution-costYen');
  });

  it('one row per variant: a filled dot and whisker for the mean, an open marker for each percentile and the max', () => {
    const svg = distributionFigure(result, { metric: 'costYen', lang: 'en', scenario: handBuiltScenario() }).toSVG();
    expect([...svg.matchAll(/class="interval"/g)]).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Town-hall server room', 'Government cloud', 'median', '1-in-100 year', 'largest year']));
  });

  it('a metric spanning more than two decades gets a log axis and says that zeros are not drawn', () => {
    const figure = distributionFigure(result, { metric: 'downtimeHours', lang: 'en' });
    const data = figure.data as DistributionFigureData;
    expect(data.valueScale).toBe('log');
    const hasZero = data.variants.some((v) => [v.p50, v.oneIn10, v.oneIn100].includes(0));
    expect(texts(figure.toSVG()).join(' ').includes('values of 0 lie off the log axis (not drawn)')).toBe(hasZero);
  });

  it('the description says what is drawn, with each variant’s mean and 1-in-100 year', () => {
    expect(distributionFigure(result, { metric: 'costYen', lang: 'ja' }).description).toMatchInlineSnapshot(`"年間費用（運用+インシデント）の年平均（期待値）と95%信頼区間、中央値、10年に1度・100年に1度の年、最大の年を3案について示す。年平均：庁舎内設置（オンプレミス） 1.8億円（100年に1度の年 4.5億円）、ハウジング（データセンター） 1.9億円（100年に1度の年 3.7億円）、cloud 2億円（100年に1度の年 3.1億円）。"`);
    expect(distributionFigure(result, { metric: 'costYen', lang: 'en' }).description).toMatchInlineSnapshot(`"The expected annual cost (running + incidents) per year with its 95% interval, the median, the 1-in-10 and 1-in-100 year and the largest year simulated, for 3 variants. Expected per year: on-premises ¥180 million (1-in-100 year ¥450 million), housing data centre ¥190 million (1-in-100 year ¥370 million), cloud ¥202 million (1-in-100 year ¥310 million)."`);
  });

  it('an unknown metric throws a RangeError naming it', () => {
    expect(() => distributionFigure(result, { metric: 'nope', lang: 'en' })).toThrow(new RangeError('distributionFigure: no metric nope in variant onprem'));
  });
});
