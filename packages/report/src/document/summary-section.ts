import type { Comparison, MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatRange } from '../format/quantity.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { formatMetric, variantLabel } from '../labels.ts';
import { intervalText } from '../tables/interval-text.ts';
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

const valueAt = (result: MonteCarloResult, variant: string, metric: string, years: number) =>
  result.variants.find((v) => v.id === variant)?.metrics[metric]?.returnPeriods.find((r) => r.returnPeriodYears === years)?.valueAtRisk ?? null;

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
  const yen = (x: number) => formatMetric('costYen', x, lang);
  const hours = (x: number) => formatMetric('downtimeHours', x, lang);
  const years = stamp.runs * stamp.horizonYears;
  const blocks: Block[] = [heading(2, t.heading, 'summary')];
  blocks.push(paragraph(t.intro(result.variants.length, stamp.runs.toLocaleString('en-US'), stamp.horizonYears, years.toLocaleString('en-US'))));
  blocks.push(
    list(
      result.variants.map((v) => {
        const cost = v.metrics.costYen!;
        const downtime = v.metrics.downtimeHours!;
        const press = v.actions.pressConference!;
        const bad = valueAt(result, v.id, 'costYen', 100);
        return t.variant({
          name: name(v.id),
          meanCost: yen(cost.mean),
          costInterval: cost.ciLow === null || cost.ciHigh === null ? '' : intervalText(cost.ciLow, cost.ciHigh, yen, lang),
          badYearCost: bad === null ? undefined : yen(bad),
          meanDowntime: hours(downtime.mean),
          pressProbability: formatPercent(press.annualProbability),
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
      const dInterval = d.ciLow === null || d.ciHigh === null ? '' : formatRange(hours(Math.abs(d.ciHigh)), hours(Math.abs(d.ciLow)), lang);
      const cInterval = c.ciLow === null || c.ciHigh === null ? '' : intervalText(c.ciLow, c.ciHigh, yen, lang);
      const shorter = d.meanDifference <= 0;
      blocks.push(
        paragraph(
          t.best({
            best: name(best.id),
            baseline: name(baseline),
            downtimeDifference: hours(Math.abs(d.meanDifference)),
            shorter,
            downtimeInterval: shorter ? dInterval : '',
            shorterOrEqualShare: formatPercent(d.pLower + d.pEqual),
            costDifference: yen(Math.abs(c.meanDifference)),
            costsMore: c.meanDifference >= 0,
            costInterval: cInterval,
          }),
        ),
      );
    }
  }
  const top = result.safety.ranking[0];
  const topScore = result.safety.variants.find((v) => v.id === top);
  if (top !== undefined && topScore && result.variants.length > 1) {
    const ci = topScore.ciLow === null || topScore.ciHigh === null ? '' : intervalText(topScore.ciLow, topScore.ciHigh, (x) => formatNumber(x, 1), lang);
    blocks.push(paragraph(t.topScore(name(top), formatNumber(topScore.mean, 1), ci, result.safety.sensitivity.some((s) => s.changed))));
  }
  if (inputUncertainty.length > 0) blocks.push(paragraph([...inputUncertainty, localeOf(lang).uncertainty.otherIntervals].join(lang === 'ja' ? '' : ' ')));
  else blocks.push(paragraph(t.intervals));
  return blocks;
}
