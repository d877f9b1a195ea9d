import { describe, it, expect } from 'vitest';
import { Environment } from './environment.ts';

describe('Event', () => {
  it('goes pending → triggered → processed', () => {
    const env = new Environment();
    const ev = env.event<string>();
    expect([ev.triggered, ev.processed, String(ev)]).toEqual([false, false, 'Event()']);
    expect(() => ev.value).toThrow('Event() has not been triggered yet; value is not available');
    expect(() => ev.ok).toThrow('not been triggered');
    ev.succeed('up');
    expect([ev.triggered, ev.processed, ev.ok, ev.value, String(ev)]).toEqual([true, false, true, 'up', 'Event(succeeded)']);
    env.run();
    expect(ev.processed).toBe(true);
  });

  it('cannot be triggered twice, and fail() needs an Error', () => {
    const env = new Environment();
    const ev = env.event();
    expect(() => ev.fail('oops' as unknown as Error)).toThrow(new TypeError('fail() needs an Error, got oops'));
    ev.succeed();
    expect(() => ev.succeed()).toThrow('Event(succeeded) has already been triggered');
    expect(() => ev.fail(new Error('x'))).toThrow('has already been triggered');
  });

  it('callbacks run in the order added, once, when processed', () => {
    const env = new Environment();
    const ev = env.event<number>();
    const log: string[] = [];
    const second = () => log.push('second');
    ev.addCallback((e) => log.push(`first ${e.value}`));
    ev.addCallback(second);
    ev.addCallback(() => log.push('third'));
    ev.addCallback(() => log.push('removed'));
    expect(ev.removeCallback(() => {})).toBe(false);
    ev.succeed(4);
    env.run();
    expect(log).toEqual(['first 4', 'second', 'third', 'removed']);
    expect(() => ev.addCallback(second)).toThrow('Event(succeeded) has already been processed; second would never run');
  });

  it('trigger(other) copies the outcome of another event', () => {
    const env = new Environment();
    const source = env.timeout(2, 'value');
    const copy = env.event<string>();
    source.addCallback((e) => copy.trigger(e));
    const log: [number, string][] = [];
    copy.addCallback((e) => log.push([env.now, e.value]));
    env.run();
    expect(log).toEqual([[2, 'value']]);
  });

  it('Timeout prints its delay', () => {
    const env = new Environment();
    expect(String(env.timeout(24))).toBe('Timeout(24h)');
    expect(String(env.timeout(0.5))).toBe('Timeout(0.5h)');
    expect(String(env.timeout(1 / 3))).toBe('Timeout(0.3333h)');
  });
});
