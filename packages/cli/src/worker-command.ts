import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { parseInteger } from './parse-integer.ts';
import { parseRedisUrl, type RedisTarget } from './queue/redis-url.ts';
import { serveQueue } from './queue/serve-queue.ts';
import { parseStudyArgs } from './study-args.ts';

/** The options of `machi worker` as commander hands them over (text, unchecked). */
export interface WorkerArgs {
  readonly queue?: string;
  readonly workers?: string;
  readonly stalledSeconds?: string;
}

/**
 * `machi worker --queue redis://… [--workers W] [--stalled-seconds S]`: computes the shards that
 * `machi run|compare … --queue` enqueue and the ranges of input sets of `machi uncertainty|sensitivity
 * … --queue`, one at a time on W worker threads, until it receives SIGTERM or SIGINT (Ctrl-C): it then
 * finishes the shard in hand and exits 0; a second signal stops it at once (its
 * shard goes back to the queue after S seconds, default 30). Logs each shard on stderr; prints how many
 * it computed when it stops.
 *
 * @throws CliError (usage) for a bad option or URL; (invalid input) when Redis cannot be reached or is
 *   lost (exit 1: a supervisor such as Kubernetes restarts it).
 */
export async function workerCommand(args: WorkerArgs, ctx: Context): Promise<string> {
  const { t } = ctx;
  if (args.queue === undefined) throw new CliError(EXIT.usage, t.missingOption('--queue <url>'));
  let target: RedisTarget;
  try {
    target = parseRedisUrl(args.queue);
  } catch (error) {
    throw new CliError(EXIT.usage, t.badQueueUrl((error as Error).message));
  }
  const { workers } = parseStudyArgs({ workers: args.workers }, ctx);
  const stalledSeconds = parseInteger('--stalled-seconds', args.stalledSeconds ?? '30', 'positive', t);

  let signals = 0;
  let stopped!: () => void;
  const stop = new Promise<void>((resolve) => (stopped = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    ctx.io.stderr(`machi worker: ${t.workerStopping}\n`);
    stopped();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    const served = await serveQueue({ target, workers, stalledSeconds, stop }, ctx);
    return `${served.studyJobs > 0 ? t.studyQueue.workerStopped(served.shards, served.studyJobs) : t.workerStopped(served.shards)}\n`;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
