import { availableParallelism } from 'node:os';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';

/**
 * `--workers`: a positive integer, reduced to the processors this machine can use (`processors`,
 * default `availableParallelism()`) with a note on stderr. More threads than processors only take
 * memory (each worker holds its own copy of the model), and the results are the same bytes for any
 * count, so a script written for a bigger machine still runs here, unchanged.
 *
 * @throws CliError (usage) when the text is not a positive integer.
 * @example
 * workerCount('100', ctx); // 2 on a 2-core machine, after noting it on stderr
 */
export function workerCount(text: string, ctx: Context, processors = availableParallelism()): number {
  const requested = parseInteger('--workers', text, 'positive', ctx.t);
  if (requested <= processors) return requested;
  ctx.io.stderr(`machi: ${ctx.t.workersReduced(requested, processors)}\n`);
  return processors;
}
