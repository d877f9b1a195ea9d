export type {
  StudyMetric,
  StudyInput,
  StudyFactor,
  StudyWords,
  StudyNumbers,
  DecisionQuantity,
  StudyDesign,
  StudyStamp,
  MetricAcrossInputs,
  ExceedanceBand,
  MetricProbabilityBest,
  MetricRankingHolds,
  InputSetRow,
  StudyPrecision,
  UncertaintyStudyResult,
  QuantityScreening,
  QuantityIndices,
  QuantityTornado,
  QuantitySwitching,
  LeadingInput,
  SensitivityStudyResult,
} from './study-result.ts';
export { studyInputs, studySpace, applyInputSet, type StudyInputs, type InputPlaces } from './study-inputs.ts';
export { studyCoordinates, type StudyCoordinates } from './study-design.ts';
export {
  STUDY_METRICS,
  runInputSet,
  runInputSets,
  mergeInputSetRuns,
  inProcessInputSets,
  isInputSetTask,
  type InputSetTask,
  type InputSetOutcome,
  type InputSetRun,
  type InputSetExecutor,
  type StudyExecutor,
  EXCEEDANCE_STUDY_METRICS,
} from './input-set-run.ts';
export { studyPlan, inputSetTask, betterOf, type StudyOptions, type StudyPlan } from './study-plan.ts';
export { uncertaintyStudy, uncertaintyStudyWith, uncertaintyDesign, uncertaintyResult, type UncertaintyStudyOptions } from './uncertainty-study.ts';
export { UNCERTAINTY_DEFAULTS } from './uncertainty-study.ts';
export { sensitivityStudy, sensitivityStudyWith, type SensitivityStudyOptions } from './sensitivity-study.ts';
export { studyMemoryBytes, checkStudyMemory, StudyMemoryError, type StudyShape } from './study-memory.ts';
export { SENSITIVITY_DEFAULTS } from './sensitivity-study.ts';
