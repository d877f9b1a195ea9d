import type { StudyOptions } from '@machi/scenarios';
import type { Context } from './context.ts';
import type { PreparedStudy } from './study-command.ts';
import { studyProgress } from './study-progress.ts';

/** What both study commands hand the library: the shared options and `workers`, plus the command's own sizes. */
type RunOptions<K extends string> = StudyOptions & { readonly workers: number } & Partial<Record<K | 'replications', number>>;

/**
 * Runs a study the way both commands do: the prepared options (variants, seed, years, workers, and the
 * replications and resamples given) plus the command's own `sizes` where given (left out where not, so the
 * library's defaults apply), with a progress bar on a terminal that is cleared however the study ends.
 *
 * @example
 * const study = await runStudy(prepared, { inputSets }, ctx, (options) => uncertaintyStudy(prepared.written, options));
 */
export async function runStudy<K extends string, R>(
  prepared: PreparedStudy,
  sizes: Readonly<Record<K, number | undefined>>,
  ctx: Context,
  study: (options: RunOptions<K>) => Promise<R>,
): Promise<R> {
  const given = Object.entries({ replications: prepared.replications, resamples: prepared.resamples, ...sizes }).filter(([, v]) => v !== undefined);
  const progress = studyProgress(ctx);
  try {
    return await study({
      variants: prepared.variants,
      seed: prepared.seed,
      horizonYears: prepared.horizonYears,
      workers: prepared.workers,
      ...(Object.fromEntries(given) as Partial<Record<K | 'replications' | 'resamples', number>>),
      onProgress: progress.update,
    });
  } finally {
    progress.done();
  }
}

/**
 * The flags that regenerate a study, in the order both commands print them: `--variants`, the command's
 * own, then `--replications` (`replications`: the number the study used, when the command knows it),
 * `--seed`, `--years` and `--resamples`. A flag whose value is undefined is left out by `studyCommandLine`.
 */
export function studyFlags(
  prepared: PreparedStudy,
  own: readonly (readonly [string, number | undefined])[],
  replications: number | undefined = prepared.replications,
): [string, string | number | undefined][] {
  return [
    ['--variants', prepared.variants.join(',')],
    ...own.map(([flag, value]): [string, number | undefined] => [flag, value]),
    ['--replications', replications],
    ['--seed', prepared.seed],
    ['--years', prepared.horizonYears],
    ['--resamples', prepared.resamples],
  ];
}
