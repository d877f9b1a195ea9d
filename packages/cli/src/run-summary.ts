import { HEADLINE_METRICS, type Estimate, type MetricResult, type MonteCarloResult, type Scenario } from '@machi/scenarios';
import { formatMetric, formatPercent, formatRange, metricLabel, rangeText } from '@machi/report';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';

/**
 * What `machi run` prints: the run's stamp in one line, one line per variant (by its id: what
 * `--variants` takes, and short where a preset's labels run to a sentence) with the
 * expected annual cost, critical downtime, persons affected and press-conference probability with their
 * 95% intervals, the precision verdict, and the files written. `compare` puts the paired comparisons of
 * the headline metrics first, each metric by its label. Numbers are written as the
 * report writes them (`1.7億円` / `¥172 million`, `36時間`); everything else is in result.json.
 */
export function runSummary(result: MonteCarloResult, scenario: Scenario, files: readonly string[], mode: 'run' | 'compare', ctx: Context): string {
  const { t, lang } = ctx;
  const { stamp } = result;
  const parts: string[] = [];
  if (mode === 'compare') parts.push(comparisonTable(result, scenario, ctx));
  parts.push(`${t.runHeader(stamp.scenarioName, stamp.runs, stamp.horizonYears, String(stamp.seed), t.stoppedBy[stamp.stoppedBy])}\n`);
  const rows = result.variants.map((v) => {
    const cell = (metric: string) => estimate(metric, v.metrics[metric]!, ctx);
    const press = v.actions.pressConference!;
    const pressInterval = formatRange(formatPercent(press.ciLow), formatPercent(press.ciHigh), lang);
    return [v.id, cell('costYen'), cell('downtimeHours'), cell('personsAffected'), t.estimate(formatPercent(press.annualProbability), pressInterval)];
  });
  parts.push(alignColumns([t.runColumns, ...rows]));
  if (stamp.precision.requested) {
    const missed = result.headline.filter((h) => !h.met).length;
    parts.push(`${missed === 0 ? t.precisionMet(stamp.precision.relativeHalfWidth) : t.precisionMissed(missed, result.headline.length, stamp.precision.relativeHalfWidth)}\n`);
  }
  parts.push(`${t.written(files)}\n`);
  return parts.join('');
}

/** `mean (low〜high)` of a metric in its unit (`t.estimate`), as the report's tables write an estimate. */
function estimate(metric: string, m: MetricResult, ctx: Context): string {
  const format = (x: number, finer: number) => formatMetric(metric, x, ctx.lang, finer);
  return ctx.t.estimate(format(m.mean, 0), intervalOf(m.ciLow, m.ciHigh, format, ctx.lang));
}

function comparisonTable(result: MonteCarloResult, scenario: Scenario, ctx: Context): string {
  const { t, lang } = ctx;
  const headline = new Set<string>(HEADLINE_METRICS.map((h) => h.metric));
  const rows = result.comparisons
    .filter((c) => headline.has(c.metric))
    .map((c) => {
      const format = (x: number, finer: number) => formatMetric(c.metric, x, lang, finer);
      return [
        `${c.a} − ${c.b}`,
        metricLabel(c.metric, lang, scenario),
        t.estimate(format(c.meanDifference, 0), intervalOf(c.ciLow, c.ciHigh, format, lang)),
        formatPercent(c.pALess),
        formatPercent(c.pEqual),
        formatPercent(c.pAGreater),
      ];
    });
  return `${t.comparisonsTitle}\n${alignColumns([t.comparisonColumns, ...rows])}\n`;
}

/** An interval's ends as the report writes them (more decimals where they would round alike), or a dash. */
function intervalOf(low: Estimate, high: Estimate, format: (x: number, finer: number) => string, lang: Context['lang']): string {
  return low === null || high === null ? '–' : rangeText(low, high, format, lang);
}
