export { runMonteCarlo, runMonteCarloWith, inProcess, resultToJSON } from './run-monte-carlo.ts';
export type { MonteCarloOptions, MonteCarloResult, MonteCarloStamp, BlockExecutor } from './run-monte-carlo.ts';
export type { VariantResult, MetricResult, ActionResult, ExceedanceResult, Comparison, Estimate } from './aggregate.ts';
export { runScenarioBlock, blockBuffers, type BlockTask, type ScenarioBlock, type VariantBlock } from './block.ts';
export { type HeadlineEstimate } from './headline.ts';
export { columnStorage, tableColumns } from './columns.ts';
export { bytesPerReplicationYear, type VariantTable } from './table.ts';
export { replicationsCSV, float32Text, csvField, type ReplicationsCsvOptions } from './replications-csv.ts';
export { MACHI_VERSION, MODEL_ALGORITHMS, canonicalScenario, scenarioSha256 } from './stamp.ts';
