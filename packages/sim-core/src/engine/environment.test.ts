import { describe, it, expect } from 'vitest';
import { Environment } from './environment.ts';
import { SimulationError } from './simulation-error.ts';
import { NORMAL, URGENT } from './queue.ts';

describe('Environment', () => {
  it('simultaneous events run FIFO within a priority, URGENT before NORMAL', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    env.schedule(1, (e) => log.push([e.now, 'normal 1']));
    env.schedule(1, (e) => log.push([e.now, 'normal 2']), NORMAL);
    env.schedule(1, (e) => log.push([e.now, 'urgent']), URGENT);
    env.timeout(1).addCallback(() => log.push([env.now, 'timeout']));
    env.schedule(1, (e) => log.push([e.now, 'normal 3']));
    env.schedule(0.5, (e) => log.push([e.now, 'earlier']));
    env.run();
    expect(log).toEqual([
      [0.5, 'earlier'],
      [1, 'urgent'],
      [1, 'normal 1'],
      [1, 'normal 2'],
      [1, 'timeout'],
      [1, 'normal 3'],
    ]);
  });

  it('run({ until: T }) leaves events at exactly T unprocessed and sets now = T', () => {
    const env = new Environment();
    const log: number[] = [];
    for (const t of [5, 10, 10, 15]) env.schedule(t, (e) => log.push(e.now));
    env.run({ until: 10 });
    expect(log).toEqual([5]);
    expect(env.now).toBe(10);
    expect(env.peek()).toBe(10);
    env.run({ until: 12 });
    expect(log).toEqual([5, 10, 10]);
    expect(env.now).toBe(12);
    env.run();
    expect(log).toEqual([5, 10, 10, 15]);
    expect(env.now).toBe(15);
  });

  it('run({ until: T }) stops after the URGENT events already scheduled for T, before the NORMAL ones', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(3, () => log.push('normal at 3'));
    env.schedule(3, () => log.push('urgent at 3'), URGENT);
    env.run({ until: 3 });
    expect(log).toEqual(['urgent at 3']);
    env.run();
    expect(log).toEqual(['urgent at 3', 'normal at 3']);
  });

  it('run({ until: T }) advances the clock even with nothing scheduled', () => {
    const env = new Environment({ start: 100 });
    env.run({ until: 124 });
    expect(env.now).toBe(124);
  });

  it('run({ until }) at or before now throws a RangeError naming both times', () => {
    const env = new Environment({ start: 10 });
    expect(() => env.run({ until: 5 })).toThrow(new RangeError('until(=5) must be > the current simulation time (10)'));
    expect(() => env.run({ until: 10 })).toThrow(RangeError);
    expect(() => env.run({ until: NaN })).toThrow('until(=NaN)');
  });

  it('run({ until: event }) returns its value once processed, leaving later events', () => {
    const env = new Environment();
    const done = env.timeout(7, 'repaired');
    env.schedule(9, () => {
      throw new Error('must not run');
    });
    expect(env.run({ until: done })).toBe('repaired');
    expect(env.now).toBe(7);
    expect(env.peek()).toBe(9);
  });

  it('run({ until: event }) returns at once for an event already processed', () => {
    const env = new Environment();
    const done = env.timeout(1, 'ok');
    env.run();
    env.timeout(5);
    expect(env.run({ until: done })).toBe('ok');
    expect(env.now).toBe(1);
  });

  it('run({ until: event }) throws if the queue empties first', () => {
    const env = new Environment();
    expect(() => env.run({ until: env.event() })).toThrow('No scheduled events left but "until" event was not triggered: Event()');
  });

  it('scheduling in the past, NaN or infinite delays throw a RangeError naming the value', () => {
    const env = new Environment();
    expect(() => env.timeout(-1)).toThrow(new RangeError('delay must be a finite number of hours >= 0, got -1'));
    expect(() => env.timeout(NaN)).toThrow('got NaN');
    expect(() => env.timeout(Infinity)).toThrow('got Infinity');
    expect(() => env.schedule(-0.5, () => {})).toThrow('got -0.5');
    expect(() => env.schedule(1, () => {}, 2)).toThrow(new RangeError('priority must be URGENT (0) or NORMAL (1), got 2'));
  });

  it('step() processes one event and peek() tells the next time', () => {
    const env = new Environment();
    expect(env.peek()).toBe(Infinity);
    env.timeout(2);
    env.timeout(1);
    expect(env.peek()).toBe(1);
    env.step();
    expect(env.now).toBe(1);
    expect(env.peek()).toBe(2);
    env.step();
    expect(() => env.step()).toThrow('step() found no scheduled events at t=2h');
  });

  it('starts at the given time', () => {
    const env = new Environment({ start: 8760 });
    const log: number[] = [];
    env.process(function* () {
      yield env.timeout(24);
      log.push(env.now);
    });
    env.run();
    expect(log).toEqual([8784]);
  });

  it('a failed event nobody handles stops the run with a SimulationError naming time and event', () => {
    const env = new Environment();
    const ev = env.event();
    env.schedule(3, () => ev.fail(new Error('power lost')));
    let error: unknown;
    try {
      env.run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect(String(error)).toBe('SimulationError: Event(failed) failed at t=3h: power lost');
    expect((error as SimulationError).time).toBe(3);
    expect(((error as SimulationError).cause as Error).message).toBe('power lost');
  });

  it('a defused failed event does not stop the run', () => {
    const env = new Environment();
    const ev = env.event();
    ev.fail(new Error('ignored on purpose'));
    ev.defused = true;
    env.run();
    expect(ev.processed).toBe(true);
    expect(ev.ok).toBe(false);
  });

  it('a run that threw leaves no stale stop behind for the next run', () => {
    const env = new Environment();
    const log: number[] = [];
    env.schedule(5, () => {
      throw new Error('model bug');
    });
    for (const t of [10, 11]) env.schedule(t, (e) => log.push(e.now));
    expect(() => env.run({ until: 10.5 })).toThrow('model bug');
    env.run();
    expect(log).toEqual([10, 11]);
  });

  it('toString() shows the time', () => {
    const env = new Environment({ start: 36 });
    expect(String(env)).toBe('Environment(t=36h)');
  });

  it('an error thrown by a scheduled callback stops the run naming the time and the callback', () => {
    const env = new Environment();
    env.schedule(36, function restoreRegistry() {
      throw new Error('disk missing');
    });
    const error = (() => {
      try {
        env.run();
      } catch (e) {
        return e as SimulationError;
      }
      throw new Error('run() should have thrown');
    })();
    expect(error).toBeInstanceOf(SimulationError);
    expect(error.message).toBe('Callback(restoreRegistry) failed at t=36h: disk missing');
    expect([error.time, error.subject, (error.cause as Error).message]).toEqual([36, 'Callback(restoreRegistry)', 'disk missing']);
  });
});
