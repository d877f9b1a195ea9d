import type { Scenario, StudyStamp } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { Table } from '../table.ts';
import { heading, paragraph, type Block } from './blocks.ts';
import { assembleReport, reportParts } from './report-assembly.ts';
import { stampBlocks, stampIdentity } from './stamp-section.ts';
import type { Report } from './render-report.ts';
import { uncertaintySection, type UncertaintyStudies } from './uncertainty-section.ts';

/** Options of `renderStudyReport`. */
export interface StudyReportOptions {
  readonly lang: Lang;
  /** The scenario studied: names of options and of the inputs' places. */
  readonly scenario?: Scenario;
  /** The command that regenerates the study. */
  readonly command: string;
  /** Folder of the figure SVG files that report.md links to (default `figures`). */
  readonly figureFolder?: string;
}

/**
 * The report of `machi uncertainty` or `machi sensitivity` on its own: a title, what the study asks, the
 * section "How sure are we?" (`uncertaintySection`), and the stamp with the command that regenerates it.
 * Pure: the same studies and options give the same bytes. A full run's report carries the same section
 * through `renderReport(result, { uncertainty })`.
 *
 * @throws RangeError when `studies` holds no study.
 * @example
 * const report = renderStudyReport({ uncertainty: study }, { lang: 'ja', scenario, command: 'machi uncertainty small-town …' });
 */
export function renderStudyReport(studies: UncertaintyStudies, options: StudyReportOptions): Report {
  const { lang, scenario } = options;
  const study = studies.uncertainty ?? studies.sensitivity;
  if (!study) throw new RangeError('renderStudyReport needs an uncertainty or a sensitivity study');
  const t = localeOf(lang).uncertainty.studyReport;
  const title = t.title(study.stamp.scenarioName);
  const parts = reportParts();
  const { fig, tab } = parts;
  const blocks: Block[] = [
    heading(1, title),
    paragraph(t.intro(study.kind)),
    ...uncertaintySection(studies, lang, scenario, fig, tab),
    ...studyStamp(study.stamp, lang, options.command, tab),
  ];
  return assembleReport(title, lang, blocks, parts, options.figureFolder);
}

/** The study's stamp (version, scenario hash, seed, model runs) and the command that regenerates it. */
function studyStamp(stamp: StudyStamp, lang: Lang, command: string, tab: (table: Table) => Block): Block[] {
  const s = localeOf(lang).stamp;
  const rows: [string, string][] = [
    ...stampIdentity(stamp, lang),
    [localeOf(lang).uncertainty.studyReport.modelRuns, stamp.replications.toLocaleString('en-US')],
    [s.years, String(stamp.horizonYears)],
    [s.variants, stamp.variants.join(', ')],
  ];
  return stampBlocks(rows, stamp, lang, localeOf(lang).uncertainty.studyReport.regenerate, command, tab);
}
