import { describe, it, expect } from 'vitest';
import { Environment } from './environment.ts';
import { Interrupt } from './interrupt.ts';
import type { Process, ProcessGenerator } from './process.ts';
import { SimulationError } from './simulation-error.ts';

describe('Process', () => {
  it('receives the values of the events it yields', () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    env.process(function* () {
      const v = yield env.timeout(3, 'three');
      log.push([env.now, v]);
      const w = yield env.timeout(2);
      log.push([env.now, w]);
    });
    env.run();
    expect(log).toEqual([
      [3, 'three'],
      [5, undefined],
    ]);
  });

  it('is an event whose value is the return value, and others can wait for it', () => {
    const env = new Environment();
    const log: [number, string, unknown][] = [];
    const restore = env.process(function* () {
      yield env.timeout(36);
      return 'restored';
    }, 'restore registry');
    env.process(function* counter() {
      const result = yield restore;
      log.push([env.now, 'counter', result]);
      const again = yield restore; // already processed: resumes at once
      log.push([env.now, 'counter again', again]);
    });
    env.run();
    expect(log).toEqual([
      [36, 'counter', 'restored'],
      [36, 'counter again', 'restored'],
    ]);
    expect(restore.value).toBe('restored');
    expect(String(restore)).toBe('Process(restore registry)');
  });

  it('starts now, before ordinary events due now, in creation order', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(0, () => log.push('callback'));
    env.process(function* a() {
      log.push('a');
      yield env.timeout(0);
      log.push('a after 0h');
    });
    env.process(function* b() {
      log.push('b');
    });
    env.run();
    expect(log).toEqual(['a', 'b', 'callback', 'a after 0h']);
  });

  it('takes its name from the generator function unless given one', () => {
    const env = new Environment();
    expect(String(env.process(function* backup() {}))).toBe('Process(backup)');
    expect(String(env.process((function* () {})()))).toBe('Process(process)');
    expect(env.process(function* () {}, 'x').name).toBe('x');
  });

  it('started from a generator object, it takes the generator function\'s name when it fails, for the error', () => {
    const env = new Environment();
    function* restoreRegistry(): ProcessGenerator {
      yield env.timeout(1);
      throw new Error('disk missing');
    }
    const restore = env.process(restoreRegistry());
    expect(restore.name).toBe('process');
    expect(() => env.run()).toThrow('Process(restoreRegistry) failed at t=1h: disk missing');
    expect(restore.name).toBe('restoreRegistry');
  });

  it('a process that lets through an error thrown into it stays unnamed rather than misnamed', () => {
    const env = new Environment();
    function* failing(): ProcessGenerator {
      yield env.timeout(1);
      throw new Error('disk missing');
    }
    const failure = env.process(failing());
    function* waiting(): ProcessGenerator {
      yield failure;
    }
    const waiter = env.process(waiting());
    // The waiter receives the failure (defusing it) and lets it through: it is the one that stops the run.
    expect(() => env.run()).toThrow('Process(process) failed at t=1h: disk missing');
    expect([failure.name, waiter.name]).toEqual(['failing', 'process']);
  });

  it('a failed event is thrown into the process, which may catch it', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const disk = env.event();
    env.schedule(2, () => disk.fail(new Error('disk missing')));
    env.process(function* () {
      try {
        yield disk;
      } catch (e) {
        log.push([env.now, `caught ${(e as Error).message}`]);
      }
      yield env.timeout(1);
      log.push([env.now, 'carried on']);
    });
    env.run();
    expect(log).toEqual([
      [2, 'caught disk missing'],
      [3, 'carried on'],
    ]);
  });

  it('an unhandled failure stops the run naming the process and the time, with the cause', () => {
    const env = new Environment();
    const disk = env.event();
    env.process(function* () {
      yield env.timeout(36);
      yield disk;
    }, 'restore registry');
    env.schedule(36, () => disk.fail(new Error('disk missing')));
    let error: SimulationError | undefined;
    try {
      env.run();
    } catch (e) {
      error = e as SimulationError;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect(String(error)).toBe('SimulationError: Process(restore registry) failed at t=36h: disk missing');
    expect((error?.cause as Error).message).toBe('disk missing');
    expect(error?.subject).toBe('Process(restore registry)');
  });

  it('a failure propagates to the process waiting for the failed process', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const child = env.process(function* () {
      yield env.timeout(5);
      throw new Error('vendor unreachable');
    }, 'call vendor');
    env.process(function* () {
      try {
        yield child;
      } catch (e) {
        log.push([env.now, (e as Error).message]);
      }
    });
    env.run();
    expect(log).toEqual([[5, 'vendor unreachable']]);
    expect(child.ok).toBe(false);
  });

  it('an interrupt reaches a process waiting for a timeout, which may continue', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const worker = env.process(function* () {
      try {
        yield env.timeout(10);
        log.push([env.now, 'finished work']);
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        log.push([env.now, `interrupted: ${String(e.cause)}`]);
      }
      yield env.timeout(1);
      log.push([env.now, 'back at work']);
    }, 'worker');
    env.process(function* () {
      yield env.timeout(4);
      worker.interrupt('earthquake');
    });
    env.run();
    // The abandoned timeout at t=10 no longer resumes the worker.
    expect(log).toEqual([
      [4, 'interrupted: earthquake'],
      [5, 'back at work'],
    ]);
  });

  it('an uncaught interrupt fails the process', () => {
    const env = new Environment();
    const worker = env.process(function* () {
      yield env.timeout(10);
    }, 'worker');
    env.schedule(2, () => worker.interrupt('power cut'));
    expect(() => env.run()).toThrow('Process(worker) failed at t=2h: Interrupt(power cut)');
  });

  it('interrupting a finished process or itself throws', () => {
    const env = new Environment();
    const done = env.process(function* () {}, 'done');
    const self: { p?: Process } = {};
    self.p = env.process(function* () {
      yield env.timeout(1);
      self.p?.interrupt();
    }, 'selfish');
    env.run({ until: 0.5 });
    expect(() => done.interrupt()).toThrow('Process(done) has terminated and cannot be interrupted');
    expect(() => env.run()).toThrow('Process(selfish) failed at t=1h: Process(selfish) cannot interrupt itself');
  });

  it('a second interrupt for a process that the first one ended is ignored', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const p = env.process(function* () {
      try {
        yield env.timeout(5);
      } catch (e) {
        log.push([env.now, `stopped by ${String((e as Interrupt).cause)}`]);
      }
    });
    env.schedule(1, () => {
      p.interrupt('flood');
      p.interrupt('fire');
    });
    env.run();
    expect(log).toEqual([[1, 'stopped by flood']]);
  });

  it('yielding a non-event throws a TypeError naming the process', () => {
    const env = new Environment();
    env.process(function* () {
      yield 42 as never;
    }, 'confused');
    expect(() => env.run()).toThrow(
      new TypeError('Process(confused) yielded 42, which is not an event (yield a timeout, request, condition or process)'),
    );
  });

  it('yielding a resource instead of its request, or an event of another environment, throws naming both', () => {
    const env = new Environment();
    const other = new Environment();
    const staff = { env, toString: () => 'Resource(it-staff 0/2 busy, 0 waiting)' };
    env.process(function* () {
      yield staff as never;
    }, 'restore registry');
    expect(() => env.run()).toThrow(
      new TypeError(
        'Process(restore registry) yielded Resource(it-staff 0/2 busy, 0 waiting), which is not an event (yield a timeout, request, condition or process)',
      ),
    );
    const env2 = new Environment();
    env2.process(function* () {
      yield other.timeout(1);
    }, 'lost');
    expect(() => env2.run()).toThrow(new TypeError('Process(lost) yielded Timeout(1h), which belongs to another environment'));
  });

  it('needs a generator', () => {
    const env = new Environment();
    expect(() => env.process((() => 1) as never, 'f')).toThrow('Process(f) needs a generator or a generator function, got 1');
  });
});
