/**
 * @machi/report — Monte Carlo results and simulated years turned into figures (standalone SVG), tables
 * (Markdown and HTML), whole reports and virtual cases, in Japanese or English. Pure and browser-safe:
 * nothing here touches the file system (`@machi/report/node` adds PNG export).
 */
export type { Lang } from './lang.ts';
export { LANGS } from './lang.ts';
export { escapeHTML } from './escape.ts';
export { Figure, type PngOptions } from './figure.ts';
export { Table, type TableColumn, type TableInput } from './table.ts';
export { JUPYTER_DISPLAY, type Displayable, type DocumentLike, type ElementLike, type MimeBundle } from './displayable.ts';
export { coordinate } from './svg/coordinate.ts';
export { FONT_STACK } from './svg/font-stack.ts';
export { svgDocument, type SvgDocumentInput } from './svg/svg-document.ts';
export * from './format/index.ts';
export * from './tables/index.ts';
export { renderReport, type Report, type ReportOptions } from './document/render-report.ts';
export { regenerateCommand } from './document/stamp-section.ts';
export { markdownText } from './markdown-text.ts';
export { shellWord } from './shell-word.ts';
export { metricLabel, columnLabel, metricUnit, formatMetric, actionLabel, dataClassLabel, kindLabel, variantLabel, localized } from './labels.ts';
export { csvHeading } from './csv-heading.ts';
export { display } from './document/display.ts';
export * from './charts/index.ts';
export { causeLabel } from './cause-label.ts';
export * from './case/index.ts';
export * from './csv/index.ts';
export * from './measures/index.ts';
export { calibrationSection, calibrationTable, calibrationClassesTable, renderCalibration } from './document/calibration-section.ts';
export { renderAssumptions, type AssumptionsAppendix, type AssumptionsOptions } from './document/assumptions-appendix.ts';
export { ASSUMPTIONS_FILES } from './document/assumptions-section.ts';
export { uncertaintySection, uncertaintySummary, type UncertaintyStudies } from './document/uncertainty-section.ts';
export { coordinateLabel, inputLabel, quantityLabel, studyMetricLabel } from './uncertainty/study-labels.ts';
export { rankingGroupsAtNominal, tiedAtNominal } from './uncertainty/tied-at-nominal.ts';
export { renderStudyReport, type StudyReportOptions } from './document/study-report.ts';
