/**
 * Carwash — SimPy's documentation example `carwash.py` (beside this file), ported line by line: cars
 * wait for one of a few washing machines and wait for the washing process to finish. It prints what the
 * Python prints (`carwash.out`; tests/simpy-examples.test.ts checks both).
 *
 * SimPy → Machi: `simpy.Resource(env, n)` → `new Resource(env, { capacity: n })`; `with
 * machine.request() as request` → `using request = machine.request()`; `yield env.process(...)` waits
 * for another process the same way; Python's `random` → `PythonRandom` (the same draws).
 *
 * Run: `npx tsx --conditions=source examples/simpy/carwash.ts`
 */
import { Environment, Resource, type ProcessGenerator } from '@machi/sim-core';
import { PythonRandom } from './python-random.ts';

const random = new PythonRandom();

const RANDOM_SEED = 42;
const NUM_MACHINES = 2; // Number of machines in the carwash
const WASHTIME = 5; // Minutes it takes to clean a car
const T_INTER = 7; // Create a car every ~7 minutes
const SIM_TIME = 20; // Simulation time in minutes

/**
 * A carwash has a limited number of machines (`NUM_MACHINES`) to clean cars in parallel. Cars have to
 * request one of the machines. When they got one, they can start the washing processes and wait for
 * it to finish (which takes `washtime` minutes).
 */
class Carwash {
  readonly machine: Resource;

  constructor(
    readonly env: Environment,
    numMachines: number,
    readonly washtime: number,
  ) {
    this.machine = new Resource(env, { capacity: numMachines });
  }

  /** The washing processes. It takes a `car` processes and tries to clean it. */
  *wash(car: string): ProcessGenerator {
    yield this.env.timeout(WASHTIME);
    console.log(`Carwash removed ${random.randint(50, 99)}% of ${car}'s dirt.`);
  }
}

/**
 * The car process (each car has a `name`) arrives at the carwash (`cw`) and requests a cleaning
 * machine. It then starts the washing process, waits for it to finish and leaves to never come back ...
 */
function* car(env: Environment, name: string, cw: Carwash): ProcessGenerator {
  console.log(`${name} arrives at the carwash at ${env.now.toFixed(2)}.`);
  using request = cw.machine.request();
  yield request;

  console.log(`${name} enters the carwash at ${env.now.toFixed(2)}.`);
  yield env.process(cw.wash(name));

  console.log(`${name} leaves the carwash at ${env.now.toFixed(2)}.`);
}

/** Create a carwash, a number of initial cars and keep creating cars approx. every `tInter` minutes. */
function* setup(env: Environment, numMachines: number, washtime: number, tInter: number): ProcessGenerator {
  // Create the carwash
  const carwash = new Carwash(env, numMachines, washtime);

  // Create 4 initial cars
  for (let i = 0; i < 4; i++) env.process(car(env, `Car ${i}`, carwash));

  // Create more cars while the simulation is running
  let i = 3; // where Python's `for i in range(4)` leaves i
  for (;;) {
    yield env.timeout(random.randint(tInter - 2, tInter + 2));
    i += 1;
    env.process(car(env, `Car ${i}`, carwash));
  }
}

// Setup and start the simulation
console.log('Carwash');
console.log('Check out http://youtu.be/fXXmeP9TvBg while simulating ... ;-)');
random.seed(RANDOM_SEED); // This helps reproducing the results

// Create an environment and start the setup process
const env = new Environment();
env.process(setup(env, NUM_MACHINES, WASHTIME, T_INTER));

// Execute!
env.run({ until: SIM_TIME });
