import { describe, it, expect } from 'vitest';
import { Environment, Interrupt, type ConditionValue, type ProcessGenerator } from '../engine/index.ts';
import { Release } from './release.ts';
import type { Request } from './request.ts';
import { Resource } from './resource.ts';
import { logOf, user } from './test-support.ts';
import { withRequest } from './with-request.ts';

describe('Resource', () => {
  it('grants units first come, first served', () => {
    const log = logOf((env, log) => {
      const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
      for (const [name, arrive, hours] of [['a', 0, 3], ['b', 0, 5], ['c', 1, 1], ['d', 2, 1]] as const) env.process(user(env, log, staff, name, arrive, hours));
    });
    expect(log).toEqual([
      [0, 'a', 'got'],
      [0, 'b', 'got'],
      [3, 'a', 'done'],
      [3, 'c', 'got'],
      [4, 'c', 'done'],
      [4, 'd', 'got'],
      [5, 'b', 'done'],
      [5, 'd', 'done'],
    ]);
  });

  it('release() frees the unit at once and grants the next waiter when its Release event is processed', () => {
    const env = new Environment();
    const staff = new Resource(env, { capacity: 2, name: 'it-staff' });
    const first = staff.request();
    for (let i = 0; i < 4; i++) staff.request();
    expect(String(staff)).toBe('Resource(it-staff 2/2 busy, 3 waiting)');
    const release = staff.release(first);
    expect([release instanceof Release, String(release), String(staff)]).toEqual([true, 'Release(it-staff)', 'Resource(it-staff 1/2 busy, 3 waiting)']);
    env.run();
    expect([release.processed, String(staff)]).toEqual([true, 'Resource(it-staff 2/2 busy, 2 waiting)']);
    expect([staff.count, staff.users.length, staff.queue.length, staff.capacity]).toEqual([2, 2, 2, 2]);
  });

  it.each([
    ['withdraws its request with cancel(), letting the next one in', 'cancel', [[0, 'holder', 'got'], [3, 'waiter', 'gave up'], [10, 'holder', 'done'], [10, 'third', 'got'], [11, 'third', 'done']]],
    ['keeps its place if it yields the request again', 'wait', [[0, 'holder', 'got'], [3, 'waiter', 'still waiting'], [10, 'holder', 'done'], [10, 'waiter', 'got'], [10, 'third', 'got'], [11, 'third', 'done']]],
  ] as const)('a process interrupted while waiting %s', (_, choice, expected) => {
    const log = logOf((env, log) => {
      const staff = new Resource(env, { name: 'it-staff' });
      env.process(user(env, log, staff, 'holder', 0, 10));
      const waiter = env.process(function* () {
        yield env.timeout(1);
        const req = staff.request();
        try {
          yield req;
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          if (choice === 'cancel') return void (req.cancel(), log.push([env.now, 'waiter', 'gave up']));
          log.push([env.now, 'waiter', 'still waiting']);
          yield req;
        }
        log.push([env.now, 'waiter', 'got']);
        staff.release(req);
      }, 'waiter');
      env.process(user(env, log, staff, 'third', 2, 1));
      env.schedule(3, () => waiter.interrupt('escalation'));
    });
    expect(log).toEqual(expected);
  });

  it('a request racing a timeout reneges when the timeout wins, and `using` withdraws it', () => {
    const env = new Environment();
    const desk = new Resource(env, { name: 'counter' });
    const log = logOf((env, log) => {
      env.process(user(env, log, desk, 'resident 1', 0, 6));
      for (const [name, patienceHours] of [['impatient', 2], ['patient', 8]] as const) {
        env.process(function* (): ProcessGenerator {
          yield env.timeout(1);
          using req = desk.request();
          const r: ConditionValue = yield env.anyOf([req, env.timeout(patienceHours)]);
          log.push([env.now, name, r.has(req) ? 'got' : 'reneged']);
        }, name);
      }
    }, undefined, env);
    expect(log).toEqual([
      [0, 'resident 1', 'got'],
      [3, 'impatient', 'reneged'],
      [6, 'resident 1', 'done'],
      [6, 'patient', 'got'],
    ]);
    expect([desk.count, desk.queue.length]).toEqual([0, 0]);
    expect(desk.statistics().waits).toEqual({ count: 2, meanHours: 2.5, maxHours: 5 });
  });

  it('cancel() of a granted request and release() of a waiting one do nothing; releasing twice frees once', () => {
    const env = new Environment();
    const staff = new Resource(env, { name: 'it-staff' });
    const a = staff.request();
    const b = staff.request();
    a.cancel();
    staff.release(b);
    expect([a.granted, b.waiting, staff.count, staff.queue.length]).toEqual([true, true, 1, 1]);
    staff.release(a);
    staff.release(a);
    env.run();
    expect([a.granted, b.granted, staff.count, staff.queue.length]).toEqual([false, true, 1, 0]);
  });

  it('withRequest(request, body) withdraws or releases the request however the body ends', () => {
    const env = new Environment();
    const staff = new Resource(env, { name: 'it-staff' });
    const log = logOf((env, log) => {
      env.process(function* () {
        const hours: number = yield* withRequest(staff.request(), function* (req) {
          yield req;
          yield env.timeout(2);
          return 2;
        });
        log.push([env.now, 'first', `released after ${hours}h`]);
      }, 'first');
      const second = env.process(function* () {
        try {
          yield* withRequest(staff.request(), function* (req) {
            yield req;
          });
        } catch (e) {
          log.push([env.now, 'second', `${String(e)}, ${staff.queue.length} waiting`]);
        }
      }, 'second');
      env.schedule(1, () => second.interrupt('called away'));
    }, undefined, env);
    expect(log).toEqual([
      [1, 'second', 'Interrupt: Interrupt(called away), 0 waiting'],
      [2, 'first', 'released after 2h'],
    ]);
    expect(staff.count).toBe(0);
  });

  it('statistics give time-averaged utilisation and queue length and the waits', () => {
    // a holds 0-4, b waits 1-4 and holds 4-6, c waits 2-6 and holds 6-8; observed until 10.
    const env = new Environment();
    const server = new Resource(env, { name: 'server' });
    logOf((env, log) => {
      for (const [name, arrive, hours] of [['a', 0, 4], ['b', 1, 2], ['c', 2, 2]] as const) env.process(user(env, log, server, name, arrive, hours));
    }, 10, env);
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

  it('records requests, grants, releases and cancellations in the trace', () => {
    const env = new Environment({ trace: true });
    const staff = new Resource(env, { name: 'it-staff' });
    env.process(function* () {
      const req: Request = yield staff.request();
      staff.request().cancel();
      yield env.timeout(2);
      staff.release(req);
    }, 'restore');
    env.run();
    const request = 'Request(it-staff by Process(restore))';
    expect(env.trace?.records.filter((r) => r.kind.startsWith('resource.'))).toEqual([
      { time: 0, kind: 'resource.request', subject: 'it-staff', data: { request } },
      { time: 0, kind: 'resource.grant', subject: 'it-staff', data: { request, waitHours: 0 } },
      { time: 0, kind: 'resource.request', subject: 'it-staff', data: { request } },
      { time: 0, kind: 'resource.cancel', subject: 'it-staff', data: { request } },
      { time: 2, kind: 'resource.release', subject: 'it-staff', data: { request } },
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
