import { Calendar, type Scenario } from '@machi/scenarios';
import type { Figure } from '../figure.ts';
import { formatDate, formatFiscalYear } from '../format/date.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import { actionLabel, formatMetric, kindLabel, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import type { Block as CaseBlock } from '../document/blocks.ts';
import { caseDateTime, caseDay } from './case-date-time.ts';
import { caseNames } from './case-names.ts';
import { causeLabel } from '../cause-label.ts';
import { incidentBlocks } from './incident-blocks.ts';
import type { PickedYear } from './pick-year.ts';
import type { VirtualCase } from './virtual-case.ts';

export interface CaseDocumentOptions {
  readonly lang: Lang;
  readonly scenario: Scenario;
  readonly figure: Figure;
  /** How the year was chosen from a Monte Carlo run, told in the introduction. */
  readonly selection?: PickedYear;
  /** The command that reproduces this case, shown as code. */
  readonly command?: string;
}

const heading = (level: 1 | 2 | 3 | 4, text: string, id?: string): CaseBlock => ({ kind: 'heading', level, text, ...(id ? { id } : {}) });
const paragraph = (text: string): CaseBlock => ({ kind: 'paragraph', text });
const list = (items: readonly string[]): CaseBlock => ({ kind: 'list', items });

/**
 * A virtual case as the blocks of a tabletop-exercise script in `lang` (です・ます in Japanese): an
 * introduction (what this is, which variant and replication, how the year was chosen, the command that
 * reproduces it), the year in numbers, the Gantt chart, then one section per incident in time order —
 * what happened, what stopped and why, who was affected, what recovery needed and waited for, costs,
 * the thresholds crossed with rule, basis and deadline, and what it meant for people — and notes on
 * reading the numbers. Every number is a field of the case, formatted.
 */
export function caseBlocks(vc: VirtualCase, options: CaseDocumentOptions): CaseBlock[] {
  const { lang, scenario, figure } = options;
  const ja = lang === 'ja';
  const names = caseNames(scenario, lang);
  const lastDay = formatDate(dayBefore(vc), lang);
  const blocks: CaseBlock[] = [];

  blocks.push(heading(1, ja ? `${vc.town} 仮想事例:${formatFiscalYear(vc.fiscalYear, 'ja')}の1年` : `${vc.town}, a virtual year: ${formatFiscalYear(vc.fiscalYear, 'en')}`));
  blocks.push(
    paragraph(
      ja
        ? `これは Machi のシミュレーションが作った仮想の1年で、実際の出来事ではありません。案「${variantLabel(vc.variant, 'ja', scenario)}」の反復${vc.replication}(乱数の種 ${vc.seed})の${vc.horizonYears}年のうち${vc.year + 1}年目、${caseDay(vc.from, 'ja')}から${lastDay}までです。図上訓練では、各事故の見出しの日時に自分たちが何をするかを話し合ってから、その先を読んでください。`
        : `This is a virtual year made by a Machi simulation; none of it happened. Option "${variantLabel(vc.variant, 'en', scenario)}", replication ${vc.replication} (seed ${vc.seed}), year ${vc.year + 1} of ${vc.horizonYears}: ${caseDay(vc.from, 'en')} to ${lastDay}. In a tabletop exercise, stop at each incident's heading, discuss what you would do at that moment, then read on.`,
    ),
  );
  if (options.selection) blocks.push(paragraph(selectionText(options.selection, lang, scenario)));
  if (options.command) {
    blocks.push(paragraph(ja ? '次のコマンドで同じ事例を作り直せます。' : 'This command reproduces the same case:'));
    blocks.push({ kind: 'code', text: options.command });
  }

  blocks.push(heading(2, ja ? '1年のまとめ' : 'The year in numbers', 'summary'));
  blocks.push({ kind: 'table', table: metricsTable(vc, lang, scenario) });
  if (vc.incidents.length > 0) blocks.push({ kind: 'table', table: incidentsTable(vc, lang) });

  blocks.push(heading(2, ja ? '止まっていた期間' : 'What was down, and when', 'gantt'), { kind: 'figure', figure });

  blocks.push(heading(2, ja ? 'タイムライン' : 'Timeline', 'timeline'));
  if (vc.carriedOver.length > 0) {
    blocks.push(paragraph(ja ? '前の年から続いている事故があります。' : 'Incidents from an earlier year were still going on:'));
    blocks.push(list(vc.carriedOver.map((i) => `${caseDateTime(i.start, lang)} ${causeLabel(i.cause, lang)}: ${i.systems.map((s) => names.system(s.system)).join(ja ? '、' : ', ')}`)));
  }
  if (vc.incidents.length === 0) blocks.push(paragraph(ja ? 'この年には事故はありませんでした。' : 'No incident happened this year.'));
  vc.incidents.forEach((incident, i) => blocks.push(...incidentBlocks(incident, i, lang, names)));

  blocks.push(heading(2, ja ? '数値の読み方' : 'Reading the numbers', 'notes'));
  blocks.push(
    list(
      ja
        ? [
            '数値はすべてこの反復のシミュレーション記録(事故ごとの結果と年ごとの指標)の値です。',
            'サービスを受けられなかった住民の数は、需要の率から求めた期待値を丸めたものです。',
            '通報・報告の期限は、事故の始まった時点で町が把握したものとして数えています。',
            '登場する住民は、町の年齢構成と事故の内容から選んだ架空の人物です。',
          ]
        : [
            "Every number is this replication's simulation record (each incident's outcome and the year's metrics).",
            'Residents without a service are expected counts from demand rates, rounded.',
            'Deadlines are counted from the start of the incident, taken as the moment the town became aware.',
            "The residents named are fictional, drawn from the town's age groups and what the incident did.",
          ],
    ),
  );
  return blocks;
}

/** The last day of the year (its end is exclusive, and a JST day has 24 hours). */
function dayBefore(vc: VirtualCase): { year: number; month: number; day: number } {
  const t = new Calendar(vc.startDate).civilAt(vc.to.hours - 24);
  return { year: t.year, month: t.month, day: t.day };
}

function selectionText(s: PickedYear, lang: Lang, scenario: Scenario): string {
  const ja = lang === 'ja';
  const metric = metricLabel(s.by, lang, scenario);
  const value = formatMetric(s.by, s.value, lang);
  const among = ja ? `${s.replications}回の試行×${s.years}年` : `${s.replications} replications × ${s.years} years`;
  if (s.rule === 'worst') return ja ? `この年は、${among}のうち「${metric}」が最も大きかった年です(${value})。` : `This year is the one with the largest "${metric}" among ${among} (${value}).`;
  if (s.rule === 'p99') return ja ? `この年は、${among}の「${metric}」の99パーセンタイル、100年に1度の年です(${value})。` : `This year is the 99th percentile of "${metric}" among ${among}: the 1-in-100 year (${value}).`;
  if (s.rule === 'typical') return ja ? `この年は、${among}の「${metric}」の中央値の年、典型的な年です(${value})。` : `This year is the median of "${metric}" among ${among}: a typical year (${value}).`;
  const action = actionLabel(s.rule.slice('action:'.length), lang);
  return ja
    ? `この年は、${among}のうち「${action}」が必要になった${s.candidates}年の中で「${metric}」が中央値の年です(${value})。`
    : `This year is the median by "${metric}" of the ${s.candidates} years, among ${among}, that needed "${action}" (${value}).`;
}

// Metrics always shown, then any other metric that is not zero this year.
const ALWAYS = ['incidents', 'downtimeHours', 'residentsWithoutService', 'residentHoursWithoutService', 'personsAffected', 'dataLostHours', 'runningCostYen', 'incidentCostYen', 'costYen'];

function metricsTable(vc: VirtualCase, lang: Lang, scenario: Scenario): Table {
  const ja = lang === 'ja';
  const names = Object.keys(vc.metrics).filter((m) => ALWAYS.includes(m) || vc.metrics[m] !== 0);
  const label = (m: string) => (m.startsWith('action.') ? (ja ? `${metricLabel(m, lang)}(件数)` : `${metricLabel(m, lang)} (incidents)`) : metricLabel(m, lang, scenario));
  return new Table({
    id: `case-metrics-${vc.variant}-r${vc.replication}-y${vc.year}`,
    title: ja ? `${formatFiscalYear(vc.fiscalYear, 'ja')}の指標` : `Metrics of ${formatFiscalYear(vc.fiscalYear, 'en')}`,
    columns: [
      { key: 'metric', label: ja ? '指標' : 'metric' },
      { key: 'value', label: ja ? 'この年の値' : 'this year', align: 'right' },
    ],
    rows: names.map((m) => [label(m), formatMetric(m, vc.metrics[m]!, lang)]),
    data: vc.metrics,
  });
}

function incidentsTable(vc: VirtualCase, lang: Lang): Table {
  const ja = lang === 'ja';
  const sep = ja ? '・' : ', ';
  return new Table({
    id: `case-incidents-${vc.variant}-r${vc.replication}-y${vc.year}`,
    title: ja ? 'この年の事故' : 'Incidents of the year',
    columns: [
      { key: 'start', label: ja ? '発生' : 'start' },
      { key: 'cause', label: ja ? '事故' : 'incident' },
      { key: 'kinds', label: ja ? '種類' : 'kind' },
      { key: 'persons', label: ja ? 'データの本人' : 'data subjects', align: 'right' },
      { key: 'downtime', label: ja ? '重要業務の最長停止' : 'longest critical downtime', align: 'right' },
      { key: 'cost', label: ja ? '費用' : 'cost', align: 'right' },
      { key: 'actions', label: ja ? '必要な対応' : 'actions required' },
    ],
    rows: vc.incidents.map((i) => [
      caseDateTime(i.start, lang),
      causeLabel(i.cause, lang),
      i.kinds.map((k) => kindLabel(k, lang)).join(sep) || '—',
      formatPersons(i.personsAffected, lang),
      formatHours(i.criticalDowntimeHours, lang),
      formatYen(i.costYen, lang),
      i.actions.map((a) => actionLabel(a.action, lang)).join(sep) || '—',
    ]),
    data: vc.incidents.map((i) => ({ id: i.id, startHours: i.start.hours, personsAffected: i.personsAffected, criticalDowntimeHours: i.criticalDowntimeHours, costYen: i.costYen })),
  });
}
