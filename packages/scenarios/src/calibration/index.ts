export { exactPoissonInterval, type PoissonInterval } from './poisson-interval.ts';
export { MUNICIPALITY_CLASSES, CLASS_REPRESENTATION, type MunicipalityClass, type ClassRepresentation, type SourcedCount } from './municipality-classes.ts';
export { NATIONAL_QUANTITIES, type NationalQuantity, type Observation, type Counterpart, type IncidentFilter, type Scaling } from './national-counts.ts';
export { countCounterpart } from './count-counterpart.ts';
export { calibrationBlock, comparableQuantities, isCalibrationTask, type CalibrationRun, type CalibrationTask, type CalibrationBlock } from './calibration-block.ts';
export { scalingTerms, nationalPerReplication, runKey, type ScalingTerm } from './scaling.ts';
export { observedRate, verdict, type ObservedRate, type Verdict } from './compare.ts';
export {
  calibrate,
  calibrateWith,
  calibrationScenarios,
  type CalibrationOptions,
  type CalibrationResult,
  type CalibrationRow,
  type CalibrationClass,
  type CalibrationExecutor,
} from './run-calibration.ts';
