/**
 * Machine shop — SimPy's documentation example `machine_shop.py` (beside this file), ported line by
 * line: machines that break down are repaired by one repairman, whose less important other jobs they
 * preempt. It prints what the Python prints (`machine_shop.out`; tests/simpy-examples.test.ts checks
 * both): over four simulated weeks, about 1.3 million events whose order must match SimPy's exactly.
 *
 * SimPy → Machi: `simpy.PreemptiveResource` → `PreemptiveResource`; `except simpy.Interrupt` →
 * `catch (e) { if (!(e instanceof Interrupt)) throw e; ... }`; `with repairman.request(priority=1) as
 * req` → `using req = repairman.request({ priority: 1 })`; Python's `random` → `PythonRandom`.
 *
 * Run: `npx tsx --conditions=source examples/simpy/machine-shop.ts`
 */
import { Environment, Interrupt, PreemptiveResource, type Process, type ProcessGenerator } from '@machi/sim-core';
import { PythonRandom } from './python-random.ts';

const random = new PythonRandom();

const RANDOM_SEED = 42;
const PT_MEAN = 10.0; // Avg. processing time in minutes
const PT_SIGMA = 2.0; // Sigma of processing time
const MTTF = 300.0; // Mean time to failure in minutes
const BREAK_MEAN = 1 / MTTF; // Param. for expovariate distribution
const REPAIR_TIME = 30.0; // Time it takes to repair a machine in minutes
const JOB_DURATION = 30.0; // Duration of other jobs in minutes
const NUM_MACHINES = 10; // Number of machines in the machine shop
const WEEKS = 4; // Simulation time in weeks
const SIM_TIME = WEEKS * 7 * 24 * 60; // Simulation time in minutes

/** Return actual processing time for a concrete part. */
function timePerPart(): number {
  return random.normalvariate(PT_MEAN, PT_SIGMA);
}

/** Return time until next failure for a machine. */
function timeToFailure(): number {
  return random.expovariate(BREAK_MEAN);
}

/**
 * A machine produces parts and may get broken every now and then. If it breaks, it requests a
 * *repairman* and continues the production after it is repaired. A machine has a *name* and a number
 * of *partsMade* thus far.
 */
class Machine {
  partsMade = 0;
  broken = false;
  readonly process: Process<void>;

  constructor(
    readonly env: Environment,
    readonly name: string,
    repairman: PreemptiveResource,
  ) {
    // Start "working" and "breakMachine" processes for this machine.
    this.process = env.process(this.working(repairman));
    env.process(this.breakMachine());
  }

  /**
   * Produce parts as long as the simulation runs. While making a part, the machine may break multiple
   * times. Request a repairman when this happens.
   */
  *working(repairman: PreemptiveResource): ProcessGenerator<void> {
    for (;;) {
      // Start making a new part
      let doneIn = timePerPart();
      while (doneIn) {
        // Working on the part
        const start = this.env.now;
        try {
          yield this.env.timeout(doneIn);
          doneIn = 0; // Set to 0 to exit while loop.
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          this.broken = true;
          doneIn -= this.env.now - start; // How much time left?

          // Request a repairman. This will preempt its "otherJob".
          {
            using req = repairman.request({ priority: 1 });
            yield req;
            yield this.env.timeout(REPAIR_TIME);
          }

          this.broken = false;
        }
      }
      // Part is done.
      this.partsMade += 1;
    }
  }

  /** Break the machine every now and then. */
  *breakMachine(): ProcessGenerator {
    for (;;) {
      yield this.env.timeout(timeToFailure());
      if (!this.broken) {
        // Only break the machine if it is currently working.
        this.process.interrupt();
      }
    }
  }
}

/** The repairman's other (unimportant) job. */
function* otherJobs(env: Environment, repairman: PreemptiveResource): ProcessGenerator {
  for (;;) {
    // Start a new job
    let doneIn = JOB_DURATION;
    while (doneIn) {
      // Retry the job until it is done.
      // Its priority is lower than that of machine repairs.
      using req = repairman.request({ priority: 2 });
      yield req;
      const start = env.now;
      try {
        yield env.timeout(doneIn);
        doneIn = 0;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        doneIn -= env.now - start;
      }
    }
  }
}

// Setup and start the simulation
console.log('Machine shop');
random.seed(RANDOM_SEED); // This helps reproducing the results

// Create an environment and start the setup process
const env = new Environment();
const repairman = new PreemptiveResource(env, { capacity: 1 });
const machines = Array.from({ length: NUM_MACHINES }, (_, i) => new Machine(env, `Machine ${i}`, repairman));
env.process(otherJobs(env, repairman));

// Execute!
env.run({ until: SIM_TIME });

// Analysis/results
console.log(`Machine shop results after ${WEEKS} weeks`);
for (const machine of machines) console.log(`${machine.name} made ${machine.partsMade} parts.`);
