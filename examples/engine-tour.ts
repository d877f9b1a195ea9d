// The README's engine example, kept here so it is type-checked and run (tests/readme.test.ts). Run: npx tsx --conditions=source examples/engine-tour.ts
import { Environment, Resource, RandomStreams, exponential, lognormalFrom90Interval, type ProcessGenerator } from '@machi/sim-core';

const env = new Environment({ trace: true });          // time is hours since the scenario's start
const streams = new RandomStreams(2027, 0);             // master seed, replication index
const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
const repair = lognormalFrom90Interval(2, 24);          // 90% of repairs take 2..24 h

env.process(function* restoreRegistry(): ProcessGenerator {
  yield env.timeout(exponential(1 / 4380).sample(streams.get('hardware.failure')));
  const request = yield staff.request();               // waits for a free member of staff
  yield env.timeout(repair.sample(streams.get('repair.duration')));
  staff.release(request);
  env.trace?.record('system.up', 'registry');           // costs nothing when tracing is off
});
env.run({ until: 8760 });                               // one simulated year
console.log(String(staff), staff.statistics().utilisation);
