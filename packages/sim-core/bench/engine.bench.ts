import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { Environment, exponential, normal, RandomStreams, Resource, type ProcessGenerator, type RandomStream } from '../src/index.ts';
import { CallbackHeap } from './callback-heap.ts';

// engine.throughput: 1,000 processes; process i waits d = 1 + (i mod 10)/10 hours again and again while
// now + d ≤ 1450 — Σ_i ⌊1450/d_i⌋ = 1,041,800 timeouts in all.
const PROCESSES = 1_000;
const HORIZON = 1_450;
const EXPECTED_TIMEOUTS = 1_041_800;

function throughputEngine(): { seconds: number; timeouts: number } {
  const env = new Environment();
  let timeouts = 0;
  for (let i = 0; i < PROCESSES; i++) {
    const d = 1 + (i % 10) / 10;
    env.process(function* waiter(): ProcessGenerator {
      while (env.now + d <= HORIZON) {
        yield env.timeout(d);
        timeouts++;
      }
    });
  }
  const start = performance.now();
  env.run();
  return { seconds: (performance.now() - start) / 1000, timeouts };
}

function throughputBaseline(): { seconds: number; timeouts: number } {
  const heap = new CallbackHeap();
  let timeouts = 0;
  for (let i = 0; i < PROCESSES; i++) {
    const d = 1 + (i % 10) / 10;
    const wake = () => {
      timeouts++;
      if (heap.now + d <= HORIZON) heap.schedule(d, wake);
    };
    if (d <= HORIZON) heap.schedule(d, wake);
  }
  const start = performance.now();
  heap.run();
  return { seconds: (performance.now() - start) / 1000, timeouts };
}

// engine.mm1: M/M/1, λ = 0.9, μ = 1, until t = 10^6 (about 900,000 customers); both sides draw from the
// same named streams, so they simulate the same customers and must report the same mean wait.
const LAMBDA = 0.9;
const MU = 1;
const MM1_UNTIL = 1_000_000;

function mm1Engine(): { seconds: number; customers: number; meanWait: number } {
  const env = new Environment();
  const streams = new RandomStreams('bench', 0);
  const arrivals = streams.get('arrivals');
  const services = streams.get('services');
  const interarrival = exponential(LAMBDA);
  const service = exponential(MU);
  const server = new Resource(env, { capacity: 1, name: 'server' });
  let customers = 0;
  function* customer(): ProcessGenerator {
    const request = yield server.request();
    yield env.timeout(service.sample(services));
    server.release(request);
    customers++;
  }
  env.process(function* source(): ProcessGenerator {
    for (;;) {
      yield env.timeout(interarrival.sample(arrivals));
      env.process(customer());
    }
  });
  const start = performance.now();
  env.run({ until: MM1_UNTIL });
  const seconds = (performance.now() - start) / 1000;
  return { seconds, customers, meanWait: server.statistics().waits.meanHours };
}

function mm1Baseline(): { seconds: number; customers: number; meanWait: number } {
  const heap = new CallbackHeap();
  const streams = new RandomStreams('bench', 0);
  const arrivals = streams.get('arrivals');
  const services = streams.get('services');
  const interarrival = exponential(LAMBDA);
  const service = exponential(MU);
  const queue: number[] = [];
  let head = 0;
  let busy = false;
  let customers = 0;
  let waits = 0;
  let waitSum = 0;
  const startService = (arrivedAt: number) => {
    busy = true;
    waits++;
    waitSum += heap.now - arrivedAt;
    heap.schedule(service.sample(services), depart);
  };
  const depart = () => {
    customers++;
    busy = false;
    if (head < queue.length) startService(queue[head++]);
  };
  const arrive = () => {
    if (busy) queue.push(heap.now);
    else startService(heap.now);
    heap.schedule(interarrival.sample(arrivals), arrive);
  };
  heap.schedule(interarrival.sample(arrivals), arrive);
  const start = performance.now();
  heap.run(MM1_UNTIL);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, customers, meanWait: waitSum / waits };
}

// rng.*: draws per second through sim-core's distributions (deterministic math) against the usual
// Math-based generators on the same stream: -Math.log(u)/rate, and Marsaglia's polar method.
const DRAWS = 2_000_000;

function drawRate(draw: (stream: RandomStream) => number): { rate: number; checksum: number } {
  const stream = new RandomStreams('bench', 0).get('draws');
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < DRAWS; i++) checksum += draw(stream);
  return { rate: DRAWS / ((performance.now() - start) / 1000), checksum };
}

function polarNormal(stream: RandomStream): number {
  for (;;) {
    const u = 2 * stream.random() - 1;
    const v = 2 * stream.random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

const ours = { exponential: exponential(0.5), normal: normal(0, 1) };

export const suite: BenchSuite = {
  name: 'engine',
  figures: [
    {
      name: 'engine.throughput',
      unit: 'timeouts/s',
      target: 0.5,
      measure() {
        const engine = throughputEngine();
        const base = throughputBaseline();
        if (engine.timeouts !== EXPECTED_TIMEOUTS || base.timeouts !== EXPECTED_TIMEOUTS) {
          throw new Error(`expected ${EXPECTED_TIMEOUTS} timeouts, got engine ${engine.timeouts}, baseline ${base.timeouts}`);
        }
        return {
          value: engine.timeouts / engine.seconds,
          baseline: base.timeouts / base.seconds,
          notes: `${engine.timeouts.toLocaleString('en-US')} timeouts from ${PROCESSES} generator processes vs callbacks on a bare heap`,
        };
      },
    },
    {
      name: 'engine.mm1',
      unit: 'customers/s',
      target: 0.3,
      measure() {
        const engine = mm1Engine();
        const base = mm1Baseline();
        return {
          value: engine.customers / engine.seconds,
          baseline: base.customers / base.seconds,
          notes:
            `${engine.customers.toLocaleString('en-US')} customers; mean wait in queue ${engine.meanWait.toFixed(3)} h ` +
            `(callbacks ${base.meanWait.toFixed(3)} h; theory Wq = rho/(mu − lambda) = 9)`,
        };
      },
    },
    {
      name: 'rng.exponential',
      unit: 'draws/s',
      measure() {
        const value = drawRate((s) => ours.exponential.sample(s)).rate;
        const baseline = drawRate((s) => -Math.log(s.randomOpen()) / 0.5).rate;
        return { value, baseline, notes: 'exponential(0.5).sample (fdlibm-port log) vs -Math.log(u)/rate' };
      },
    },
    {
      name: 'rng.normal',
      unit: 'draws/s',
      measure() {
        const value = drawRate((s) => ours.normal.sample(s)).rate;
        const baseline = drawRate(polarNormal).rate;
        return { value, baseline, notes: 'normal(0, 1).sample (AS241 inversion, deterministic log) vs Marsaglia polar with Math.log' };
      },
    },
  ],
};
