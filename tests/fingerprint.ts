/**
 * A runtime-neutral fingerprint of sim-core's deterministic outputs: SHA-256 hashes of the deterministic
 * math on 10^5 inputs per function, of 10^4 draws per distribution, of a small discrete-event run and
 * of a replicated study's summary. `tests/cross-runtime.test.ts` computes it in Node and in Deno and
 * requires equality. It also hashes the engine's own Math.* on the same inputs, which may differ.
 * No node: imports: Deno and browsers run this file as it is.
 */
import {
  atan2, beta, binomial, cos, discrete, empirical, Environment, erf, erfc, exp, expm1, exponential, gamma, log, log10, log1p,
  logGamma, lognormal, lognormalFrom90Interval, normal, normalCdf, normalQuantile, pert, poisson, pow, RandomStreams, replicate,
  Resource, sha256, sin, summarize, triangular, uniform, weibull, type Distribution, type ProcessGenerator,
} from '../packages/sim-core/src/index.ts';

const INPUTS = 100_000;

/** xorshift32 doubles with a wide spread of exponents, so every code path of the functions is hit. */
function inputs(seed: number, transform: (u: number, v: number) => number): Float64Array {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  return Float64Array.from({ length: INPUTS }, () => transform(next(), next()));
}

function hashValues(values: ArrayLike<number>): string {
  const view = new DataView(new ArrayBuffer(values.length * 8));
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i], true);
  return sha256(new Uint8Array(view.buffer));
}

const wide = (u: number, v: number) => (u + 0.001) * 2 ** Math.floor(v * 80 - 40);
const signed = (u: number, v: number) => (u - 0.5) * 2 ** Math.floor(v * 40 - 10);
const probability = (u: number) => u;

const UNARY: Record<string, [(x: number) => number, (u: number, v: number) => number, ((x: number) => number)?]> = {
  log: [log, wide, Math.log],
  log1p: [log1p, wide, Math.log1p],
  log10: [log10, wide, Math.log10],
  exp: [exp, (u, v) => (u - 0.5) * 2 ** Math.floor(v * 12), Math.exp],
  expm1: [expm1, (u, v) => (u - 0.5) * 2 ** Math.floor(v * 12), Math.expm1],
  sin: [sin, signed, Math.sin],
  cos: [cos, signed, Math.cos],
  erf: [erf, signed],
  erfc: [erfc, signed],
  normalCdf: [normalCdf, signed],
  normalQuantile: [normalQuantile, probability],
  logGamma: [logGamma, wide],
};

const DISTRIBUTIONS: Record<string, () => Distribution> = {
  exponential: () => exponential(0.5),
  poisson: () => poisson(3),
  poissonLarge: () => poisson(250),
  binomial: () => binomial(5000, 0.3),
  uniform: () => uniform(-2, 5),
  triangular: () => triangular(1, 2, 7),
  pert: () => pert(4, 12, 72),
  normal: () => normal(10, 3),
  lognormal: () => lognormal(1, 0.8),
  lognormal90: () => lognormalFrom90Interval(2, 48),
  weibull: () => weibull(1.5, 100),
  gamma: () => gamma(0.4, 2),
  beta: () => beta(2, 5),
  discrete: () => discrete([1, 2, 3, 10], [0.1, 0.2, 0.3, 0.4]),
  empirical: () => empirical([3, 5, 8, 8, 12, 30, 72]),
};

/** An M/M/2 repair desk for a day-long stretch of failures, with its resource statistics. */
function repairDesk(replication: number): Record<string, number> {
  const env = new Environment();
  const streams = new RandomStreams('fingerprint', replication);
  const failures = streams.get('failures');
  const repairs = streams.get('repairs');
  const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
  const repairHours = lognormalFrom90Interval(1, 12);
  let repaired = 0;
  function* repair(): ProcessGenerator {
    const request = yield staff.request();
    yield env.timeout(repairHours.sample(repairs));
    staff.release(request);
    repaired++;
  }
  env.process(function* failuresArrive(): ProcessGenerator {
    for (;;) {
      yield env.timeout(exponential(0.3).sample(failures));
      env.process(repair());
    }
  });
  env.run({ until: 2_000 });
  const stats = staff.statistics();
  return { repaired, utilisation: stats.utilisation, meanWaitHours: stats.waits.meanHours };
}

export function fingerprint(): Record<string, string> {
  const out: Record<string, string> = {};
  let seed = 1;
  for (const [name, [ours, transform, engines]] of Object.entries(UNARY)) {
    const xs = inputs(seed++, transform);
    out[`math.${name}`] = hashValues(xs.map(ours));
    if (engines !== undefined) out[`engineMath.${name}`] = hashValues(xs.map(engines));
  }
  const xs = inputs(seed++, wide);
  const ys = inputs(seed++, (u, v) => (u - 0.5) * 2 ** Math.floor(v * 10));
  out['math.pow'] = hashValues(xs.map((x, i) => pow(x, ys[i])));
  out['math.atan2'] = hashValues(xs.map((x, i) => atan2(ys[i], x)));
  out['engineMath.pow'] = hashValues(xs.map((x, i) => Math.pow(x, ys[i])));
  out['engineMath.atan2'] = hashValues(xs.map((x, i) => Math.atan2(ys[i], x)));
  for (const [name, make] of Object.entries(DISTRIBUTIONS)) {
    const distribution = make();
    const stream = new RandomStreams('fingerprint', 7).get(name);
    out[`draws.${name}`] = hashValues(Array.from({ length: 10_000 }, () => distribution.sample(stream)));
  }
  const { table } = replicate({ runs: 64, seed: 'fingerprint', model: ({ replication }) => repairDesk(replication) });
  out['replicate.summary'] = sha256(JSON.stringify(summarize(table)));
  return out;
}
