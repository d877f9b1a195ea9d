/**
 * A runtime-neutral fingerprint of sim-core's sensitivity analysis: SHA-256 hashes of a scrambled Sobol
 * design, a Latin hypercube, input values through a correlated input space (lognormal, log-uniform,
 * triangular 90% intervals: exp, log, Φ, Φ⁻¹, sin), Sobol indices with replicated outputs (bootstrap weights
 * from exp/log), Morris effects, the decision helpers and a switching value.
 * `tests/sensitivity-cross-runtime.test.ts` computes it in Node and in Deno and requires equality.
 * No node: imports: Deno and browsers run this file as it is.
 */
import {
  inputSpace,
  latinHypercube,
  morrisDesign,
  morrisEffects,
  probabilityBest,
  rankingProbability,
  saltelliDesign,
  sha256,
  sin,
  sobolIndices,
  sobolIntegers,
  switchingValue,
  tornado,
  tornadoDesign,
  type UncertainInput,
} from '../packages/sim-core/src/index.ts';

const inputs: UncertainInput[] = [
  { name: 'repairHours', value: 8, low: 2, high: 48, coverage: 0.9, shape: 'lognormal' },
  { name: 'faultsPerYear', value: 0.2, low: 0.05, high: 1, coverage: 0.9, shape: 'log-uniform' },
  { name: 'startProbability', value: 0.9, low: 0.7, high: 0.97, coverage: 0.9, shape: 'triangular' },
  { name: 'costYen', value: 3e6, low: 1e6, high: 6e6, coverage: 1, shape: 'uniform' },
];
const space = inputSpace({ inputs, factors: [{ name: 'vendor', rankCorrelation: 0.7, members: ['repairHours'], opposed: ['startProbability'] }] });

/** A toy loss model with a noisy replication term, deterministic given (values, replication). */
function loss([repair, faults, start, cost]: number[], replication: number): number {
  return cost * 1e-6 + faults * repair * (1 - start) * 10 + sin(repair + replication) * 0.3;
}

export function sensitivityFingerprint(): Record<string, string> {
  const out: Record<string, string> = {};
  out['sobolIntegers'] = sha256(Array.from(sobolIntegers(512, 40, { seed: 'fingerprint' })).join(','));
  out['latinHypercube'] = sha256(JSON.stringify(latinHypercube(200, 6, { seed: 'fingerprint' })));
  const design = saltelliDesign(128, space.coordinates.length, { seed: 'fingerprint' });
  const values = design.rows.map((u) => space.values(u));
  out['inputValues'] = sha256(JSON.stringify(values));
  const replicated = { values: values.flatMap((v) => [0, 1, 2].map((k) => loss(v, k))), replications: 3 };
  out['sobolIndices'] = sha256(JSON.stringify(sobolIndices(design, replicated, { seed: 'fingerprint', resamples: 200, names: space.coordinates })));
  const morris = morrisDesign(10, space.coordinates.length, { seed: 'fingerprint' });
  out['morrisEffects'] = sha256(JSON.stringify(morrisEffects(morris, morris.rows.map((u) => loss(space.values(u), 0)), { seed: 'fingerprint', resamples: 200 })));
  const options = [
    { name: 'on-prem', outputs: values.map((v) => loss(v, 0)) },
    { name: 'cloud', outputs: values.map((v) => 4 + 0.5 * v[1] * v[0]) },
  ];
  out['decisions'] = sha256(
    JSON.stringify([probabilityBest(options, { better: 'lower' }), rankingProbability(options, ['cloud', 'on-prem'], { better: 'lower' })]),
  );
  const bars = tornadoDesign(space);
  out['tornado'] = sha256(JSON.stringify(tornado(bars, bars.rows.map((v) => loss(v, 0)))));
  out['switchingValue'] = sha256(JSON.stringify(switchingValue(inputs[0], (h) => loss([h, 0.2, 0.9, 3e6], 0) - 4)));
  return out;
}
