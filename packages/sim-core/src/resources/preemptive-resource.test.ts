import { describe, it, expect } from 'vitest';
import { Environment, type Interrupt } from '../engine/index.ts';
import type { Preempted } from './preempted.ts';
import { PreemptiveResource } from './preemptive-resource.ts';
import type { Request } from './request.ts';
import { job, logOf } from './test-support.ts';

describe('PreemptiveResource', () => {
  it('a preempted request resumes with its remaining service time', () => {
    const log = logOf((env, log) => {
      const staff = new PreemptiveResource(env, { name: 'it-staff' });
      job(env, staff, log, 'a', 0, 1, 10);
      job(env, staff, log, 'b', 5, 0, 3);
    });
    expect(log).toEqual([
      [0, 'a', 'start'],
      [5, 'a', 'preempted by Process(b) after 5h'],
      [5, 'b', 'start'],
      [8, 'b', 'done'],
      [8, 'a', 'resume, 5h left'],
      [13, 'a', 'done'],
    ]);
  });

  it('the preemption cause says who, since when and when', () => {
    const env = new Environment();
    const staff = new PreemptiveResource(env, { name: 'it-staff' });
    let cause: Preempted | undefined;
    env.process(function* () {
      yield staff.request({ priority: 3 });
      try {
        yield env.timeout(100);
      } catch (e) {
        cause = (e as Interrupt<Preempted>).cause;
      }
    }, 'backup');
    env.process(function* () {
      yield env.timeout(2.5);
      yield staff.request({ priority: 1 });
    }, 'ransomware response');
    env.run();
    expect(cause?.resource).toBe(staff);
    expect([String(cause?.by), cause?.usageSince, cause?.at, cause?.usedHours]).toEqual(['Process(ransomware response)', 0, 2.5, 2.5]);
    expect(String(cause)).toBe('Preempted(by Process(ransomware response) at t=2.5h after 2.5h of use)');
  });

  it('an earlier request of equal priority, or a request with preempt: false, is never preempted', () => {
    const log = logOf((env, log) => {
      const staff = new PreemptiveResource(env, { name: 'it-staff' });
      job(env, staff, log, 'a', 0, 1, 4);
      job(env, staff, log, 'peer', 1, 1, 1);
      env.process(function* () {
        yield env.timeout(2);
        const req: Request = yield staff.request({ priority: 0, preempt: false });
        log.push([env.now, 'polite', 'start']);
        staff.release(req);
      }, 'polite');
    });
    expect(log.map(([t, name, what]) => `${t} ${name} ${what}`)).toEqual(['0 a start', '4 a done', '4 polite start', '4 peer start', '5 peer done']);
  });

  it('evicts the least important user: the largest (priority, request time), the latest granted among equals', () => {
    const log = logOf((env, log) => {
      const staff = new PreemptiveResource(env, { capacity: 2, name: 'it-staff' });
      job(env, staff, log, 'old', 0, 2, 10);
      job(env, staff, log, 'new', 1, 2, 10);
      job(env, staff, log, 'urgent', 2, 0, 1);
    }, 3.5);
    expect(log.slice(2, 4)).toEqual([
      [2, 'new', 'preempted by Process(urgent) after 1h'],
      [2, 'urgent', 'start'],
    ]);
    expect(log.at(-1)).toEqual([3, 'new', 'resume, 9h left']);
  });

  it('preempts only from the head of the queue: not while a more important request waits', () => {
    const log = logOf((env, log) => {
      const staff = new PreemptiveResource(env, { name: 'it-staff' });
      job(env, staff, log, 'low', 0, 5, 4);
      env.process(function* () {
        yield env.timeout(1);
        const req: Request = yield staff.request({ priority: 0, preempt: false });
        log.push([env.now, 'queued first', 'start']);
        yield env.timeout(1);
        staff.release(req);
      }, 'queued first');
      job(env, staff, log, 'later', 2, 1, 1);
    });
    expect(log.map(([t, name, what]) => `${t} ${name} ${what}`)).toEqual(['0 low start', '4 low done', '4 queued first start', '5 later start', '6 later done']);
  });

  it('a request made outside any process evicts its victim without notice', () => {
    const env = new Environment({ trace: true });
    const staff = new PreemptiveResource(env, { name: 'it-staff' });
    const low = staff.request({ priority: 2 });
    const high = staff.request({ priority: 0 });
    expect([low.granted, high.granted, staff.users]).toEqual([false, true, [high]]);
    expect(env.trace?.records.at(-2)).toMatchObject({ kind: 'resource.preempt', data: { request: 'Request(it-staff, priority 2)', by: 'Request(it-staff)' } });
  });
});
