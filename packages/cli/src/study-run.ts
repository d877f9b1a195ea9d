import type { Context } from './context.ts';
import type { PreparedStudy } from './study-command.ts';
import { studyProgress } from './study-progress.ts';
import { tableMemoryLimit } from './table-memory.ts';

/** The study options both commands build: the prepared ones, the sizes given, the memory limit and progress. */
export type StudyRunOptions<K extends string> = {
  readonly variants: string[];
  readonly seed: number;
  readonly horizonYears: number;
  readonly maxMemoryBytes: number;
  readonly onProgress: (p: { readonly phase: string; readonly done: number; readonly total: number }) => void;
} & Partial<Record<K | 'replications' | 'resamples', number>>;

/**
 * Runs `study` with the options both study commands hand the library: variants, seed and years, the
 * replications and resamples given and the command's own `sizes` where given (left out where not, so the
 * library's defaults apply), run's memory limit, and a progress bar on a terminal that is cleared however
 * the study ends.
 *
 * @example
 * const study = await withStudyOptions(prepared, { inputSets }, ctx, (options) => runStudy(place, ctx, (executorFor) => uncertaintyStudyWith(written, options, executorFor)));
 */
export async function withStudyOptions<K extends string, R>(
  prepared: PreparedStudy,
  sizes: Readonly<Record<K, number | undefined>>,
  ctx: Context,
  study: (options: StudyRunOptions<K>) => Promise<R>,
): Promise<R> {
  const given = Object.entries({ replications: prepared.replications, resamples: prepared.resamples, ...sizes }).filter(([, v]) => v !== undefined);
  const progress = studyProgress(ctx);
  try {
    return await study({
      variants: prepared.variants,
      seed: prepared.seed,
      horizonYears: prepared.horizonYears,
      ...(Object.fromEntries(given) as Partial<Record<K | 'replications' | 'resamples', number>>),
      maxMemoryBytes: tableMemoryLimit(),
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
