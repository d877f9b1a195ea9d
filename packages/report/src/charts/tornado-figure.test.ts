import { describe, expect, it } from 'vitest';
import { handBuiltSensitivity } from '../uncertainty/test-support.ts';
import { dataValues, standaloneProblems, texts } from './test-support.ts';
import { tornadoFigure, type TornadoFigureData } from './tornado-figure.ts';

const tornado = handBuiltSensitivity().tornado.results[0]!.tornado;
const options = { metric: 'costYen', quantity: 'annual cost: cloud − on-prem' } as const;

describe('tornadoFigure', () => {
  it('tornadoFigure(tornado) draws every bar, longest first, with the baseline and the inputs at each end', () => {
    const figure = tornadoFigure(tornado, { ...options, lang: 'en' });
    const data = dataValues(figure.toSVG()) as TornadoFigureData;
    expect(data).toEqual(figure.data);
    expect(data.baseline).toBe(2e6);
    expect(data.bars.map((b) => [b.name, b.atLow, b.atHigh])).toEqual(tornado.bars.map((b) => [b.name, b.atLow, b.atHigh]));
    // Two half bars per input, and the input's value at each tip.
    expect(figure.toSVG().match(/<rect x=/g)).toHaveLength(2 * 3 + 2);
    const shown = texts(figure.toSVG());
    expect(shown).toEqual(expect.arrayContaining(['0.05', '0.8', '1,000,000', '2,500,000']));
    expect(shown.join(' ')).toContain('all inputs at their values: ¥2');
  });

  it('a dashed zero line is drawn where the difference changes sign, apart from the baseline', () => {
    const svg = tornadoFigure(tornado, { ...options, lang: 'ja' }).toSVG();
    expect(svg).toContain('class="zero"');
    expect(svg).toContain('class="baseline"');
    expect(texts(svg).some((t) => t.startsWith('前提を範囲の上端に'))).toBe(true);
  });

  it('limit keeps the leading bars; inputLabel and inputValue word them', () => {
    const figure = tornadoFigure(tornado, { ...options, lang: 'en', limit: 1, inputLabel: (n) => `label of ${n}`, inputValue: (_, v) => `v=${v}` });
    expect((figure.data as TornadoFigureData).bars.map((b) => b.label)).toEqual(['label of links[0].faultAnnualRatePerRoute']);
    expect(texts(figure.toSVG())).toEqual(expect.arrayContaining(['v=0.05', 'v=0.8']));
  });

  it('is a standalone SVG in both languages and shows hostile labels only escaped', () => {
    for (const lang of ['ja', 'en'] as const) expect(standaloneProblems(tornadoFigure(tornado, { ...options, lang }).toSVG())).toEqual([]);
    const svg = tornadoFigure(tornado, { ...options, lang: 'en', quantity: '<script>x</script>', inputLabel: () => '<script>alert(1)</script>' }).toSVG();
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a tornado without bars throws a RangeError', () => {
    expect(() => tornadoFigure({ baseline: 0, bars: [] }, { ...options, lang: 'en' })).toThrow(new RangeError('tornadoFigure needs at least one bar'));
  });
});
