import { describe, it, expect } from 'vitest';
import { ConditionValue } from './condition-value.ts';
import { Environment } from './environment.ts';

describe('AnyOf / AllOf', () => {
  it('anyOf succeeds with the first event, its value holding the events processed by then', () => {
    const env = new Environment();
    const log: unknown[] = [];
    const slow = env.timeout(5, 'slow');
    const fast = env.timeout(2, 'fast');
    env.process(function* () {
      const r: ConditionValue = yield env.anyOf([slow, fast]);
      log.push([env.now, r.events.map(String), r.values, r.has(slow), r.get(fast)]);
    });
    env.run();
    expect(log).toEqual([[2, ['Timeout(2h)'], ['fast'], false, 'fast']]);
  });

  it('allOf succeeds when all have, with values in the order given', () => {
    const env = new Environment();
    const log: unknown[] = [];
    const a = env.timeout(3, 'a');
    const b = env.timeout(1, 'b');
    const c = env.process(function* () {
      yield env.timeout(2);
      return 'c';
    });
    env.process(function* () {
      const r: ConditionValue = yield env.allOf([a, b, c]);
      log.push([env.now, r.values, [...r].map(([e, v]) => `${e}=${String(v)}`)]);
    });
    env.run();
    expect(log).toEqual([[3, ['a', 'b', 'c'], ['Timeout(3h)=a', 'Timeout(1h)=b', 'Process(process)=c']]]);
  });

  it('simultaneous members all appear in an anyOf value', () => {
    const env = new Environment();
    const a = env.timeout(1, 'a');
    const b = env.timeout(1, 'b');
    const any = env.anyOf([b, a]);
    env.run();
    expect(any.value.values).toEqual(['b', 'a']);
  });

  it('nested conditions are flattened into one value', () => {
    const env = new Environment();
    const a = env.timeout(1, 'a');
    const b = env.timeout(2, 'b');
    const c = env.timeout(9, 'c');
    const cond = env.anyOf([env.allOf([a, b]), c]);
    env.run({ until: 3 });
    expect(cond.value.values).toEqual(['a', 'b']);
  });

  it('an empty allOf or anyOf succeeds immediately', () => {
    const env = new Environment();
    const all = env.allOf([]);
    const any = env.anyOf([]);
    expect(all.triggered && any.triggered).toBe(true);
    env.run();
    expect(all.value.size).toBe(0);
    expect(String(all)).toBe('AllOf(0 events)');
  });

  it('a failing member fails the condition, and the waiting process can catch it', () => {
    const env = new Environment();
    const log: unknown[] = [];
    const broken = env.event();
    env.schedule(1, () => broken.fail(new Error('link down')));
    env.process(function* () {
      try {
        yield env.allOf([env.timeout(5), broken]);
      } catch (e) {
        log.push([env.now, (e as Error).message]);
      }
    });
    env.run();
    expect(log).toEqual([[1, 'link down']]);
  });

  it('accepts events that were already processed', () => {
    const env = new Environment();
    const early = env.timeout(1, 'early');
    env.run();
    const cond = env.allOf([early]);
    env.run();
    expect(cond.value.get(early)).toBe('early');
  });

  it('get() of an event that did not fire throws', () => {
    const env = new Environment();
    const a = env.timeout(1);
    const b = env.timeout(2);
    const any = env.anyOf([a, b]);
    env.run({ until: any });
    expect(() => any.value.get(b)).toThrow('Timeout(2h) is not among the events of this condition');
    expect(String(any)).toBe('AnyOf(2 events)');
    expect(String(env.anyOf([a]))).toBe('AnyOf(1 event)');
  });
});
