import { describe, expect, it } from 'vitest';
import { actionProbabilityFigure, type ActionProbabilityFigureData } from './action-probability-figure.ts';
import { dataValues, handBuiltResult, handBuiltScenario, texts } from './test-support.ts';

const result = handBuiltResult();

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

  it('the title and description say what is drawn and the likeliest action of each variant', () => {
    const figure = (lang: 'ja' | 'en') => actionProbabilityFigure(result, { lang, scenario: handBuiltScenario() });
    expect([figure('ja').title, figure('ja').description]).toMatchInlineSnapshot(`
      [
        "対応が必要になる年間確率",
        "7種類の対応について、その対応が必要になる年の確率を3案ごとに95%信頼区間（Wilson）とともに示す。最も起こりやすい対応：役場サーバ室は本人への通知・謝罪（年60%）、ハウジングは本人への通知・謝罪（年42%）、ガバメントクラウドは本人への通知・謝罪（年24%）。",
      ]
    `);
    expect([figure('en').title, figure('en').description]).toMatchInlineSnapshot(`
      [
        "Annual probability of each response action",
        "The probability per year of a year with each of 7 response actions, for 3 variants, with 95% Wilson intervals. Most likely: Town-hall server room: notify and apologise to individuals (60% a year); Housing: notify and apologise to individuals (42% a year); Government cloud: notify and apologise to individuals (24% a year).",
      ]
    `);
  });

  it('the probability axis reads in percent', () => {
    const svg = actionProbabilityFigure(result, { lang: 'en' }).toSVG();
    expect(texts(svg).filter((t) => /^\d+%$/.test(t)).length).toBeGreaterThan(2);
  });

  it('an unknown action throws a RangeError listing the known ones', () => {
    expect(() => actionProbabilityFigure(result, { lang: 'en', actions: ['fly'] })).toThrow(/^unknown action "fly"; known: notifyIndividuals, /);
  });
});
