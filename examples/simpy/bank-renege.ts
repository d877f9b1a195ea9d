/**
 * Bank renege — SimPy's documentation example `bank_renege.py` (beside this file), ported line by line:
 * a counter with a random service time and customers who renege. It prints what the Python prints
 * (`bank_renege.out`; tests/simpy-examples.test.ts checks both).
 *
 * SimPy → Machi: `with counter.request() as req` → `using req = counter.request()`; `req | env.timeout(p)`
 * → `env.anyOf([req, env.timeout(p)])`; `req in results` → `results.has(req)`; Python's `random` →
 * `PythonRandom` (the same draws).
 *
 * Run: `npx tsx --conditions=source examples/simpy/bank-renege.ts`
 */
import { Environment, Resource, type ConditionValue, type ProcessGenerator } from '@machi/sim-core';
import { PythonRandom } from './python-random.ts';

const random = new PythonRandom();

const RANDOM_SEED = 42;
const NEW_CUSTOMERS = 5; // Total number of customers
const INTERVAL_CUSTOMERS = 10.0; // Generate new customers roughly every x seconds
const MIN_PATIENCE = 1; // Min. customer patience
const MAX_PATIENCE = 3; // Max. customer patience

/** Source generates customers randomly */
function* source(env: Environment, number: number, interval: number, counter: Resource): ProcessGenerator {
  for (let i = 0; i < number; i++) {
    const c = customer(env, `Customer${String(i).padStart(2, '0')}`, counter, 12.0);
    env.process(c);
    const t = random.expovariate(1.0 / interval);
    yield env.timeout(t);
  }
}

/** Customer arrives, is served and leaves. */
function* customer(env: Environment, name: string, counter: Resource, timeInBank: number): ProcessGenerator {
  const arrive = env.now;
  console.log(`${arrive.toFixed(4).padStart(7)} ${name}: Here I am`);

  using req = counter.request();
  const patience = random.uniform(MIN_PATIENCE, MAX_PATIENCE);
  // Wait for the counter or abort at the end of our tether
  const results: ConditionValue = yield env.anyOf([req, env.timeout(patience)]);

  const wait = env.now - arrive;

  if (results.has(req)) {
    // We got to the counter
    console.log(`${env.now.toFixed(4).padStart(7)} ${name}: Waited ${wait.toFixed(3).padStart(6)}`);

    const tib = random.expovariate(1.0 / timeInBank);
    yield env.timeout(tib);
    console.log(`${env.now.toFixed(4).padStart(7)} ${name}: Finished`);
  } else {
    // We reneged
    console.log(`${env.now.toFixed(4).padStart(7)} ${name}: RENEGED after ${wait.toFixed(3).padStart(6)}`);
  }
}

// Setup and start the simulation
console.log('Bank renege');
random.seed(RANDOM_SEED);
const env = new Environment();

// Start processes and run
const counter = new Resource(env, { capacity: 1 });
env.process(source(env, NEW_CUSTOMERS, INTERVAL_CUSTOMERS, counter));
env.run();
