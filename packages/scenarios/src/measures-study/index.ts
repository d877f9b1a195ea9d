export {
  MEASURE_STUDY_METRICS,
  measureEffects,
  measureStudy,
  measureStudyPlan,
  type MeasureEffect,
  type MeasurePair,
  type MeasureStudyMetric,
  type MeasureStudyPlan,
  type MeasureStudyResult,
  type PairedEstimate,
} from './measure-study.ts';
