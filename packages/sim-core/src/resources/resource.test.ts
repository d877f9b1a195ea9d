import { describe, it, expect } from 'vitest';
import { Environment, Interrupt, type ConditionValue } from '../engine/index.ts';
import type { Request } from './request.ts';
import { Resource } from './resource.ts';

type Log = [number, string, string][];

function customer(env: Environment, res: Resource, log: Log, name: string, arriveAt: number, serviceHours: number): void {
  env.process(function* () {
    yield env.timeout(arriveAt);
    const req: Request = yield res.request();
    log.push([env.now, name, 'got']);
    yield env.timeout(serviceHours);
    res.release(req);
    log.push([env.now, name, 'released']);
  }, name);
}

describe('Resource', () => {
  it('grants units first come, first served', () => {
    const env = new Environment();
    const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
    const log: Log = [];
    customer(env, staff, log, 'a', 0, 3);
    customer(env, staff, log, 'b', 0, 5);
    customer(env, staff, log, 'c', 1, 1);
    customer(env, staff, log, 'd', 2, 1);
    env.run();
    expect(log).toEqual([
      [0, 'a', 'got'],
      [0, 'b', 'got'],
      [3, 'a', 'released'],
      [3, 'c', 'got'],
      [4, 'c', 'released'],
      [4, 'd', 'got'],
      [5, 'b', 'released'],
      [5, 'd', 'released'],
    ]);
  });

  it('shows users and waiters in toString() and the counts', () => {
    const env = new Environment();
    const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
    const first = staff.request();
    for (let i = 0; i < 4; i++) staff.request();
    expect(String(staff)).toBe('Resource(it-staff 2/2 busy, 3 waiting)');
    staff.release(first);
    expect(String(staff)).toBe('Resource(it-staff 2/2 busy, 2 waiting)');
    expect([staff.count, staff.users.length, staff.queue.length, staff.capacity]).toEqual([2, 2, 2, 2]);
  });

  it('a process interrupted while waiting withdraws its request with cancel(), letting the next one in', () => {
    const env = new Environment();
    const staff = new Resource(env, { name: 'it-staff' });
    const log: Log = [];
    customer(env, staff, log, 'holder', 0, 10);
    const waiter = env.process(function* () {
      yield env.timeout(1);
      const req = staff.request();
      try {
        yield req;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        req.cancel();
        log.push([env.now, 'waiter', `gave up: ${String(e.cause)}`]);
      }
    }, 'waiter');
    customer(env, staff, log, 'third', 2, 1);
    env.schedule(3, () => waiter.interrupt('escalation'));
    env.run();
    expect(log).toEqual([
      [0, 'holder', 'got'],
      [3, 'waiter', 'gave up: escalation'],
      [10, 'holder', 'released'],
      [10, 'third', 'got'],
      [11, 'third', 'released'],
    ]);
  });

  it('a process interrupted while waiting keeps its place if it yields the request again', () => {
    const env = new Environment();
    const staff = new Resource(env, { name: 'it-staff' });
    const log: Log = [];
    customer(env, staff, log, 'holder', 0, 10);
    const waiter = env.process(function* () {
      yield env.timeout(1);
      const req = staff.request();
      try {
        yield req;
      } catch {
        log.push([env.now, 'waiter', 'interrupted, still waiting']);
        yield req;
      }
      log.push([env.now, 'waiter', 'got']);
      staff.release(req);
    }, 'waiter');
    customer(env, staff, log, 'third', 2, 1);
    env.schedule(3, () => waiter.interrupt('phone call'));
    env.run();
    expect(log).toEqual([
      [0, 'holder', 'got'],
      [3, 'waiter', 'interrupted, still waiting'],
      [10, 'holder', 'released'],
      [10, 'waiter', 'got'],
      [10, 'third', 'got'],
      [11, 'third', 'released'],
    ]);
  });

  it('a request racing a timeout reneges when the timeout wins', () => {
    const env = new Environment();
    const desk = new Resource(env, { name: 'counter' });
    const log: Log = [];
    customer(env, desk, log, 'resident 1', 0, 6);
    for (const [name, patienceHours] of [['impatient', 2], ['patient', 8]] as const) {
      env.process(function* () {
        yield env.timeout(1);
        const req = desk.request();
        const r: ConditionValue = yield env.anyOf([req, env.timeout(patienceHours)]);
        if (!r.has(req)) {
          req.cancel();
          log.push([env.now, name, 'reneged']);
          return;
        }
        log.push([env.now, name, 'got']);
        desk.release(req);
      }, name);
    }
    env.run();
    expect(log).toEqual([
      [0, 'resident 1', 'got'],
      [3, 'impatient', 'reneged'],
      [6, 'resident 1', 'released'],
      [6, 'patient', 'got'],
    ]);
    expect(desk.statistics().waits).toEqual({ count: 2, meanHours: 2.5, maxHours: 5 });
  });

  it('cancel() of a granted request releases it; releasing twice does nothing', () => {
    const env = new Environment();
    const staff = new Resource(env, { name: 'it-staff' });
    const a = staff.request();
    const b = staff.request();
    a.cancel();
    expect([a.granted, b.granted, staff.queue.length]).toEqual([false, true, 0]);
    staff.release(a);
    staff.release(b);
    staff.release(b);
    expect(staff.count).toBe(0);
  });

  it('statistics give time-averaged utilisation and queue length and the waits', () => {
    // a holds 0-4, b waits 1-4 and holds 4-6, c waits 2-6 and holds 6-8; observed until 10.
    const env = new Environment();
    const server = new Resource(env, { name: 'server' });
    const log: Log = [];
    customer(env, server, log, 'a', 0, 4);
    customer(env, server, log, 'b', 1, 2);
    customer(env, server, log, 'c', 2, 2);
    env.run({ until: 10 });
    expect(server.statistics()).toEqual({
      elapsedHours: 10,
      utilisation: 0.8, // busy 8 of 10 hours
      meanBusy: 0.8,
      meanQueueLength: 0.7, // 1·1 + 2·2 + 1·2 = 7 waiting-hours over 10 h
      waits: { count: 3, meanHours: 7 / 3, maxHours: 4 },
    });
    server.resetStatistics();
    env.run({ until: 12 });
    expect(server.statistics()).toMatchObject({ elapsedHours: 2, utilisation: 0, meanQueueLength: 0 });
  });

  it('statistics can be switched off', () => {
    const env = new Environment();
    const server = new Resource(env, { name: 'fast', statistics: false });
    server.release(server.request());
    expect(() => server.statistics()).toThrow('statistics are off for Resource(fast 0/1 busy, 0 waiting)');
  });

  it('records requests, grants and releases in the trace', () => {
    const env = new Environment({ trace: true });
    const staff = new Resource(env, { name: 'it-staff' });
    env.process(function* () {
      const req: Request = yield staff.request();
      yield env.timeout(2);
      staff.release(req);
    }, 'restore');
    env.run();
    expect(env.trace?.records.filter((r) => r.kind.startsWith('resource.'))).toEqual([
      { time: 0, kind: 'resource.request', subject: 'it-staff', data: { request: 'Request(it-staff by Process(restore))' } },
      { time: 0, kind: 'resource.grant', subject: 'it-staff', data: { request: 'Request(it-staff by Process(restore))', waitHours: 0 } },
      { time: 2, kind: 'resource.release', subject: 'it-staff', data: { request: 'Request(it-staff by Process(restore))' } },
    ]);
  });

  it('rejects a bad capacity and foreign requests', () => {
    const env = new Environment();
    expect(() => new Resource(env, { capacity: 0 })).toThrow(new RangeError('capacity must be a positive integer, got 0'));
    expect(() => new Resource(env, { capacity: 1.5 })).toThrow('got 1.5');
    const a = new Resource(env, { name: 'a' });
    const b = new Resource(env, { name: 'b' });
    expect(() => b.release(a.request())).toThrow('Request(a) belongs to Resource(a 1/1 busy, 0 waiting), not Resource(b 0/1 busy, 0 waiting)');
  });
});
