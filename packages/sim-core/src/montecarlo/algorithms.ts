/**
 * Versions of the engine's algorithms that decide every number: a result's stamp names them, so a
 * number that moves between two versions can be traced to what changed.
 */
export const ALGORITHMS = {
  generator: 'tychei (seedrandom 3.0.5), 53-bit doubles',
  streams: 'machi-stream/v1: sha256(seed, replication, name)',
  math: 'machi-math/v1: deterministic log, exp, pow, trigonometry, erf, normal quantile (AS241)',
  reduction: 'fixed blocks of replication indices in a fixed pairwise tree',
} as const;
