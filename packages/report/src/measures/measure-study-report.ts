import { csvField, type MeasureEffect, type MeasureStudyResult, type PairedEstimate, type Scenario } from '@machi/scenarios';
import { blocksToHTML } from '../document/blocks-html.ts';
import { blocksToMarkdown } from '../document/blocks-markdown.ts';
import { heading, paragraph, tableBlock, type Block } from '../document/blocks.ts';
import { htmlPage } from '../document/html-page.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { estimateText, type FinerFormat } from '../format/estimate-text.ts';
import { measureText } from '../tables/measure-text.ts';

/** The measures study as files: a short report in Markdown and HTML, and every number as CSV. */
export interface MeasureStudyReport {
  readonly title: string;
  /**
   * Two tables of one row per option and measure, so that each fits A4 portrait: what the measure costs
   * and the critical downtime with and without it, then what it avoids and what it adds in all.
   */
  readonly tables: readonly [Table, Table];
  readonly markdown: string;
  readonly html: string;
  /** One row per option and measure, numbers unformatted (yen, hours a year), UTF-8 with a header. */
  readonly csv: string;
}

const CSV_COLUMNS = [
  'variant',
  'measure_index',
  'measure_kind',
  'measure',
  'measure_cost_yen_per_year',
  'downtime_hours_with',
  'downtime_hours_without',
  'downtime_avoided_hours',
  'downtime_avoided_low',
  'downtime_avoided_high',
  'data_lost_hours_with',
  'data_lost_hours_without',
  'data_lost_avoided_hours',
  'data_lost_avoided_low',
  'data_lost_avoided_high',
  'residents_records_lost_with',
  'residents_records_lost_without',
  'residents_records_lost_avoided',
  'residents_records_lost_avoided_low',
  'residents_records_lost_avoided_high',
  'cost_yen_with',
  'cost_yen_without',
  'cost_added_yen',
  'cost_added_low',
  'cost_added_high',
  'yen_per_hour_avoided',
  'yen_per_hour_avoided_low',
  'yen_per_hour_avoided_high',
] as const;

const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/**
 * The report of a measures study (`measureStudy`) in `lang`: for each option and each of its measures,
 * its cost a year, critical downtime with and without it, the downtime and data loss it avoids, the
 * total cost it adds and its cost per hour of downtime avoided, with 95% paired intervals. Names from
 * the scenario are escaped in every format (CSV cells against spreadsheet formulas too). Pure.
 *
 * @example
 * const { markdown, csv } = renderMeasureStudy(await measureStudy(scenario, { runs: 200, seed: 1 }), { lang: 'ja', scenario });
 */
export function renderMeasureStudy(study: MeasureStudyResult, { lang, scenario }: { lang: Lang; scenario: Scenario }): MeasureStudyReport {
  const t = localeOf(lang).measureStudy;
  const hours = (x: number, finer = 0) => formatHours(x, lang, finer);
  const yen = (x: number, finer = 0) => formatYen(x, lang, finer);
  const persons = (x: number, finer = 0) => formatPersons(x, lang, finer);
  const withInterval = (e: PairedEstimate, format: FinerFormat) => estimateText(e.mean, e.low, e.high, format, lang, { cell: true });
  // Ten columns do not fit A4 portrait: the option and its measure share the first column, and the
  // figures are split into what the measure costs and does to downtime, then what else it avoids.
  const name = (e: MeasureEffect) => `${variantLabel(e.variant, lang, scenario)}\n${measureText(e.measure, scenario, lang)}`;
  const columns = (keys: readonly Exclude<keyof typeof t.columns, 'option' | 'measure'>[]) => [
    { key: 'option', label: `${t.columns.option} / ${t.columns.measure}` },
    ...keys.map((key) => ({ key, label: t.columns[key], align: 'right' as const })),
  ];
  const costTable = new Table({
    id: 'measure-downtime',
    title: t.costTableTitle,
    columns: columns(['cost', 'downtimeWith', 'downtimeWithout', 'downtimeAvoided']),
    rows: study.effects.map((e) => [name(e), yen(e.annualCostYen), hours(e.withMeasure.downtimeHours), hours(e.withoutMeasure.downtimeHours), withInterval(e.downtimeAvoided, hours)]),
    data: study.effects.map(({ variant, index, annualCostYen, withMeasure, withoutMeasure, downtimeAvoided }) => ({ variant, index, annualCostYen, withMeasure, withoutMeasure, downtimeAvoided })),
  });
  const effectTable = new Table({
    id: 'measure-effects',
    title: t.tableTitle,
    columns: columns(['dataLostAvoided', 'recordsLostAvoided', 'costAdded', 'yenPerHour']),
    rows: study.effects.map((e) => [
      name(e),
      withInterval(e.dataLostAvoided, hours),
      withInterval(e.recordsLostAvoided, persons),
      withInterval(e.costAdded, yen),
      e.yenPerHourAvoided === null ? t.noRatio : withInterval(e.yenPerHourAvoided, yen),
    ]),
    data: study.effects.map(({ variant, index, dataLostAvoided, recordsLostAvoided, costAdded, yenPerHourAvoided }) => ({ variant, index, dataLostAvoided, recordsLostAvoided, costAdded, yenPerHourAvoided })),
    note: t.note,
  });
  const title = t.title(scenario.name);
  const blocks: Block[] = [heading(1, title), paragraph(t.intro(study.runs.toLocaleString('en-US'), study.horizonYears, String(study.seed)))];
  if (study.effects.length === 0) blocks.push(paragraph(t.noMeasures));
  else blocks.push(paragraph(t.reading), tableBlock(costTable), tableBlock(effectTable));

  const csvRows = study.effects.map((e) =>
    [
      csvField(e.variant),
      String(e.index),
      e.measure.kind,
      csvField(measureText(e.measure, scenario, lang)),
      num(e.annualCostYen),
      num(e.withMeasure.downtimeHours),
      num(e.withoutMeasure.downtimeHours),
      num(e.downtimeAvoided.mean),
      num(e.downtimeAvoided.low),
      num(e.downtimeAvoided.high),
      num(e.withMeasure.dataLostHours),
      num(e.withoutMeasure.dataLostHours),
      num(e.dataLostAvoided.mean),
      num(e.dataLostAvoided.low),
      num(e.dataLostAvoided.high),
      num(e.withMeasure.residentsWithRecordsLost),
      num(e.withoutMeasure.residentsWithRecordsLost),
      num(e.recordsLostAvoided.mean),
      num(e.recordsLostAvoided.low),
      num(e.recordsLostAvoided.high),
      num(e.withMeasure.costYen),
      num(e.withoutMeasure.costYen),
      num(e.costAdded.mean),
      num(e.costAdded.low),
      num(e.costAdded.high),
      num(e.yenPerHourAvoided?.mean),
      num(e.yenPerHourAvoided?.low),
      num(e.yenPerHourAvoided?.high),
    ].join(','),
  );
  return {
    title,
    tables: [costTable, effectTable],
    markdown: blocksToMarkdown(blocks, lang, 'none'),
    html: htmlPage({ title, lang, body: blocksToHTML(blocks, lang) }),
    csv: `${[CSV_COLUMNS.join(','), ...csvRows].join('\n')}\n`,
  };
}
