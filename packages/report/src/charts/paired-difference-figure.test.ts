import { describe, expect, it } from 'vitest';
import { pairedDifferenceFigure, type PairedDifferenceFigureData } from './paired-difference-figure.ts';
import { dataValues, handBuiltResult, handBuiltScenario, texts } from './test-support.ts';

const result = handBuiltResult();

const comparison = (a: string, b: string, metric: string) => result.comparisons.find((c) => c.a === a && c.b === b && c.metric === metric)!;

describe('pairedDifferenceFigure', () => {
  it('pairedDifferenceFigure(result, { metric }) draws variant − first variant: the comparison (a = first) turned round', () => {
    const figure = pairedDifferenceFigure(result, { metric: 'costYen', lang: 'en' });
    const data = dataValues(figure.toSVG()) as PairedDifferenceFigureData;
    expect(data).toEqual(figure.data);
    expect(data.baseline).toBe('onprem');
    expect(data.variants.map((v) => v.id)).toEqual(['housing', 'cloud']);
    for (const row of data.variants) {
      const c = comparison('onprem', row.id, 'costYen');
      expect(row.meanDifference).toBe(-c.meanDifference);
      expect([row.low, row.high]).toEqual([-c.ciHigh!, -c.ciLow!]);
      expect([row.pBetter, row.pEqual, row.pWorse]).toEqual([c.pAGreater, c.pEqual, c.pALess]);
    }
    expect(figure.id).toBe('paired-difference-costYen-onprem');
  });

  it('pairedDifferenceFigure(result, { baseline }) against a later variant reads the comparison as it stands where the variant is a', () => {
    const data = pairedDifferenceFigure(result, { metric: 'downtimeHours', baseline: 'cloud', lang: 'ja' }).data as PairedDifferenceFigureData;
    const c = comparison('onprem', 'cloud', 'downtimeHours');
    expect(data.variants[0]).toMatchObject({ id: 'onprem', meanDifference: c.meanDifference, low: c.ciLow, high: c.ciHigh, pBetter: c.pALess, pEqual: c.pEqual, pWorse: c.pAGreater });
  });

  it('a zero line and P(better) beside each row are drawn and labelled', () => {
    const en = texts(pairedDifferenceFigure(result, { metric: 'costYen', lang: 'en' }).toSVG());
    expect(en).toContain('no difference');
    expect(en.filter((t) => /^P\(better\) [\d.]+% \(equal [\d.]+%\)$/.test(t))).toHaveLength(2);
    const ja = texts(pairedDifferenceFigure(result, { metric: 'costYen', lang: 'ja' }).toSVG());
    expect(ja).toContain('差なし');
    expect(ja.filter((t) => t.startsWith('有利な年 '))).toHaveLength(2);
    expect(ja).toContain('0円');
  });

  it('the description gives each variant’s difference and its share of better years', () => {
    expect(pairedDifferenceFigure(result, { metric: 'downtimeHours', lang: 'ja', scenario: handBuiltScenario() }).description).toMatchInlineSnapshot(`"重要業務の延べ停止時間の年平均について、各案と役場サーバ室との差（各案 − 役場サーバ室、負なら有利）を、同じ乱数で対にした試行から求めた95%信頼区間とともに示す。各行の右は各案の方が小さかった年の割合。ハウジング -60時間（有利な年 70%）、ガバメントクラウド -96時間（-4日）（有利な年 70%）。"`);
    expect(pairedDifferenceFigure(result, { metric: 'downtimeHours', lang: 'en', scenario: handBuiltScenario() }).description).toMatchInlineSnapshot(`"The mean annual difference in critical-service downtime (summed over services) of each variant from Town-hall server room (variant − Town-hall server room; below zero is better), with 95% intervals from replication-paired years; beside each row, the share of years in which the variant was lower. Housing -60 h (better in 70% of years), Government cloud -96 h (-4 days) (better in 70% of years)."`);
  });

  it('an unknown baseline, a metric never compared or a single variant throws a RangeError', () => {
    expect(() => pairedDifferenceFigure(result, { metric: 'costYen', baseline: 'moon', lang: 'en' })).toThrow(/^unknown baseline "moon"; known: onprem, /);
    expect(() => pairedDifferenceFigure(result, { metric: 'nope', lang: 'en' })).toThrow(new RangeError('pairedDifferenceFigure: no comparison of housing with onprem on nope'));
    expect(() => pairedDifferenceFigure({ ...result, variants: result.variants.slice(0, 1) }, { metric: 'costYen', lang: 'en' })).toThrow(new RangeError('pairedDifferenceFigure needs at least two variants, got 1'));
  });
});
