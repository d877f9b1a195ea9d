import type { MonteCarloResult } from '@machi/scenarios';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionProbabilityFigure, type ActionProbabilityFigureData } from './action-probability-figure.ts';
import { dataValues, hostileScenario, smallTownResult, standaloneProblems, texts } from './test-support.ts';

let result: MonteCarloResult;
beforeAll(async () => {
  result = await smallTownResult();
});

describe('actionProbabilityFigure', () => {
  it('actionProbabilityFigure(result) draws every action’s annual probability and Wilson interval per variant, as the result holds them', () => {
    const figure = actionProbabilityFigure(result, { lang: 'en' });
    const data = dataValues(figure.toSVG()) as ActionProbabilityFigureData;
    expect(data).toEqual(figure.data);
    expect(data.actions).toEqual(Object.keys(result.variants[0]!.actions));
    result.variants.forEach((v, i) => {
      expect(data.variants[i]!.id).toBe(v.id);
      expect(data.variants[i]!.points).toEqual(data.actions.map((action) => ({ action, probability: v.actions[action]!.annualProbability, low: v.actions[action]!.ciLow, high: v.actions[action]!.ciHigh })));
    });
    expect([...figure.toSVG().matchAll(/class="interval"/g)]).toHaveLength(data.actions.length * result.variants.length);
  });

  it('actionProbabilityFigure(result, { actions }) shows those actions in that order, labelled in the language', () => {
    const figure = actionProbabilityFigure(result, { lang: 'ja', actions: ['pressConference', 'reportToCommission'] });
    expect((figure.data as ActionProbabilityFigureData).actions).toEqual(['pressConference', 'reportToCommission']);
    const labels = texts(figure.toSVG());
    expect(labels.indexOf('記者会見')).toBeLessThan(labels.indexOf('個人情報保護委員会への報告'));
    expect(labels).toEqual(expect.arrayContaining(['0%', '年間発生確率']));
  });

  it('the figure is a standalone SVG whose axis reads in percent', () => {
    const svg = actionProbabilityFigure(result, { lang: 'en' }).toSVG();
    expect(standaloneProblems(svg)).toEqual([]);
    expect(texts(svg).filter((t) => /^\d+%$/.test(t)).length).toBeGreaterThan(2);
  });

  it('a variant labelled <script>alert(1)</script> appears only escaped', () => {
    const svg = actionProbabilityFigure(result, { lang: 'en', scenario: hostileScenario() }).toSVG();
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('the same result gives the same bytes', () => {
    expect(actionProbabilityFigure(structuredClone(result), { lang: 'ja' }).toSVG()).toBe(actionProbabilityFigure(result, { lang: 'ja' }).toSVG());
  });

  it('an unknown action throws a RangeError listing the known ones', () => {
    expect(() => actionProbabilityFigure(result, { lang: 'en', actions: ['fly'] })).toThrow(/^unknown action "fly"; known: notifyIndividuals, /);
  });
});
