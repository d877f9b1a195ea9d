import { join } from 'node:path';
import { loadScenario, MACHI_VERSION, mergeShards, scenarioSha256, shardProblem, studyDifference, tableColumns, type Shard, type StudyKey } from '@machi/scenarios';
import { BlockFileError, decodeBlockFile, type BlockFile } from '@machi/scenarios/node';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { loadPngRenderer } from './png-renderer.ts';
import { prepareOut } from './prepare-out.ts';
import { progressLine } from './progress-line.ts';
import { writeRunOutputs } from './run-outputs.ts';
import { runSummary } from './run-summary.ts';
import { shardProblemText } from './shard-problem-text.ts';
import { SHARD_FILE_SUFFIX } from './shard-file-name.ts';

/**
 * `machi merge SHARDS --out DIR`: the shard files `machi shard` wrote into SHARDS, merged in index order
 * into the files `machi run` writes — result.json and replications.csv byte for byte those of a
 * one-process run of the same study, and the same report. Every file is checked first, and the merge
 * refuses, naming the file: a damaged file, a shard of another machi version, of another study
 * (scenario or option set) or of another shard count, a duplicated index, and a missing one. Nothing is
 * written into DIR then.
 *
 * @throws CliError (invalid input) for any refusal above, or a folder that cannot be written.
 * @example
 * await mergeCommand('shards', { out: 'out' }, ctx);
 */
export async function mergeCommand(folder: string, args: { readonly out?: string; readonly incidents?: boolean; readonly png?: boolean }, ctx: Context): Promise<string> {
  const { t, io } = ctx;
  const out = args.out;
  if (out === undefined || out === '') throw new CliError(EXIT.usage, t.missingOption('--out <dir>'));
  // Every *.machi.gz file is taken as a shard, whatever its name: a copy under another name is a
  // duplicate to refuse, never a file to skip.
  const names = io.listFiles(folder).filter((name) => name.endsWith(SHARD_FILE_SUFFIX));
  if (names.length === 0) throw new CliError(EXIT.invalidInput, t.noShards(folder));
  prepareOut(out, ctx);
  const png = args.png === true ? await loadPngRenderer(ctx) : undefined;

  // First every file is read and checked, keeping only what identifies it; then the merge reads them
  // again one at a time, so that only one shard is ever held.
  const paths: string[] = [];
  let reference: { path: string; file: BlockFile } | undefined;
  for (const name of names) {
    const path = join(folder, name);
    const file = read(path, ctx);
    if (file.key.version !== MACHI_VERSION) throw new CliError(EXIT.invalidInput, t.shardOtherVersion(path, file.key.version, MACHI_VERSION));
    if (reference === undefined) reference = { path, file: { ...file, blocks: [] } };
    const difference = studyDifference(reference.file.key, file.key);
    if (difference) throw new CliError(EXIT.invalidInput, t.shardRefused(path, t.shardOtherStudy(difference.field, difference.got, difference.expected, reference.path)));
    if (file.shard!.count !== reference.file.shard!.count) {
      throw new CliError(EXIT.invalidInput, t.shardRefused(path, t.shardOtherCount(file.shard!.count, reference.file.shard!.count, reference.path)));
    }
    const index = file.shard!.index;
    if (paths[index] !== undefined) throw new CliError(EXIT.invalidInput, t.shardDuplicate(index, paths[index]!, path));
    paths[index] = path;
  }
  const { key, shard } = reference!.file;
  const count = shard!.count;
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => paths[i] === undefined);
  if (missing.length > 0) throw new CliError(EXIT.invalidInput, t.shardsMissing(folder, missing, count));

  const loaded = loadScenario(reference!.file.scenario!, `${reference!.path}:scenario`);
  if (!loaded.ok || scenarioSha256(loaded.value) !== key.scenarioSha256) {
    throw new CliError(EXIT.invalidInput, t.shardCorrupted(reference!.path, 'its scenario is not the one its study was computed for'));
  }
  const scenario = loaded.value;
  const columns = tableColumns(scenario);
  const load = (index: number): Shard => {
    const file = read(paths[index]!, ctx);
    const candidate: Shard = { key: file.key, index: file.shard!.index, count: file.shard!.count, blocks: file.blocks };
    const problem = shardProblem(candidate, key as StudyKey, count, index, columns);
    if (problem) throw new CliError(EXIT.invalidInput, t.shardRefused(paths[index]!, shardProblemText(problem, t)));
    return candidate;
  };
  const progress = progressLine(ctx);
  let result;
  try {
    result = await mergeShards(scenario, key, count, load, { onProgress: progress.update });
  } finally {
    progress.done();
  }
  const files = writeRunOutputs(result, scenario, reference!.file.provenance ?? [], out, ctx, { incidents: args.incidents === true, png });
  return `${t.merged(count, folder)}\n${runSummary(result, scenario, files, 'run', ctx)}`;
}

/** A shard file, checked: a damaged file, or one that is not a shard, is refused by name. */
function read(path: string, ctx: Context): BlockFile {
  let bytes: Uint8Array;
  try {
    bytes = ctx.io.readBytes(path);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.cannotRead(path, (error as Error).message));
  }
  try {
    const file = decodeBlockFile(bytes);
    if (file.shard === null || file.scenario === null) throw new BlockFileError('it is not a shard file (no shard index or scenario)');
    return file;
  } catch (error) {
    if (error instanceof BlockFileError) throw new CliError(EXIT.invalidInput, ctx.t.shardCorrupted(path, error.message));
    throw error;
  }
}
