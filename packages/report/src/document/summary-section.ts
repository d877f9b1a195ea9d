import type { Comparison, MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatRange } from '../format/quantity.ts';
import { formatReturnPeriod } from '../format/return-period.ts';
import { formatMetric, variantLabel } from '../labels.ts';
import { intervalText } from '../tables/interval-text.ts';
import { formatNumber } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
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
 * sure the numbers are.
 */
export function summarySection(result: MonteCarloResult, lang: Lang, scenario?: Scenario): Block[] {
  const { stamp } = result;
  const ja = lang === 'ja';
  const name = (id: string) => variantLabel(id, lang, scenario);
  const yen = (x: number) => formatMetric('costYen', x, lang);
  const hours = (x: number) => formatMetric('downtimeHours', x, lang);
  const years = stamp.runs * stamp.horizonYears;
  const blocks: Block[] = [heading(2, ja ? '要約(意思決定者向け)' : 'Summary for decision makers', 'summary')];
  blocks.push(
    paragraph(
      ja
        ? `${result.variants.length}つの案を、同じ災害・事故の起こり方(${stamp.runs.toLocaleString('en-US')}通り × ${stamp.horizonYears}年 = ${years.toLocaleString('en-US')}年分)に通して比べました。`
        : `${result.variants.length} options were run through the same ${stamp.runs.toLocaleString('en-US')} simulated histories of ${stamp.horizonYears} years each (${years.toLocaleString('en-US')} years in all).`,
    ),
  );
  blocks.push(
    list(
      result.variants.map((v) => {
        const cost = v.metrics.costYen!;
        const downtime = v.metrics.downtimeHours!;
        const press = v.actions.pressConference!;
        const bad = valueAt(result, v.id, 'costYen', 100);
        const interval = cost.ciLow === null || cost.ciHigh === null ? '' : intervalText(cost.ciLow, cost.ciHigh, yen, lang);
        return ja
          ? `${name(v.id)}: 年間費用は平均${yen(cost.mean)}${interval ? `(95%区間 ${interval})` : ''}、${bad === null ? '100年に1度程度の悪い年の費用は、この試行数では求められません' : `100年に1度程度の悪い年は${yen(bad)}`}。重要業務の延べ停止時間(各業務の停止時間の合計)は年平均${hours(downtime.mean)}。記者会見が必要になる年は${formatPercent(press.annualProbability)}(${formatReturnPeriod(press.returnPeriodYears, lang)})。`
          : `${name(v.id)}: ${yen(cost.mean)} a year on average${interval ? ` (95% interval ${interval})` : ''}; ${bad === null ? 'the cost of a once-in-100-years year cannot be told from this many years' : `a year as bad as once in 100 years costs ${yen(bad)}`}. Critical services are down ${hours(downtime.mean)} a year on average (summed over services). A press conference is needed in ${formatPercent(press.annualProbability)} of years (${formatReturnPeriod(press.returnPeriodYears, lang)}).`;
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
          ja
            ? `重要業務の延べ停止時間が最も短いのは「${name(best.id)}」です。基準とした「${name(baseline)}」と比べて年平均${hours(Math.abs(d.meanDifference))}${shorter ? '短く' : '長く'}${dInterval && shorter ? `(95%区間 ${dInterval})` : ''}、同じ災害・事故を受けた年のうち${formatPercent(d.pLower + d.pEqual)}で短いか同じでした。その代わり年間費用は${yen(Math.abs(c.meanDifference))}${c.meanDifference >= 0 ? '高く' : '安く'}なります${cInterval ? `(差の95%区間 ${cInterval})` : ''}。`
            : `"${name(best.id)}" stops critical services the least: ${hours(Math.abs(d.meanDifference))} a year ${shorter ? 'less' : 'more'} than the baseline "${name(baseline)}"${dInterval && shorter ? ` (95% interval ${dInterval})` : ''}, and shorter or equal in ${formatPercent(d.pLower + d.pEqual)} of the years that met the same hazards. It costs ${yen(Math.abs(c.meanDifference))} a year ${c.meanDifference >= 0 ? 'more' : 'less'}${cInterval ? ` (95% interval of the difference ${cInterval})` : ''}.`,
        ),
      );
    }
  }
  const top = result.safety.ranking[0];
  const topScore = result.safety.variants.find((v) => v.id === top);
  if (top !== undefined && topScore && result.variants.length > 1) {
    const ci = topScore.ciLow === null || topScore.ciHigh === null ? '' : intervalText(topScore.ciLow, topScore.ciHigh, (x) => formatNumber(x, 1), lang);
    blocks.push(
      paragraph(
        ja
          ? `安全スコア(0〜100、高いほど安全)が最も高いのは「${name(top)}」で${formatNumber(topScore.mean, 1)}点${ci ? `(95%区間 ${ci})` : ''}です。重みを1つずつ半分・2倍にしても順位が${result.safety.sensitivity.some((s) => s.changed) ? '変わる場合があります(「安全スコア」の節)' : '変わりません'}。`
          : `The highest safety score (0 to 100, higher is safer) is "${name(top)}" at ${formatNumber(topScore.mean, 1)}${ci ? ` (95% interval ${ci})` : ''}; halving or doubling any one weight ${result.safety.sensitivity.some((s) => s.changed) ? 'can change the ranking (see "Safety score")' : 'does not change the ranking'}.`,
      ),
    );
  }
  blocks.push(
    paragraph(
      ja
        ? `区間は試行回数によるシミュレーションの誤差だけを示し、入力した前提(発生率・費用など)の不確かさは含みません。前提は「前提と出典」の節にあります。`
        : `Intervals show only the noise of a finite number of simulated years, not the uncertainty of the inputs (rates, costs); those are listed under "Assumptions and sources".`,
    ),
  );
  return blocks;
}
