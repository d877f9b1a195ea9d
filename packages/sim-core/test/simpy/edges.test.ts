import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Container,
  Environment,
  FilterStore,
  NORMAL,
  PreemptiveResource,
  PriorityItem,
  PriorityResource,
  PriorityStore,
  Resource,
  SimulationError,
  Store,
  URGENT,
  type ConditionValue,
  type ProcessGenerator,
} from '../../src/index.ts';
import { user } from '../../src/resources/test-support.ts';
import { runSimPy } from './run-simpy.ts';

// Each test ports one case of edges.py line by line, states SimPy's log, and checks it against
// edges.json, what SimPy printed for that case.
type Log = [number, string, string][];
const here = import.meta.dirname;
const simpyLogs = JSON.parse(readFileSync(join(here, 'edges.json'), 'utf8')) as Record<string, Log>;
const ported: string[] = [];

/**
 * Runs a case as edges.py's `main` does: a fresh environment, the processes the case returns run until
 * no events are left (a case that returns nothing ran the environment itself), then SimPy's log.
 */
function port(name: string, model: (env: Environment, log: Log) => ProcessGenerator[] | void): Log {
  const env = new Environment();
  const log: Log = [];
  const processes = model(env, log);
  if (processes !== undefined) {
    for (const process of processes) env.process(process);
    env.run();
  }
  ported.push(name);
  expect(log, `${name}: the port's log against SimPy's`).toEqual(simpyLogs[name]);
  return log;
}

const show = (items: Iterable<unknown>): string => `[${[...items].join(', ')}]`;

describe('SimPy semantics at the edges (edges.py)', () => {
  it('a release grants the most important request waiting when the release is processed', () => {
    const log = port('priority-request-between-release-and-its-processing', (env, log) => {
      const vendor = new PriorityResource(env, { capacity: 1 });
      return [
        user(env, log, vendor, 'holder', 0, 4, { priority: 5 }),
        user(env, log, vendor, 'low', 1, 1, { priority: 2 }),
        user(env, log, vendor, 'urgent', 4, 1, { priority: 0 }),
      ];
    });
    expect(log).toEqual([
      [0, 'holder', 'got'],
      [4, 'holder', 'done'],
      [4, 'urgent', 'got'],
      [5, 'urgent', 'done'],
      [5, 'low', 'got'],
      [6, 'low', 'done'],
    ]);
  });

  it('a customer whose patience ends when the server is released reneges', () => {
    const log = port('patience-ends-when-the-server-is-released', (env, log) => {
      const counter = new Resource(env, { capacity: 1 });
      function* customer(): ProcessGenerator {
        yield env.timeout(1);
        {
          using req = counter.request();
          const results: ConditionValue = yield env.anyOf([req, env.timeout(3)]);
          log.push([env.now, 'customer', results.has(req) ? 'served' : 'reneged']);
        }
        log.push([env.now, 'counter', `${counter.count} user(s), ${counter.queue.length} waiting`]);
      }
      return [user(env, log, counter, 'holder', 0, 4), customer()];
    });
    expect(log).toEqual([
      [0, 'holder', 'got'],
      [4, 'holder', 'done'],
      [4, 'customer', 'reneged'],
      [4, 'counter', '0 user(s), 0 waiting'],
    ]);
  });

  it('the releaser runs on before the next user is granted; yielding the release waits for the grant', () => {
    const log = port('the-releaser-runs-on-before-the-next-user-is-granted', (env, log) => {
      const staff = new Resource(env, { capacity: 1 });
      function* holder(name: string, waitForRelease: boolean): ProcessGenerator {
        const req = staff.request();
        yield req;
        log.push([env.now, name, 'got']);
        yield env.timeout(2);
        if (waitForRelease) {
          yield staff.release(req);
          log.push([env.now, name, 'after yield release']);
        } else {
          staff.release(req);
          yield env.timeout(0);
          log.push([env.now, name, 'after release + timeout(0)']);
        }
      }
      return [holder('first', false), holder('second', true), holder('third', false)];
    });
    expect(log).toEqual([
      [0, 'first', 'got'],
      [2, 'first', 'after release + timeout(0)'],
      [2, 'second', 'got'],
      [4, 'second', 'after yield release'],
      [4, 'third', 'got'],
      [6, 'third', 'after release + timeout(0)'],
    ]);
  });

  it('a get from a full store lets a blocked put in when the get is processed', () => {
    const log = port('a-get-frees-room-for-a-blocked-put-when-it-is-processed', (env, log) => {
      const shelf = new Store<string>(env, { capacity: 1 });
      function* producer(): ProcessGenerator {
        yield shelf.put('a');
        yield shelf.put('b');
        log.push([env.now, 'producer', 'put b']);
      }
      function* consumer(name: string): ProcessGenerator {
        yield env.timeout(1);
        const item: string = yield shelf.get();
        log.push([env.now, name, 'got ' + item]);
      }
      function* observer(): ProcessGenerator {
        yield env.timeout(1);
        log.push([env.now, 'observer', 'items ' + show(shelf.items)]);
      }
      return [producer(), consumer('first'), observer(), consumer('second')];
    });
    expect(log).toEqual([
      [1, 'observer', 'items []'],
      [1, 'first', 'got a'],
      [1, 'producer', 'put b'],
      [1, 'second', 'got b'],
    ]);
  });

  it('a get from a full container lets a blocked put in when the get is processed', () => {
    const log = port('a-container-get-frees-room-for-a-put-when-it-is-processed', (env, log) => {
      const tank = new Container(env, { capacity: 10, init: 10 });
      function* tanker(): ProcessGenerator {
        yield tank.put(5);
        log.push([env.now, 'tanker', `put 5, level ${tank.level}`]);
      }
      function* generator(): ProcessGenerator {
        yield env.timeout(1);
        yield tank.get(5);
        log.push([env.now, 'generator', `got 5, level ${tank.level}`]);
      }
      function* observer(): ProcessGenerator {
        yield env.timeout(1);
        log.push([env.now, 'observer', `level ${tank.level}`]);
      }
      return [tanker(), generator(), observer()];
    });
    expect(log).toEqual([
      [1, 'observer', 'level 5'],
      [1, 'generator', 'got 5, level 10'],
      [1, 'tanker', 'put 5, level 10'],
    ]);
  });

  it('of two requests of equal priority made at the same time, the one with preempt: true preempts', () => {
    const log = port('equal-priority-preempts-when-made-at-the-same-time-with-preempt', (env, log) => {
      const staff = new PreemptiveResource(env, { capacity: 1 });
      return [
        user(env, log, staff, 'polite', 0, 3, { priority: 1, preempt: false }),
        user(env, log, staff, 'pushy', 0, 3, { priority: 1, preempt: true }),
      ];
    });
    expect(log).toEqual([
      [0, 'polite', 'preempted, had the unit since 0'],
      [0, 'pushy', 'got'],
      [3, 'pushy', 'done'],
    ]);
  });

  it('the victim is the user with the largest (priority, request time, not preempt), not the latest granted', () => {
    const log = port('the-victim-is-the-user-with-the-largest-key', (env, log) => {
      const staff = new PreemptiveResource(env, { capacity: 2 });
      return [
        user(env, log, staff, 'first', 0, 3, { priority: 2, preempt: false }),
        user(env, log, staff, 'second', 0, 3, { priority: 2, preempt: true }),
        user(env, log, staff, 'urgent', 1, 3, { priority: 0, preempt: true }),
      ];
    });
    expect(log).toEqual([
      [0, 'first', 'got'],
      [0, 'second', 'got'],
      [1, 'first', 'preempted, had the unit since 0'],
      [1, 'urgent', 'got'],
      [3, 'second', 'done'],
      [4, 'urgent', 'done'],
    ]);
  });

  it('waiting requests are ordered by (priority, request time, not preempt)', () => {
    const log = port('waiting-requests-are-ordered-by-priority-time-and-preempt', (env, log) => {
      const staff = new PriorityResource(env, { capacity: 1 });
      return [
        user(env, log, staff, 'holder', 0, 1, { priority: 0, preempt: true }),
        user(env, log, staff, 'a', 0, 1, { priority: 1, preempt: false }),
        user(env, log, staff, 'b', 0, 1, { priority: 1, preempt: true }),
        user(env, log, staff, 'c', 0, 1, { priority: 0, preempt: false }),
      ];
    });
    expect(log).toEqual([
      [0, 'holder', 'got'],
      [1, 'holder', 'done'],
      [1, 'c', 'got'],
      [2, 'c', 'done'],
      [2, 'b', 'got'],
      [3, 'b', 'done'],
      [3, 'a', 'got'],
      [4, 'a', 'done'],
    ]);
  });

  it('run({ until: T }) stops after the URGENT events already scheduled for T, before the NORMAL ones', () => {
    const log = port('run-until-stops-after-urgent-events-already-scheduled-then', (env, log) => {
      const at = (delay: number, priority: number, what: string): void => env.schedule(delay, () => log.push([env.now, 'callback', what]), priority);
      at(3, NORMAL, 'normal at 3');
      at(3, URGENT, 'urgent at 3');
      env.run({ until: 3 });
      log.push([env.now, 'run', 'stopped']);
      at(0, URGENT, 'urgent scheduled after the stop');
      env.run();
    });
    expect(log).toEqual([
      [3, 'callback', 'urgent at 3'],
      [3, 'run', 'stopped'],
      [3, 'callback', 'urgent scheduled after the stop'],
      [3, 'callback', 'normal at 3'],
    ]);
  });

  it('cancel() of a granted request and release() of a waiting one do nothing', () => {
    const log = port('cancel-of-a-granted-request-and-release-of-a-waiting-one-do-nothing', (env, log) => {
      const staff = new Resource(env, { capacity: 1 });
      const state = (what: string): void => void log.push([env.now, what, `${staff.count} user(s), ${staff.queue.length} waiting`]);
      function* fickle(): ProcessGenerator {
        const granted = staff.request();
        yield granted;
        const waiting = staff.request();
        granted.cancel();
        state('after cancel() of the granted request');
        yield staff.release(waiting);
        state('after release() of the waiting request');
        yield env.timeout(1);
        staff.release(granted);
        yield waiting;
        log.push([env.now, 'fickle', 'waiting request granted after all']);
        staff.release(waiting);
      }
      return [fickle(), user(env, log, staff, 'other', 0, 1)];
    });
    expect(log).toEqual([
      [0, 'after cancel() of the granted request', '1 user(s), 1 waiting'],
      [0, 'after release() of the waiting request', '1 user(s), 2 waiting'],
      [1, 'fickle', 'waiting request granted after all'],
      [1, 'other', 'got'],
      [2, 'other', 'done'],
    ]);
  });

  it('a condition, once processed, removes the checks of the conditions nested in it', () => {
    const log = port('an-outer-condition-removes-the-checks-of-nested-ones', (env, log) => {
      const a = env.timeout(2, 'a');
      const b = env.timeout(3, 'b');
      const c = env.timeout(1, 'c');
      const inner = env.allOf([a, b]);
      const outer = env.anyOf([inner, c]);
      function* waiter(): ProcessGenerator {
        const result: ConditionValue = yield outer;
        log.push([env.now, 'waiter', 'values ' + show(result.values)]);
      }
      env.process(waiter());
      env.run();
      log.push([env.now, 'inner', inner.triggered ? 'triggered' : 'never triggered']);
    });
    expect(log).toEqual([
      [1, 'waiter', 'values [c]'],
      [3, 'inner', 'never triggered'],
    ]);
  });

  it('a process started from a generator object is named after its generator function when it fails', () => {
    let message = '';
    const log = port('a-process-from-a-generator-is-named-after-its-function', (env, log) => {
      function* restore_registry(): ProcessGenerator {
        yield env.timeout(1);
        throw new Error('disk missing');
      }
      const proc = env.process(restore_registry());
      try {
        env.run();
      } catch (error) {
        if (!(error instanceof SimulationError)) throw error;
        message = error.message;
        log.push([env.now, String(proc), `failed: ${(error.cause as Error).message}`]);
      }
    });
    expect(log).toEqual([
      [1, 'Process(restore_registry)', 'failed: disk missing'],
    ]);
    expect(message).toBe('Process(restore_registry) failed at t=1h: disk missing');
  });

  it('a processed put serves one waiting get of a Store', () => {
    const log = port('store-gets-are-served-one-per-trigger', (env, log) => {
      const desk = new Store<string>(env);
      function* taker(name: string): ProcessGenerator {
        const item: string = yield desk.get();
        log.push([env.now, name, 'got ' + item]);
      }
      function* giver(): ProcessGenerator {
        yield env.timeout(1);
        const first = desk.put('x');
        desk.put('y');
        log.push([env.now, 'giver', 'items ' + show(desk.items)]);
        yield first;
        yield env.timeout(0);
        log.push([env.now, 'giver', 'after timeout(0)']);
      }
      return [taker('one'), taker('two'), giver()];
    });
    expect(log).toEqual([
      [1, 'giver', 'items [x, y]'],
      [1, 'one', 'got x'],
      [1, 'giver', 'after timeout(0)'],
      [1, 'two', 'got y'],
    ]);
  });

  it('a processed put serves every waiting get of a FilterStore that finds an item', () => {
    const log = port('filter-store-gets-are-all-served-per-trigger', (env, log) => {
      const desk = new FilterStore<string>(env);
      function* taker(name: string, wanted: string): ProcessGenerator {
        const item: string = yield desk.get((item) => item.startsWith(wanted));
        log.push([env.now, name, 'got ' + item]);
      }
      function* giver(): ProcessGenerator {
        yield env.timeout(1);
        for (const item of ['tax-1', 'registry-1', 'registry-2']) desk.put(item);
        log.push([env.now, 'giver', 'items ' + show(desk.items)]);
      }
      return [taker('registry desk', 'registry'), taker('tax desk', 'tax'), taker('registry desk 2', 'registry'), giver()];
    });
    expect(log).toEqual([
      [1, 'giver', 'items [tax-1, registry-1, registry-2]'],
      [1, 'registry desk', 'got registry-1'],
      [1, 'tax desk', 'got tax-1'],
      [1, 'registry desk 2', 'got registry-2'],
    ]);
  });

  it('a PriorityStore hands out its PriorityItems in heapq order, ties included', () => {
    const log = port('priority-store-hands-out-in-heap-order', (env, log) => {
      const backlog = new PriorityStore<PriorityItem<string>>(env);
      function* worker(): ProcessGenerator {
        yield env.timeout(1);
        while (backlog.items.length > 0) {
          const ticket: PriorityItem<string> = yield backlog.get();
          log.push([env.now, 'worker', `${ticket.priority} ${ticket.item}`]);
        }
      }
      for (const [priority, item] of [[2, 'mail'], [1, 'tax'], [2, 'web'], [0, 'registry'], [1, 'welfare'], [2, 'groupware']] as const) {
        backlog.put(new PriorityItem(priority, item));
      }
      return [worker()];
    });
    // web before mail: the heap, not arrival order, decides among equal priorities.
    expect(log).toEqual([
      [1, 'worker', '0 registry'],
      [1, 'worker', '1 tax'],
      [1, 'worker', '1 welfare'],
      [1, 'worker', '2 web'],
      [1, 'worker', '2 mail'],
      [1, 'worker', '2 groupware'],
    ]);
  });

  it('ports every case of edges.py', () => {
    expect([...ported].sort()).toEqual(Object.keys(simpyLogs).sort());
  });

  it('edges.json is what SimPy prints for edges.py', () => {
    expect(runSimPy(join(here, 'edges.py'))).toBe(readFileSync(join(here, 'edges.json'), 'utf8'));
  });
});
