import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../figure.ts';
import { LANGS, type Lang } from '../lang.ts';
import { actionProbabilityFigure } from './action-probability-figure.ts';
import { convergenceFigure } from './convergence-figure.ts';
import { distributionFigure } from './distribution-figure.ts';
import { exceedanceFigure } from './exceedance-figure.ts';
import { pairedDifferenceFigure } from './paired-difference-figure.ts';
import { handBuiltResult, hostileScenario, standaloneProblems } from './test-support.ts';

type Options = { lang: Lang; scenario?: Scenario };

/** Every chart, and each metric it is drawn for in these checks. */
const CHARTS: Readonly<Record<string, (result: MonteCarloResult, options: Options) => Figure[]>> = {
  actionProbabilityFigure: (result, options) => [actionProbabilityFigure(result, options)],
  distributionFigure: (result, options) => ['costYen', 'downtimeHours', 'personsAffected', 'incidents'].map((metric) => distributionFigure(result, { ...options, metric })),
  convergenceFigure: (result, options) => ['costYen', 'personsAffected', 'dataLostHours'].map((metric) => convergenceFigure(result, { ...options, metric })),
  exceedanceFigure: (result, options) =>
    (['aep', 'oep'] as const).flatMap((curve) =>
      ['costYen', 'personsAffected', 'dataLostHours'].map((metric) => exceedanceFigure(result, { ...options, metric, curve, thresholds: [{ returnPeriodYears: 50 }] })),
    ),
  pairedDifferenceFigure: (result, options) => ['costYen', 'downtimeHours', 'personsAffected'].map((metric) => pairedDifferenceFigure(result, { ...options, metric })),
};

const result = handBuiltResult();

describe('every chart', () => {
  for (const [name, draw] of Object.entries(CHARTS)) {
    it(`${name} is a standalone SVG in both languages: xmlns, <title>, <desc>, font stack, no NaN, at most 2 decimals`, () => {
      for (const lang of LANGS) for (const figure of draw(result, { lang })) expect(standaloneProblems(figure.toSVG()), `${figure.id} ${lang}`).toEqual([]);
    });

    it(`${name} shows a variant labelled <script>alert(1)</script> only escaped`, () => {
      for (const figure of draw(result, { lang: 'en', scenario: hostileScenario() })) {
        const svg = figure.toSVG();
        expect(svg).not.toContain('<script');
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(standaloneProblems(svg)).toEqual([]);
      }
    });

    it(`${name} gives the same bytes for the same result`, () => {
      const again = draw(structuredClone(result), { lang: 'ja' }).map((f) => f.toSVG());
      expect(draw(result, { lang: 'ja' }).map((f) => f.toSVG())).toEqual(again);
    });
  }
});
