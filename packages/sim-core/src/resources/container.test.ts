import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { Container } from './container.ts';

describe('Container', () => {
  it('gets wait until the level covers them, puts until they fit', () => {
    const env = new Environment();
    const fuel = new Container(env, { name: 'fuel', capacity: 100, init: 30 });
    const log: [number, string, number][] = [];
    env.process(function* () {
      for (;;) {
        yield fuel.get(20);
        log.push([env.now, 'generator took 20', fuel.level]);
        yield env.timeout(4);
      }
    }, 'generator');
    env.process(function* () {
      yield env.timeout(6);
      yield fuel.put(90);
      log.push([env.now, 'tanker delivered 90', fuel.level]);
    }, 'tanker');
    env.run({ until: 13 });
    expect(log).toEqual([
      [0, 'generator took 20', 10],
      // The get of 20 waits from t=4 (level 10); at 6 the tanker's 90 fits (10 + 90 = 100), and processing
      // the put serves the get before it resumes the tanker, so both see the level after both: 80.
      [6, 'tanker delivered 90', 80],
      [6, 'generator took 20', 80],
      [10, 'generator took 20', 60],
    ]);
  });

  it('serves each side strictly in arrival order, the other side when a put or get is processed', () => {
    const env = new Environment();
    const budget = new Container(env, { name: 'budget', init: 5 });
    const big = budget.get(10);
    const small = budget.get(1);
    expect([big.triggered, small.triggered, budget.waitingGets]).toEqual([false, false, [big, small]]);
    const put = budget.put(6);
    expect([put.triggered, big.triggered, small.triggered, budget.level]).toEqual([true, false, false, 11]);
    env.run();
    expect([big.triggered, small.triggered, budget.level]).toEqual([true, true, 0]);
  });

  it('a cancelled get leaves the queue; the gets behind it are served at the next processed put or get', () => {
    const env = new Environment();
    const c = new Container(env, { init: 1 });
    const big = c.get(5);
    const small = c.get(1);
    big.cancel();
    expect([small.triggered, c.level, c.waitingGets, String(big)]).toEqual([false, 1, [small], 'ContainerGet(container, 5)']);
    c.put(1);
    env.run();
    expect([small.triggered, c.level]).toEqual([true, 1]);
  });

  it('validates amounts, capacity and the initial level, naming the value', () => {
    const env = new Environment();
    const c = new Container(env, { name: 'fuel', capacity: 100 });
    expect(() => c.get(0)).toThrow(new RangeError('amount must be a finite number > 0, got 0'));
    expect(() => c.put(-1)).toThrow('got -1');
    expect(() => c.put(NaN)).toThrow('got NaN');
    expect(() => c.put(101)).toThrow('amount(=101) exceeds the capacity (100) of Container(fuel 0/100, 0 waiting)');
    expect(() => new Container(env, { capacity: 0 })).toThrow('capacity must be > 0, got 0');
    expect(() => new Container(env, { capacity: 10, init: 11 })).toThrow('init must be a finite number between 0 and the capacity (10), got 11');
  });

  it('statistics average the level over time', () => {
    const env = new Environment();
    const c = new Container(env, { capacity: 10, init: 10 });
    env.schedule(5, () => c.get(10));
    env.run({ until: 10 });
    expect(c.statistics()).toMatchObject({ utilisation: 0.5, meanBusy: 5, meanQueueLength: 0, waits: { count: 1, meanHours: 0, maxHours: 0 } });
  });
});
