import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { FilterStore } from './filter-store.ts';
import { PriorityItem } from './priority-item.ts';
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

  it('a waiting get can be cancelled; the queues are visible as lists', () => {
    const env = new Environment();
    const desk = new Store<string>(env, { name: 'tickets' });
    const get = desk.get();
    expect(desk.waitingGets).toEqual([get]);
    get.cancel();
    desk.put('x');
    env.run();
    expect([get.triggered, desk.items, desk.waitingGets, desk.waitingPuts]).toEqual([false, ['x'], [], []]);
  });

  it('a cancelled put leaves the queue, and the one behind it goes in at the next processed get', () => {
    const env = new Environment();
    const shelf = new Store<string>(env, { capacity: 1 });
    shelf.put('a');
    const b = shelf.put('b');
    const c = shelf.put('c');
    b.cancel();
    expect(shelf.waitingPuts).toEqual([c]);
    shelf.get();
    expect(shelf.items).toEqual([]);
    env.run();
    expect([shelf.items, c.processed, b.triggered]).toEqual([['c'], true, false]);
  });

  it('statistics count items held and waiting gets', () => {
    const env = new Environment();
    const desk = new Store<string>(env, { capacity: 4, name: 'tickets' });
    env.process(function* () {
      yield env.timeout(2);
      desk.put('a'); // the get waiting since 0 takes it when this put is processed, at 2
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

describe('FilterStore', () => {
  it('get(filter) takes the first matching item, and unmatched gets do not block others', () => {
    const env = new Environment();
    const desk = new FilterStore<Ticket>(env, { name: 'tickets' });
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
    expect(String(desk)).toBe('FilterStore(tickets 1 items, 0 waiting)');
  });
});

describe('PriorityStore', () => {
  it('hands out the lowest key first', () => {
    const env = new Environment();
    const backlog = new PriorityStore<Ticket>(env, { name: 'backlog', priority: (t) => t.severity });
    for (const [system, severity] of [['web', 3], ['registry', 1], ['wiki', 5], ['tax', 2]] as const) backlog.put({ system, severity });
    const out: string[] = [];
    env.process(function* () {
      for (let i = 0; i < 4; i++) out.push(((yield backlog.get()) as Ticket).system);
    });
    env.run();
    expect(out).toEqual(['registry', 'tax', 'web', 'wiki']);
    expect(String(backlog)).toBe('PriorityStore(backlog 0 items, 0 waiting)');
  });

  it('orders numbers by value and PriorityItems by priority without a priority option', () => {
    const env = new Environment();
    const numbers = new PriorityStore<number>(env);
    const tickets = new PriorityStore<PriorityItem<string>>(env);
    for (const n of [3, 1, 2]) numbers.put(n);
    tickets.put(new PriorityItem(1, 'tax'));
    tickets.put(new PriorityItem(0, 'registry'));
    const firsts: unknown[] = [];
    env.process(function* () {
      firsts.push(yield numbers.get(), String(yield tickets.get()));
    });
    env.run();
    expect(firsts).toEqual([1, 'PriorityItem(0, registry)']);
    expect(() => new PriorityStore<string>(env).put('x')).toThrow(new TypeError('PriorityStore needs a priority(item) option for x; numbers and PriorityItems have one'));
  });

  it('rejects items whose key is not a finite number', () => {
    const env = new Environment();
    const s = new PriorityStore<number>(env, { priority: (x) => x });
    expect(() => s.put(NaN)).toThrow(new RangeError('priority(item) must be a finite number, got NaN'));
  });
});
