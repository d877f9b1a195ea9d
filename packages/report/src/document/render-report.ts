import { HEADLINE_METRICS, type CalibrationResult, type ExceedanceMetric, type Metric, type MonteCarloResult, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import {
  actionProbabilityFigure,
  convergenceFigure,
  curvesCoincide,
  distributionFigure,
  exceedanceFigure,
  pairedDifferenceFigure,
  type ExceedanceFigureData,
} from '../charts/index.ts';
import { JUPYTER_DISPLAY, type MimeBundle } from '../displayable.ts';
import type { Figure } from '../figure.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { metricLabel, variantLabel } from '../labels.ts';
import type { Table } from '../table.ts';
import {
  actionDriversTable,
  actionsTable,
  baselineComparisonsTable,
  convergenceSummaryTable,
  decisionTable,
  differencesTable,
  fiscalYearTable,
  metricTable,
  returnPeriodTable,
} from '../tables/index.ts';
import { assumptionsSummary } from './assumptions-section.ts';
import { heading, link, paragraph, type Block } from './blocks.ts';
import { assembleReport, reportParts } from './report-assembly.ts';
import { calibrationSection } from './calibration-section.ts';
import { limitsSection } from './limits-section.ts';
import { figureRef, tableRef } from './numbering.ts';
import { safetySection } from './safety-section.ts';
import { stampSection } from './stamp-section.ts';
import { summarySection } from './summary-section.ts';
import { uncertaintySection, uncertaintySummary, type UncertaintyStudies } from './uncertainty-section.ts';

export interface ReportOptions {
  readonly lang: Lang;
  /** The scenario that ran: names of variants and services, the policy's unconfirmed points, fiscal years. */
  readonly scenario?: Scenario;
  /** Every sourced number of the scenario as written (`collectProvenance` of the file or preset). */
  readonly provenance?: readonly ProvenanceEntry[];
  /** The command that regenerates the run (default: `machi run scenario.resolved.json …` from the stamp). */
  readonly command?: string;
  /** Folder of the figure SVG files that report.md links to (default `figures`). */
  readonly figureFolder?: string;
  /** A calibration study (`calibrate`) to carry as an appendix before the stamp. */
  readonly calibration?: CalibrationResult;
  /** Input-uncertainty studies (`machi uncertainty`, `machi sensitivity`): the section "How sure are we?" and its summary sentence. */
  readonly uncertainty?: UncertaintyStudies;
}

/** A whole report: its blocks, and the figures and tables in it, renderable as Markdown and HTML. */
export interface Report {
  readonly title: string;
  readonly lang: Lang;
  readonly blocks: readonly Block[];
  readonly figures: readonly Figure[];
  readonly tables: readonly Table[];
  /** report.md: figures as image links to `<figureFolder>/<id>.svg`. */
  toMarkdown(): string;
  /** report.html: one self-contained file (inline SVG and CSS, no script, nothing fetched). */
  toHTML(): string;
  /** The SVG files report.md links to, as `{ path, text }` relative to the report. */
  figureFiles(): { path: string; text: string }[];
  [JUPYTER_DISPLAY](): MimeBundle;
}

// Beyond each headline metric's table and distribution, the report draws: return periods and paired
// differences of cost and downtime, exceedance curves of cost, downtime and persons, convergence of
// cost and downtime.
const RETURN_PERIODS: readonly Metric[] = ['costYen', 'downtimeHours'];
const EXCEEDANCE: readonly ExceedanceMetric[] = ['costYen', 'downtimeHours', 'personsAffected'];
const DIFFERENCES: readonly Metric[] = ['costYen', 'downtimeHours'];
const CONVERGENCE: readonly Metric[] = ['costYen', 'downtimeHours'];

/**
 * The report of a Monte Carlo run in `lang`: a one-page table of every option's key figures, what
 * differs between the options (read from the scenario, when given), a summary for decision makers, the safety score, response
 * actions, every headline metric (tables, exceedance curves, distributions), comparisons with the first
 * variant, fiscal-year costs, convergence, a summary of the assumptions (the full list is the appendix,
 * `renderAssumptions`), limits, and the stamp with the
 * command that regenerates it. Pure: the same result and options give the same bytes. The scenario's
 * `name` is the title; every text from the scenario is escaped in both formats.
 *
 * @example
 * const report = renderReport(result, { lang: 'ja', scenario });
 * writeFileSync('report.html', report.toHTML());
 */
export function renderReport(result: MonteCarloResult, options: ReportOptions): Report {
  const { lang, scenario } = options;
  const t = localeOf(lang).report;
  const title = result.stamp.scenarioName;
  const opts = { lang, ...(scenario ? { scenario } : {}) };
  const parts = reportParts();
  const { fig, tab, files } = parts;
  const folder = options.figureFolder ?? 'figures';
  const baseline = result.variants[0]?.id;

  const blocks: Block[] = [
    heading(1, title),
    paragraph(t.intro(result.stamp.version, result.stamp.runs.toLocaleString('en-US'), result.stamp.horizonYears, String(result.stamp.seed))),
  ];
  // The first page decides: one table of every option's key figures, before anything else.
  if (result.variants.length > 0) blocks.push(heading(2, localeOf(lang).decision.heading, 'decision'), tab(decisionTable(result, opts)));
  // The comparison opens with what the options are, read from the scenario, before any figure.
  if (scenario && result.variants.length > 0) {
    const d = localeOf(lang).differences;
    blocks.push(heading(2, d.heading, 'differences'), paragraph(d.intro), tab(differencesTable(scenario, result.variants.map((v) => v.id), lang)));
  }
  blocks.push(...summarySection(result, lang, scenario, options.uncertainty && uncertaintySummary(options.uncertainty, lang, scenario)));
  blocks.push(...safetySection(result, lang, scenario, tab));

  blocks.push(heading(2, t.actionsHeading, 'actions'));
  blocks.push(tab(actionsTable(result, opts)), fig(actionProbabilityFigure(result, opts)));
  for (const action of ['pressConference', 'reportToCommission']) blocks.push(tab(actionDriversTable(result, action, opts)));

  blocks.push(heading(2, t.metricsHeading, 'metrics'));
  const numbering = localeOf(lang).numbering;
  const variantNames = localeOf(lang).list.and(result.variants.map((v) => variantLabel(v.id, lang, scenario)));
  for (const { metric } of HEADLINE_METRICS) {
    const metricTables = [metricTable(result, metric, opts), ...(RETURN_PERIODS.includes(metric) ? [returnPeriodTable(result, metric, opts)] : [])];
    const curves = (EXCEEDANCE as readonly Metric[]).includes(metric) ? (['aep', 'oep'] as const).map((curve) => exceedanceFigure(result, { ...opts, metric, curve })) : [];
    // Curves that lie on one another are told in a sentence, not drawn as one line with four names.
    const coincide = (f: Figure) => curvesCoincide(f.data as ExceedanceFigureData);
    const distribution = distributionFigure(result, { ...opts, metric });
    // On paper a metric has its tables and at most one chart, its annual exceedance curve (AEP); the
    // occurrence curve and the distribution are files for analysts: the distribution draws the numbers
    // of the metric's table, the occurrence curve's are in exceedance.csv.
    const drawn = curves.filter((f) => !coincide(f));
    const printed = drawn.filter((f) => f.id.startsWith('aep-'));
    files.push(...drawn.filter((f) => !printed.includes(f)), distribution);
    blocks.push(heading(3, metricLabel(metric, lang, scenario)), paragraph(numbering.shownIn(metricTables.map((x) => tableRef(x.id)), printed.map((f) => figureRef(f.id)))));
    blocks.push(...metricTables.map(tab));
    for (const curve of curves) if (coincide(curve)) blocks.push(paragraph(numbering.curvesCoincide(curve.title, variantNames)));
    blocks.push(...printed.map(fig));
  }

  if (baseline !== undefined && result.variants.length > 1) {
    blocks.push(heading(2, t.comparisonsHeading, 'comparisons'));
    blocks.push(tab(baselineComparisonsTable(result, { ...opts, metrics: HEADLINE_METRICS.map((h) => h.metric), baseline })));
    for (const metric of DIFFERENCES) blocks.push(fig(pairedDifferenceFigure(result, { ...opts, metric, baseline })));
  }

  blocks.push(...uncertaintySection(options.uncertainty ?? {}, lang, scenario, fig, tab));

  if (scenario) {
    const fiscal = fiscalYearTable(result, { lang, scenario });
    if (fiscal) blocks.push(heading(2, t.fiscalHeading, 'fiscal-years'), tab(fiscal), paragraph(t.standardisationNote));
  }

  blocks.push(heading(2, t.convergenceHeading, 'convergence'));
  blocks.push(
    paragraph(t.convergenceIntro(localeOf(lang).stopReasons[result.stamp.stoppedBy])),
    tab(convergenceSummaryTable(result, opts)),
  );
  files.push(...CONVERGENCE.map((metric) => convergenceFigure(result, { ...opts, metric })));
  if (files.length > 0) {
    blocks.push(heading(2, numbering.fileFiguresHeading, 'figure-files'), paragraph(numbering.fileFiguresIntro));
    blocks.push(...files.map((f) => link(numbering.fileFigure(f.title, `${folder}/${f.id}.svg`), `${folder}/${f.id}.svg`)));
  }

  blocks.push(...assumptionsSummary(options.provenance, lang, scenario), ...limitsSection(lang, scenario, options.uncertainty));
  if (options.calibration) blocks.push(...calibrationSection(options.calibration, lang));
  blocks.push(...stampSection(result.stamp, lang, options.command));

  return assembleReport(title, lang, blocks, parts, folder);
}
