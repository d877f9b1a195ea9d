import type { PreparedStudy } from './study-command.ts';

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
