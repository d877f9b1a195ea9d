/**
 * The largest study sizes the commands accept. A study holds every input set's replications of every
 * option in memory; these keep the default preset's largest study within a few GiB (input sets ×
 * replications ≤ 2^20), where larger numbers would fail in an allocation instead of with a message.
 * A module of its own: the command line checks options against it and a queue worker checks received jobs
 * with it; the job checker sits below the study commands' executor and must not import the commands.
 */
export const STUDY_SIZE_LIMITS = {
  '--input-sets': 2 ** 14,
  '--replications': 64,
  '--base-count': 2 ** 10,
  '--trajectories': 256,
  '--resamples': 100_000,
} as const;
