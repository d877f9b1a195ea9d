import { describe, it, expect } from 'vitest';
import { Environment } from './environment.ts';

describe('Trace', () => {
  it('is off by default', () => {
    expect(new Environment().trace).toBeUndefined();
  });

  it('collects structured records stamped with the simulated time', () => {
    const env = new Environment({ trace: true });
    const restore = env.process(function* () {
      env.trace?.record('registry.down', 'registry', { cause: 'quake' });
      try {
        yield env.timeout(36);
      } catch {
        yield env.timeout(30);
      }
      env.trace?.record('registry.up', 'registry');
      throw new Error('tape unreadable');
    }, 'restore registry');
    env.process(function* () {
      yield env.timeout(10);
      restore.interrupt('aftershock');
    }, 'aftershock');
    expect(() => env.run()).toThrow('Process(restore registry) failed at t=40h: tape unreadable');
    expect(env.trace?.records).toEqual([
      { time: 0, kind: 'process.start', subject: 'restore registry', data: null },
      { time: 0, kind: 'process.start', subject: 'aftershock', data: null },
      { time: 0, kind: 'registry.down', subject: 'registry', data: { cause: 'quake' } },
      { time: 10, kind: 'process.end', subject: 'aftershock', data: null },
      { time: 10, kind: 'process.interrupt', subject: 'restore registry', data: { cause: 'aftershock' } },
      { time: 40, kind: 'registry.up', subject: 'registry', data: null },
      { time: 40, kind: 'process.fail', subject: 'restore registry', data: { error: 'tape unreadable' } },
    ]);
  });

  it('costs nothing when off: the record arguments are not even evaluated', () => {
    const env = new Environment();
    let evaluated = false;
    env.trace?.record('x', ((evaluated = true), 'y'));
    expect(evaluated).toBe(false);
  });
});
