import { HEADLINE_METRICS, type MonteCarloResult } from '@machi/scenarios';
import { metricLabel } from '@machi/report';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';

/**
 * What `machi run` prints: the run's stamp in one line, one line per variant with the expected annual
 * cost, critical downtime, persons affected and press-conference probability with their 95% intervals,
 * the precision verdict, and the files written. `compare` puts the paired comparisons of the headline
 * metrics first. Numbers are formatted for the language; everything else is in result.json.
 */
export function runSummary(result: MonteCarloResult, files: readonly string[], mode: 'run' | 'compare', ctx: Context): string {
  const { t, lang } = ctx;
  const { stamp } = result;
  const parts: string[] = [];
  if (mode === 'compare') parts.push(comparisonTable(result, ctx));
  parts.push(`${t.runHeader(stamp.scenarioName, stamp.runs, stamp.horizonYears, String(stamp.seed), t.stoppedBy[stamp.stoppedBy])}\n`);
  const rows = result.variants.map((v) => {
    const cell = (metric: string) => {
      const m = v.metrics[metric]!;
      return `${format(m.mean, lang)} ± ${format(m.ciHigh === null || m.ciLow === null ? NaN : (m.ciHigh - m.ciLow) / 2, lang)}`;
    };
    const press = v.actions.pressConference!;
    return [v.id, cell('costYen'), cell('downtimeHours'), cell('personsAffected'), `${percent(press.annualProbability)} (${percent(press.ciLow)}–${percent(press.ciHigh)})`];
  });
  parts.push(alignColumns([t.runColumns, ...rows]));
  if (stamp.precision.requested) {
    const missed = result.headline.filter((h) => !h.met).length;
    parts.push(`${missed === 0 ? t.precisionMet(stamp.precision.relativeHalfWidth) : t.precisionMissed(missed, result.headline.length, stamp.precision.relativeHalfWidth)}\n`);
  }
  parts.push(`${t.written(files)}\n`);
  return parts.join('');
}

function comparisonTable(result: MonteCarloResult, ctx: Context): string {
  const { t, lang } = ctx;
  const headline = new Set<string>(HEADLINE_METRICS.map((h) => h.metric));
  const rows = result.comparisons
    .filter((c) => headline.has(c.metric))
    .map((c) => [
      `${c.a} − ${c.b}`,
      metricLabel(c.metric, lang),
      `${format(c.meanDifference, lang)} [${format(c.ciLow ?? NaN, lang)}, ${format(c.ciHigh ?? NaN, lang)}]`,
      percent(c.pALess),
      percent(c.pEqual),
      percent(c.pAGreater),
    ]);
  return `${t.comparisonsTitle}\n${alignColumns([t.comparisonColumns, ...rows])}\n`;
}

const percent = (p: number): string => (Number.isNaN(p) ? '–' : `${(p * 100).toFixed(1)}%`);

/** Three significant digits with the language's digit grouping; NaN as a dash. */
function format(value: number, lang: 'ja' | 'en'): string {
  if (Number.isNaN(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3;
  return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
