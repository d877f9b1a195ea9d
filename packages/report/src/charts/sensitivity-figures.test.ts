import { describe, expect, it } from 'vitest';
import { handBuiltScenario } from '../test-support.ts';
import { handBuiltSensitivity, handBuiltUncertainty } from '../uncertainty/test-support.ts';
import { exceedanceBandFigure, type ExceedanceBandFigureData } from './exceedance-band-figure.ts';
import { morrisFigure, type MorrisFigureData } from './morris-figure.ts';
import { sobolIndexFigure, type SobolIndexFigureData } from './sobol-index-figure.ts';
import { dataValues, hostileScenario, standaloneProblems, texts } from './test-support.ts';

const study = handBuiltSensitivity();
const indices = study.indices.results[0]!.indices;
const effects = study.screening.results[0]!.effects;
const bands = handBuiltUncertainty().exceedance;
const options = { metric: 'costYen', quantity: 'annual cost: cloud − on-prem' } as const;
const hostile = { ...options, quantity: '<script>x</script>', inputLabel: () => '<script>alert(1)</script>' };

describe('sobolIndexFigure', () => {
  it('sobolIndexFigure(indices) draws each input’s first-order and total index with its interval, largest total first', () => {
    const figure = sobolIndexFigure(indices, { ...options, lang: 'en' });
    const data = dataValues(figure.toSVG()) as SobolIndexFigureData;
    expect(data).toEqual(figure.data);
    expect(data.rows.map((r) => [r.name, r.total?.estimate])).toEqual([
      ['links[0].faultAnnualRatePerRoute', 0.68],
      ['systems[0].annualCostYen.public-cloud', 0.3],
      ['sites[0].generatorFailureProbability', 0.08],
    ]);
    expect(figure.toSVG().match(/class="interval"/g)).toHaveLength(6);
    // The axis widens below 0 to show an interval that reaches there (−0.03).
    expect(texts(figure.toSVG())).toContain('-20%');
  });

  it('an input whose indices are null (the output does not vary) keeps its row without markers', () => {
    const flat = { ...indices, indices: [{ name: 'flat', first: null, total: null, uncorrected: null }, ...indices.indices] };
    const figure = sobolIndexFigure(flat, { ...options, lang: 'ja' });
    expect((figure.data as SobolIndexFigureData).rows.at(-1)!.name).toBe('flat');
    expect(figure.toSVG().match(/class="interval"/g)).toHaveLength(6);
  });
});

describe('morrisFigure', () => {
  it('morrisFigure(effects) draws μ* with its interval, σ and the noise floor, largest μ* first', () => {
    const figure = morrisFigure(effects, { ...options, lang: 'ja' });
    const data = dataValues(figure.toSVG()) as MorrisFigureData;
    expect(data.rows.map((r) => [r.name, r.muStar.estimate, r.sigma, r.noiseFloor])).toEqual([
      ['links[0].faultAnnualRatePerRoute', 4e6, 1e6, 3e5],
      ['systems[0].annualCostYen.public-cloud', 2.5e6, 2e5, 3e5],
      ['sites[0].generatorFailureProbability', 1e6, 5e5, 3e5],
    ]);
    expect(figure.toSVG().match(/class="noise"/g)).toHaveLength(3);
    expect(texts(figure.toSVG())).toContain('誤差の線');
  });
});

describe('exceedanceBandFigure', () => {
  it('exceedanceBandFigure(bands) draws one mean curve and one 5–95% band per option', () => {
    const figure = exceedanceBandFigure(bands, { lang: 'en', scenario: handBuiltScenario() });
    const data = dataValues(figure.toSVG()) as ExceedanceBandFigureData;
    expect(data.variants.map((v) => v.label)).toEqual(['Town-hall server room', 'Housing', 'Government cloud']);
    expect(figure.toSVG().match(/class="band"/g)).toHaveLength(3);
    expect(figure.toSVG().match(/class="curve"/g)).toHaveLength(3);
    expect(texts(figure.toSVG())).toContain('5–95% of input sets');
  });

  it('bands of two metrics, or none, throw a RangeError', () => {
    expect(() => exceedanceBandFigure([], { lang: 'en' })).toThrow(new RangeError('exceedanceBandFigure needs at least one band'));
    expect(() => exceedanceBandFigure([bands[0]!, { ...bands[1]!, metric: 'downtimeHours' }], { lang: 'en' })).toThrow(/one metric, got costYen, downtimeHours/);
  });
});

describe('every sensitivity figure', () => {
  const draw = (lang: 'ja' | 'en', hostileLabels = false) => [
    sobolIndexFigure(indices, { ...(hostileLabels ? hostile : options), lang }),
    morrisFigure(effects, { ...(hostileLabels ? hostile : options), lang }),
    exceedanceBandFigure(bands, { lang, ...(hostileLabels ? { scenario: hostileScenario() } : {}) }),
  ];

  it('is a standalone SVG in both languages: xmlns, <title>, <desc>, font stack, no NaN, at most 2 decimals', () => {
    for (const lang of ['ja', 'en'] as const) for (const figure of draw(lang)) expect(standaloneProblems(figure.toSVG()), `${figure.id} ${lang}`).toEqual([]);
  });

  it('shows an input or option labelled <script>alert(1)</script> only escaped', () => {
    for (const figure of draw('en', true)) {
      const svg = figure.toSVG();
      expect(svg, figure.id).not.toContain('<script');
      expect(svg, figure.id).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('gives the same bytes for the same study', () => {
    expect(draw('ja').map((f) => f.toSVG())).toEqual(draw('ja').map((f) => f.toSVG()));
  });
});
