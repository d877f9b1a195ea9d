import type { CalibrationResult, CalibrationRow } from '@machi/scenarios';
import { digits, significant } from '../format/digits.ts';
import { formatNumber, formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { blocksToHTML } from './blocks-html.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import { heading, list, paragraph, tableBlock, type Block } from './blocks.ts';
import { htmlPage } from './html-page.ts';

const rate = (x: number): string => (x === 0 ? '0' : x < 10 ? significant(x, 2) : formatNumber(x));

function observedCell(row: CalibrationRow, lang: Lang): string {
  const t = localeOf(lang).calibration;
  const o = row.observed;
  const when = `${o.window}, ${t.yearBasis[o.yearBasis]}`;
  if (o.kind === 'lowerBound') return `${t.atLeast(rate(o.central), rate(o.low), o.high === null ? null : rate(o.high))}\n${when}`;
  const interval = `${rate(o.central)} (${formatRange(rate(o.low), rate(o.high!), lang)})`;
  return `${interval}\n${o.kind === 'range' ? `${when}; ${t.shareRange}` : when}`;
}

/**
 * The calibration table: for each national quantity, the observed yearly count with its interval, the
 * simulated national mean with its Monte Carlo interval, their ratio, the verdict and the source.
 *
 * @example
 * calibrationTable(result, 'ja').toMarkdown();
 */
export function calibrationTable(result: CalibrationResult, lang: Lang): Table {
  const t = localeOf(lang).calibration;
  const c = t.columns;
  return new Table({
    id: 'calibration',
    title: t.rowsTitle,
    columns: [
      { key: 'quantity', label: c.quantity },
      { key: 'observed', label: c.observed },
      { key: 'simulated', label: c.simulated, align: 'right' },
      { key: 'ratio', label: c.ratio, align: 'right' },
      { key: 'verdict', label: c.verdict },
      { key: 'source', label: c.source },
    ],
    rows: result.rows.map((row) => [
      row.label[lang],
      observedCell(row, lang),
      row.simulated ? `${rate(row.simulated.mean)} (${formatRange(rate(row.simulated.ciLow), rate(row.simulated.ciHigh), lang)})` : '–',
      row.ratio === null ? '–' : significant(row.ratio, 2),
      row.reason ? `${t.verdicts[row.verdict]}: ${row.reason[lang]}` : t.verdicts[row.verdict],
      row.observed.source,
    ]),
    data: result.rows.map((row) => ({ id: row.id, observed: row.observed.central, simulated: row.simulated?.mean ?? null, ratio: row.ratio, verdict: row.verdict })),
    note: t.rowsNote,
  });
}

/** The classes of municipalities, their counts and mean populations, and the preset that represents each. */
export function calibrationClassesTable(result: CalibrationResult, lang: Lang): Table {
  const t = localeOf(lang).calibration;
  const c = t.columns;
  return new Table({
    id: 'calibration-classes',
    title: t.classesTitle,
    columns: [
      { key: 'class', label: c.class },
      { key: 'bodies', label: c.bodies, align: 'right' },
      { key: 'meanPopulation', label: c.meanPopulation, align: 'right' },
      { key: 'representedBy', label: c.representedBy },
    ],
    rows: result.classes.map((k) => [
      k.name[lang],
      digits(k.bodies),
      digits(k.meanPopulation),
      t.representedBy(k.preset, digits(k.presetPopulation), k.hosting.map((h) => `${h.variant} ${digits(h.share * 100)}%`).join(', ')),
    ]),
    note: t.classesNote,
  });
}

/**
 * The calibration appendix of a report: what was run, the table of observed against simulated national
 * counts, how each simulated count is made, and the classes with the presets that represent them.
 */
export function calibrationSection(result: CalibrationResult, lang: Lang): Block[] {
  const t = localeOf(lang).calibration;
  const s = result.stamp;
  const how = result.rows.flatMap((row) => (row.simulated ? [`${row.label[lang]}: ${row.simulated.why[lang]} — ${t.scalings[row.simulated.scaling]}`] : []));
  return [
    heading(2, t.heading, 'calibration'),
    paragraph(t.intro(digits(s.runs), s.horizonYears, String(s.seed))),
    tableBlock(calibrationTable(result, lang)),
    heading(3, t.howCounted),
    list(how),
    tableBlock(calibrationClassesTable(result, lang)),
  ];
}

/**
 * The calibration appendix on its own, as `machi calibrate --out` writes it: Markdown and a
 * self-contained HTML page.
 *
 * @example
 * writeFileSync('calibration.html', renderCalibration(result, 'en').toHTML());
 */
export function renderCalibration(result: CalibrationResult, lang: Lang): { toMarkdown(): string; toHTML(): string } {
  const blocks = calibrationSection(result, lang);
  const title = localeOf(lang).calibration.heading;
  return { toMarkdown: () => blocksToMarkdown(blocks, lang, { folder: 'figures' }), toHTML: () => htmlPage({ title, lang, body: blocksToHTML(blocks, lang) }) };
}
