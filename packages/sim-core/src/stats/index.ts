export { Tally } from './tally.ts';
export { TimeWeighted } from './time-weighted.ts';
export { Counter } from './counter.ts';
export { studentTQuantile } from './student-t.ts';
export { meanInterval, wilsonInterval, type Interval } from './confidence.ts';
export { quantiles } from './quantile.ts';
export { blockMoments, type Moments } from './block-moments.ts';
export { replicate, type Model, type ReplicationContext, type ReplicateOptions } from './replicate.ts';
export { concatTables, tableToJSON, type ReplicationTable } from './replication-table.ts';
export { summarize, type MetricSummary } from './summarize.ts';
export { clusteredMean, type ClusteredMean, type ClusteredMeanOptions } from './clustered-mean.ts';
export {
  RETURN_PERIODS,
  returnPeriodRisk,
  type ReturnPeriodRisk,
  type ReturnPeriodRiskOptions,
} from './return-period-risk.ts';
export {
  exceedanceCurve,
  type ExceedanceCurve,
  type ExceedanceCurveOptions,
  type ExceedancePoint,
} from './exceedance-curve.ts';
export { pairedComparison, type PairedComparison, type PairedComparisonOptions } from './paired-comparison.ts';
export { actionFrequency, type ActionFrequency } from './action-frequency.ts';
export { jointProbability, type JointProbability } from './joint-probability.ts';
export { convergenceTable, type ConvergenceRow, type ConvergenceTableOptions } from './convergence-table.ts';
export { isPrecise, type PrecisionTarget } from './is-precise.ts';
export { SortedSample } from './sorted-sample.ts';
