import { describe, expect, it } from 'vitest';
import { convergenceFigure, type ConvergenceFigureData } from './convergence-figure.ts';
import { dataValues, handBuiltResult, handBuiltScenario, texts } from './test-support.ts';

const result = handBuiltResult();

describe('convergenceFigure', () => {
  it('convergenceFigure(result, { metric }) draws every variant’s running mean and interval at each batch, as the result holds them', () => {
    const figure = convergenceFigure(result, { metric: 'costYen', lang: 'en' });
    const data = dataValues(figure.toSVG()) as ConvergenceFigureData;
    expect(data).toEqual(figure.data);
    result.variants.forEach((v, i) => {
      expect(data.variants[i]!.points).toEqual(v.convergence.costYen!.map((r) => ({ replications: r.replications, mean: r.mean, low: r.ciLow, high: r.ciHigh })));
    });
    // Batches of 10 up to 200 replications: more than a decade, so a log axis.
    expect(data.variants[0]!.points.map((p) => p.replications)).toEqual([10, 20, 40, 80, 160, 200]);
    expect(data.replicationScale).toBe('log');
    expect(data.target).toBeUndefined();
  });

  it('convergenceFigure(result, { variant }) draws that variant with the precision target around its final estimate', () => {
    const figure = convergenceFigure(result, { metric: 'downtimeHours', variant: 'housing', lang: 'ja' });
    const data = figure.data as ConvergenceFigureData;
    const final = result.variants[1]!.convergence.downtimeHours!.at(-1)!.mean;
    expect(data.variants.map((v) => v.id)).toEqual(['housing']);
    expect(data.target).toEqual({ relativeHalfWidth: 0.05, low: final * 0.95, high: final * 1.05 });
    expect([...figure.toSVG().matchAll(/class="target"/g)]).toHaveLength(2);
    expect(texts(figure.toSVG())).toEqual(expect.arrayContaining(['精度目標 ±5%', '試行数']));
    expect(figure.id).toBe('convergence-downtimeHours-housing');
  });

  it('the description gives each variant’s final estimate', () => {
    expect(convergenceFigure(result, { metric: 'costYen', lang: 'ja', scenario: handBuiltScenario() }).description).toMatchInlineSnapshot(`"年間費用（運用+インシデント）の年平均の推定値が試行数とともにどう落ち着いたかを、累積平均と95%信頼区間（網掛け）で示す。最終の推定値：役場サーバ室 1.8億円（200試行）、ハウジング 1.9億円（200試行）、ガバメントクラウド 2億円（200試行）。"`);
    expect(convergenceFigure(result, { metric: 'costYen', lang: 'en', scenario: handBuiltScenario() }).description).toMatchInlineSnapshot(`"How the estimate of the expected annual cost (running + incidents) per year settled as replications accumulated: the running mean with its 95% interval hatched. Final estimates: Town-hall server room ¥181 million (200 replications), Housing ¥191 million (200 replications), Government cloud ¥203 million (200 replications)."`);
  });

  it('a metric without convergence or an unknown variant throws a RangeError', () => {
    expect(() => convergenceFigure(result, { metric: 'incidents', lang: 'en' })).toThrow(/^convergenceFigure: no convergence of incidents; tracked: costYen, /);
    expect(() => convergenceFigure(result, { metric: 'costYen', variant: 'moon', lang: 'en' })).toThrow(/^unknown variant "moon"; known: onprem, /);
  });
});
