import { describe, it, expect } from 'vitest';
import { Environment, type ProcessGenerator } from '../engine/index.ts';
import { exponential, RandomStreams } from '../random/index.ts';
import { Resource } from './resource.ts';
import type { Request } from './request.ts';

// Each check runs independent replications (RandomStreams(seed, replication): fresh, independent named
// streams per replication) and builds a Student-t interval across the replication means. A single long
// run's waits are heavily autocorrelated (at rho = 0.9 a busy period spans hundreds of customers), so a
// naive CI from one run's individual waits would be far too narrow and wrong; replication means are
// independent and, being averages of many waits, close to normal.
const REPLICATIONS = 40;
const T_99_39DF = 2.7079; // Student t quantile 0.995, 39 degrees of freedom

function interval(means: readonly number[], t: number): { mean: number; halfWidth: number } {
  const n = means.length;
  const mean = means.reduce((s, x) => s + x, 0) / n;
  const variance = means.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, halfWidth: (t * Math.sqrt(variance)) / Math.sqrt(n) };
}

/** Mean wait in queue (request → grant) of an M/M/c queue after a warm-up, from the resource's statistics. */
function mmcWaitInQueue(seed: number, replication: number, c: number, lambda: number, mu: number, warmupHours: number, hours: number): number {
  const env = new Environment();
  const streams = new RandomStreams(seed, replication);
  const arrivals = streams.get('arrivals');
  const services = streams.get('services');
  const interarrival = exponential(lambda);
  const service = exponential(mu);
  const server = new Resource(env, { capacity: c, name: 'server' });
  function* customer(): ProcessGenerator {
    const req: Request = yield server.request();
    yield env.timeout(service.sample(services));
    server.release(req);
  }
  env.process(function* source() {
    for (;;) {
      yield env.timeout(interarrival.sample(arrivals));
      env.process(customer());
    }
  });
  env.schedule(warmupHours, () => server.resetStatistics());
  env.run({ until: warmupHours + hours });
  return server.statistics().waits.meanHours;
}

describe('analytic checks', () => {
  it('M/M/1 mean wait in queue matches rho/(mu - lambda)', () => {
    // M/M/1, lambda = 0.9, mu = 1, rho = 0.9: Wq = rho/(mu - lambda) = 9.0; 99% CI from 40 replications
    // of 40,000 h after a 4,000 h warm-up (relaxation time ~1/(mu(1 - sqrt(rho))^2) ≈ 380 h).
    const means = Array.from({ length: REPLICATIONS }, (_, r) => mmcWaitInQueue(1, r, 1, 0.9, 1, 4_000, 40_000));
    const { mean, halfWidth } = interval(means, T_99_39DF);
    expect(halfWidth).toBeLessThan(0.6); // the test has power: the interval is narrow enough to mean something
    expect(Math.abs(mean - 9.0)).toBeLessThan(halfWidth);
  });

  it('M/M/c mean wait in queue matches Erlang C', () => {
    // M/M/3, lambda = 2.4, mu = 1: a = lambda/mu = 2.4, rho = a/c = 0.8.
    // Erlang C: P(wait) = (a^c/c!)/(1 - rho) / (sum_{k<c} a^k/k! + (a^c/c!)/(1 - rho)) = 11.52/17.8 = 0.6472;
    // Wq = P(wait)/(c·mu - lambda) = 1.0787 h; 99% CI from 40 replications of 20,000 h after 2,000 h warm-up.
    const c = 3;
    const lambda = 2.4;
    const mu = 1;
    const a = lambda / mu;
    const rho = a / c;
    let sum = 0;
    let term = 1;
    for (let k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    const tail = term / (1 - rho);
    const wq = tail / (sum + tail) / (c * mu - lambda);
    expect(wq).toBeCloseTo(1.0787, 4);
    const means = Array.from({ length: REPLICATIONS }, (_, r) => mmcWaitInQueue(2, r, c, lambda, mu, 2_000, 20_000));
    const { mean, halfWidth } = interval(means, T_99_39DF);
    expect(halfWidth).toBeLessThan(0.1);
    expect(Math.abs(mean - wq)).toBeLessThan(halfWidth);
  });

  it('an alternating up/down system is available MTBF/(MTBF + MTTR) of the time', () => {
    // Alternating renewal process, exponential up times (MTBF = 100 h) and down times (MTTR = 10 h):
    // availability = MTBF/(MTBF + MTTR) = 100/110 = 0.90909; 99% CI from 40 replications of 20,000 h.
    // The outage holds the system's single unit, so the resource's utilisation is the unavailability.
    const mtbfHours = 100;
    const mttrHours = 10;
    const availabilities = Array.from({ length: REPLICATIONS }, (_, r) => {
      const env = new Environment();
      const streams = new RandomStreams(3, r);
      const failures = streams.get('failures');
      const repairs = streams.get('repairs');
      const system = new Resource(env, { name: 'registry' });
      env.process(function* outages() {
        for (;;) {
          yield env.timeout(exponential(1 / mtbfHours).sample(failures));
          const down: Request = yield system.request();
          yield env.timeout(exponential(1 / mttrHours).sample(repairs));
          system.release(down);
        }
      });
      env.run({ until: 20_000 });
      return 1 - system.statistics().utilisation;
    });
    const { mean, halfWidth } = interval(availabilities, T_99_39DF);
    expect(halfWidth).toBeLessThan(0.01);
    expect(Math.abs(mean - mtbfHours / (mtbfHours + mttrHours))).toBeLessThan(halfWidth);
  });

  it('Poisson arrivals counted over [0, T) follow Poisson(lambda·T)', () => {
    // Exponential(lambda) gaps give N[0, T) ~ Poisson(lambda·T); lambda = 2/h, T = 5 h, mean 10.
    // run({ until: T }) must not count an arrival at exactly T. 2,000 independent replications.
    const lambda = 2;
    const hours = 5;
    const runs = 2_000;
    const counts = Array.from({ length: runs }, (_, r) => {
      const env = new Environment();
      const stream = new RandomStreams(4, r).get('arrivals');
      const gap = exponential(lambda);
      let count = 0;
      env.process(function* () {
        for (;;) {
          yield env.timeout(gap.sample(stream));
          count++;
        }
      });
      env.run({ until: hours });
      return count;
    });
    // Mean: sd = sqrt(10), se = sqrt(10/2000) = 0.0707; 99% normal interval ±2.576·se = ±0.18.
    const mean = counts.reduce((s, x) => s + x, 0) / runs;
    expect(Math.abs(mean - lambda * hours)).toBeLessThan(2.576 * Math.sqrt((lambda * hours) / runs));
    // Chi-square goodness of fit over bins {<=4}, 5, 6, ..., 15, {>=16} (every expected count >= 58):
    // 13 bins, 12 degrees of freedom, 99% critical value 26.217.
    const m = lambda * hours;
    const pmf = (k: number): number => {
      let p = Math.exp(-m);
      for (let i = 1; i <= k; i++) p *= m / i;
      return p;
    };
    const bins: { lo: number; hi: number }[] = [{ lo: 0, hi: 4 }];
    for (let k = 5; k <= 15; k++) bins.push({ lo: k, hi: k });
    bins.push({ lo: 16, hi: Infinity });
    let chiSquare = 0;
    for (const { lo, hi } of bins) {
      let p = 0;
      if (hi === Infinity) {
        p = 1;
        for (let k = 0; k < lo; k++) p -= pmf(k);
      } else for (let k = lo; k <= hi; k++) p += pmf(k);
      const expected = runs * p;
      expect(expected).toBeGreaterThan(5);
      const observed = counts.filter((x) => x >= lo && x <= hi).length;
      chiSquare += (observed - expected) ** 2 / expected;
    }
    expect(chiSquare).toBeLessThan(26.217);
  });
});
