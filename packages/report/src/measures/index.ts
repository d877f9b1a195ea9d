export { renderMeasureStudy, type MeasureStudyReport } from './measure-study-report.ts';
