import { describe, expect, it } from 'vitest';
import { Environment } from './environment.ts';
import { EventLimitError } from './event-limit-error.ts';
import { SimulationError } from './simulation-error.ts';

/** The error `fn` throws (the test fails if it throws nothing). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('run({ maxEvents })', () => {
  // Without the guard these runs never end: the test's own timeout would fail them.
  it('a process that reschedules itself at zero delay stops with an EventLimitError naming it and the time', () => {
    const env = new Environment();
    env.schedule(5, () => {
      env.process(function* () {
        for (;;) yield env.timeout(0);
      }, 'runaway arrivals');
    });
    const error = thrown(() => env.run({ until: 100, maxEvents: 1000 }));
    expect(error).toBeInstanceOf(EventLimitError);
    expect(error).toBeInstanceOf(SimulationError);
    expect(String(error)).toBe('EventLimitError: more than 1000 events by t=5h (maxEvents); next due: Process(runaway arrivals)');
    expect(error).toMatchObject({ limit: 1000, time: 5, subject: 'Process(runaway arrivals)' });
  });

  it('a callback that reschedules itself without end is named after its function', () => {
    const env = new Environment();
    env.schedule(0, function arrivals(e) {
      e.schedule(0, arrivals);
    });
    expect(thrown(() => env.run({ maxEvents: 50 }))).toMatchObject({ name: 'EventLimitError', subject: 'Callback(arrivals)', time: 0 });
  });

  it('a run within its limit is unchanged: exactly maxEvents events are allowed', () => {
    const log: number[] = [];
    const env = new Environment();
    for (let t = 1; t <= 10; t++) env.schedule(t, (e) => log.push(e.now));
    env.run({ maxEvents: 10 });
    expect(log).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('maxEvents must be a non-negative integer', () => {
    expect(() => new Environment().run({ maxEvents: -1 })).toThrow('maxEvents must be a non-negative integer, got -1');
    expect(() => new Environment().run({ maxEvents: 1.5 })).toThrow(RangeError);
  });
});
