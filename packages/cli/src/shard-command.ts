import { join } from 'node:path';
import { canonicalScenario, runShard, shardPlan, studyBlocks, studyKey, tableColumns } from '@machi/scenarios';
import { blockExecutor, encodeBlockFile } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { loadScenarioArg, provenanceOfArg } from './scenario-source.ts';
import { shardFileName } from './shard-file-name.ts';
import { parseStudyArgs, studyVariants, type StudyArgs } from './study-args.ts';

/** The options of `machi shard` as commander hands them over (text, unchecked). */
export interface ShardArgs extends StudyArgs {
  readonly index?: string;
  readonly count?: string;
  readonly out?: string;
}

/**
 * `machi shard FILE|PRESET --index I --count N [study options] [--workers W] --out SHARDS`: shard I (from
 * 0) of N of the study the same options give `machi run`, written atomically as
 * SHARDS/shard-000I-of-000N.machi.gz — the unit of a batch scheduler's array job (a Kubernetes Indexed
 * Job, an AWS Batch or Slurm array, one index each). The file carries the study's key, the scenario and
 * its sources, so `machi merge SHARDS --out DIR` needs nothing else and writes the bytes `machi run`
 * writes. Running a shard twice writes the same file. With --precision every shard runs in full (no
 * shard sees the others); the merge stops where a one-process run stops.
 *
 * @throws CliError (usage) for a bad option, an index not below the count, more shards than blocks; as
 *   `machi run` for the scenario and the folder.
 * @example
 * await shardCommand('small-town', { index: '3', count: '8', runs: '10000', out: 'shards' }, ctx);
 */
export async function shardCommand(arg: string, args: ShardArgs, ctx: Context): Promise<string> {
  const { t } = ctx;
  const out = args.out;
  if (out === undefined || out === '') throw new CliError(EXIT.usage, t.missingOption('--out <dir>'));
  if (args.index === undefined) throw new CliError(EXIT.usage, t.missingOption('--index <i>'));
  if (args.count === undefined) throw new CliError(EXIT.usage, t.missingOption('--count <n>'));
  const index = parseInteger('--index', args.index, 'nonNegative', t);
  const count = parseInteger('--count', args.count, 'positive', t);
  if (index >= count) throw new CliError(EXIT.usage, t.badShardIndex(index, count));
  const options = parseStudyArgs(args, ctx);
  const { scenario } = loadScenarioArg(arg, ctx, options.horizonYears);
  const variants = studyVariants(args.variants, scenario, ctx);
  const key = studyKey(scenario, { variants, runs: options.runs, seed: options.seed, horizonYears: options.horizonYears, precision: options.precision });
  let range;
  try {
    range = shardPlan(key, count)[index]!;
  } catch {
    throw new CliError(EXIT.usage, t.badShardCount(count, studyBlocks(key).length));
  }
  const provenance = provenanceOfArg(arg, ctx);
  prepareOut(out, ctx);

  const progress = progressLine(ctx);
  const executor = blockExecutor(scenario, options.workers);
  let shard;
  try {
    shard = await runShard(scenario, key, index, count, executor, (replications) => progress.update({ replications, runs: range.replications }));
  } finally {
    progress.done();
    await executor.release();
  }
  const names = tableColumns(scenario);
  const path = join(out, shardFileName(index, count));
  const bytes = encodeBlockFile({ key, shard: { index, count }, scenario: canonicalScenario(scenario), provenance, names, blocks: shard.blocks });
  try {
    ctx.io.writeFiles([{ path, pieces: [bytes] }]);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return `${t.shardWritten(path, index, count, range.first, range.replications)}\n`;
}
