import type { Comparison, MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { estimateText, NOT_NEGATIVE, PROBABILITY, SCORE, type FinerFormat } from '../format/estimate-text.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { formatMetric, variantLabel } from '../labels.ts';
import { worseYear } from '../worse-year.ts';
import { formatNumber } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { heading, list, paragraph, type Block } from './blocks.ts';

/** A comparison read as "variant − baseline", whichever order the run paired them in. */
export function versusBaseline(result: MonteCarloResult, variant: string, baseline: string, metric: string) {
  const c = result.comparisons.find((x) => x.metric === metric && ((x.a === variant && x.b === baseline) || (x.a === baseline && x.b === variant)));
  if (!c) return undefined;
  const flip = c.a === baseline;
  const s = flip ? -1 : 1;
  const end = (x: Comparison['ciLow']) => (x === null ? null : s * x);
  return {
    meanDifference: s * c.meanDifference,
    ciLow: flip ? end(c.ciHigh) : end(c.ciLow),
    ciHigh: flip ? end(c.ciLow) : end(c.ciHigh),
    pLower: flip ? c.pAGreater : c.pALess,
    pEqual: c.pEqual,
  };
}

/**
 * The report's first section, for decision makers: in plain sentences, what a year costs on average
 * and in a once-in-100-years year, how long critical services stop, how often a press conference is
 * needed, which option stops least and at what cost against the first option (the baseline), and how
 * sure the numbers are: `inputUncertainty` holds the sentences of an input-uncertainty study
 * (`uncertaintySummary`); without them the summary says plainly that the inputs' uncertainty is not covered.
 */
export function summarySection(result: MonteCarloResult, lang: Lang, scenario?: Scenario, inputUncertainty: readonly string[] = []): Block[] {
  const { stamp } = result;
  const t = localeOf(lang).summary;
  const name = (id: string) => variantLabel(id, lang, scenario);
  const yen = (x: number, finer = 0) => formatMetric('costYen', x, lang, finer);
  const hours = (x: number, finer = 0) => formatMetric('downtimeHours', x, lang, finer);
  const years = stamp.runs * stamp.horizonYears;
  const blocks: Block[] = [heading(2, t.heading, 'summary')];
  blocks.push(paragraph(t.intro(result.variants.length, stamp.runs.toLocaleString('en-US'), stamp.horizonYears, years.toLocaleString('en-US'))));
  blocks.push(
    list(
      result.variants.map((v) => {
        const cost = v.metrics.costYen!;
        const downtime = v.metrics.downtimeHours!;
        const press = v.actions.pressConference!;
        const bad = worseYear(cost, 100);
        return t.variant({
          name: name(v.id),
          meanCost: estimateText(cost.mean, cost.ciLow, cost.ciHigh, yen, lang, { within: NOT_NEGATIVE }),
          badYearCost: bad === null ? undefined : yen(bad),
          meanDowntime: estimateText(downtime.mean, downtime.ciLow, downtime.ciHigh, hours, lang, { within: NOT_NEGATIVE }),
          pressProbability: estimateText(press.annualProbability, press.ciLow, press.ciHigh, formatPercent, lang, { within: PROBABILITY }),
          pressReturnPeriod: formatReturnPeriod(press.returnPeriodYears, lang),
        });
      }),
    ),
  );

  const baseline = result.variants[0]?.id;
  if (baseline !== undefined && result.variants.length > 1) {
    const others = result.variants.slice(1);
    const best = others.reduce((a, b) => (b.metrics.downtimeHours!.mean < a.metrics.downtimeHours!.mean ? b : a));
    const d = versusBaseline(result, best.id, baseline, 'downtimeHours');
    const c = versusBaseline(result, best.id, baseline, 'costYen');
    if (d && c) {
      const costChange = differenceSide(c.ciLow, c.ciHigh);
      blocks.push(
        paragraph(
          t.best({
            best: name(best.id),
            baseline: name(baseline),
            downtimeDifference: sizeText(d, hours, lang),
            shorter: d.meanDifference <= 0,
            shorterOrEqualShare: formatPercent(d.pLower + d.pEqual),
            costDifference: costChange === 'unclear' ? estimateText(c.meanDifference, c.ciLow, c.ciHigh, yen, lang) : sizeText(c, yen, lang),
            costChange,
          }),
        ),
      );
    }
  }
  const top = result.safety.ranking[0];
  const topScore = result.safety.variants.find((v) => v.id === top);
  if (top !== undefined && topScore && result.variants.length > 1) {
    const score = estimateText(topScore.mean, topScore.ciLow, topScore.ciHigh, (x, finer) => formatNumber(x, 1, finer), lang, { within: SCORE });
    blocks.push(paragraph(t.topScore(name(top), score, result.safety.sensitivity.some((s) => s.changed))));
  }
  if (inputUncertainty.length > 0) blocks.push(paragraph([...inputUncertainty, localeOf(lang).uncertainty.otherIntervals].join(lang === 'ja' ? '' : ' ')));
  else blocks.push(paragraph(t.intervals));
  return blocks;
}

/** Which way a paired difference goes: `more` or `less` when its whole interval lies on one side of zero. */
function differenceSide(low: number | null, high: number | null): 'more' | 'less' | 'unclear' {
  if (low !== null && low > 0) return 'more';
  if (high !== null && high < 0) return 'less';
  return 'unclear';
}

/** The size of a difference and its interval, read in the direction of the mean difference (`5.8億円（95%区間 5.7億円〜5.9億円）`), for a sentence that says which way it goes. */
function sizeText(d: { meanDifference: number; ciLow: number | null; ciHigh: number | null }, format: FinerFormat, lang: Lang): string {
  const flip = d.meanDifference < 0;
  const low = flip ? d.ciHigh : d.ciLow;
  const high = flip ? d.ciLow : d.ciHigh;
  const size = (x: number | null) => (x === null ? null : flip ? -x : x);
  return estimateText(Math.abs(d.meanDifference), size(low), size(high), format, lang);
}
