import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { PriorityStore } from './priority-store.ts';
import { Store } from './store.ts';

interface Ticket {
  readonly system: string;
  readonly severity: number;
}

describe('Store', () => {
  it('hands items out first in, first out, and blocks gets while empty', () => {
    const env = new Environment();
    const desk = new Store<string>(env, { name: 'tickets' });
    const log: [number, string, string][] = [];
    env.process(function* () {
      for (let i = 0; i < 2; i++) {
        const ticket: string = yield desk.get();
        log.push([env.now, 'technician', ticket]);
      }
    });
    env.process(function* () {
      yield env.timeout(3);
      desk.put('registry down');
      desk.put('mail slow');
    });
    env.run();
    expect(log).toEqual([
      [3, 'technician', 'registry down'],
      [3, 'technician', 'mail slow'],
    ]);
  });

  it('blocks puts while full, in arrival order', () => {
    const env = new Environment();
    const shelf = new Store<string>(env, { capacity: 1, name: 'tapes' });
    const log: [number, string][] = [];
    env.process(function* () {
      for (const tape of ['mon', 'tue', 'wed']) {
        yield shelf.put(tape);
        log.push([env.now, `put ${tape}`]);
      }
    });
    env.process(function* () {
      yield env.timeout(5);
      log.push([env.now, `got ${yield shelf.get()}`]);
      yield env.timeout(5);
      log.push([env.now, `got ${yield shelf.get()}`]);
    });
    env.run();
    expect(log).toEqual([
      [0, 'put mon'],
      [5, 'got mon'],
      [5, 'put tue'],
      [10, 'got tue'],
      [10, 'put wed'],
    ]);
    expect(String(shelf)).toBe('Store(tapes 1/1 items, 0 waiting)');
  });

  it('get(filter) takes the first matching item, and unmatched gets do not block others', () => {
    const env = new Environment();
    const desk = new Store<Ticket>(env, { name: 'tickets' });
    const log: [number, string, string][] = [];
    env.process(function* () {
      const t: Ticket = yield desk.get((x) => x.system === 'tax');
      log.push([env.now, 'tax team', `${t.system}/${t.severity}`]);
    });
    env.process(function* () {
      const t: Ticket = yield desk.get();
      log.push([env.now, 'anyone', `${t.system}/${t.severity}`]);
    });
    env.process(function* () {
      yield env.timeout(1);
      desk.put({ system: 'mail', severity: 3 });
      yield env.timeout(1);
      desk.put({ system: 'web', severity: 2 });
      desk.put({ system: 'tax', severity: 1 });
    });
    env.run();
    expect(log).toEqual([
      [1, 'anyone', 'mail/3'],
      [2, 'tax team', 'tax/1'],
    ]);
    expect(desk.items).toEqual([{ system: 'web', severity: 2 }]);
  });

  it('a waiting get can be cancelled', () => {
    const env = new Environment();
    const desk = new Store<string>(env, { name: 'tickets' });
    const get = desk.get();
    get.cancel();
    desk.put('x');
    env.run();
    expect([get.triggered, desk.items, desk.waitingGets]).toEqual([false, ['x'], 0]);
  });

  it('a waiting put can be cancelled, letting the one behind it in', () => {
    const env = new Environment();
    const shelf = new Store<string>(env, { capacity: 1 });
    shelf.put('a');
    const b = shelf.put('b');
    shelf.put('c');
    b.cancel();
    shelf.get();
    expect(shelf.items).toEqual(['c']);
  });

  it('statistics count items held and waiting gets', () => {
    const env = new Environment();
    const desk = new Store<string>(env, { capacity: 4, name: 'tickets' });
    env.process(function* () {
      yield env.timeout(2);
      desk.put('a'); // a waiting get (since 0) takes it at once
      desk.put('b'); // held from 2 to 4
      yield env.timeout(2);
      yield desk.get();
    });
    desk.get();
    env.run({ until: 8 });
    expect(desk.statistics()).toEqual({
      elapsedHours: 8,
      utilisation: 2 / 8 / 4,
      meanBusy: 2 / 8,
      meanQueueLength: 2 / 8,
      waits: { count: 2, meanHours: 1, maxHours: 2 },
    });
  });

  it('rejects a bad capacity', () => {
    expect(() => new Store(new Environment(), { capacity: 0 })).toThrow(new RangeError('capacity must be a positive integer or Infinity, got 0'));
  });
});

describe('PriorityStore', () => {
  it('hands out the lowest key first, first in, first out among ties', () => {
    const env = new Environment();
    const backlog = new PriorityStore<Ticket>(env, { name: 'backlog', priority: (t) => t.severity });
    for (const [system, severity] of [['web', 3], ['registry', 1], ['mail', 3], ['tax', 1], ['wiki', 5]] as const) {
      backlog.put({ system, severity });
    }
    const out: string[] = [];
    env.process(function* () {
      out.push(((yield backlog.get((t: Ticket) => t.severity > 1)) as Ticket).system);
      for (let i = 0; i < 4; i++) out.push(((yield backlog.get()) as Ticket).system);
    });
    env.run();
    expect(out).toEqual(['web', 'registry', 'tax', 'mail', 'wiki']);
    expect(String(backlog)).toBe('PriorityStore(backlog 0 items, 0 waiting)');
  });

  it('rejects items whose key is not a finite number', () => {
    const env = new Environment();
    const s = new PriorityStore<number>(env, { priority: (x) => x });
    expect(() => s.put(NaN)).toThrow(new RangeError('priority(item) must be a finite number, got NaN'));
  });
});
