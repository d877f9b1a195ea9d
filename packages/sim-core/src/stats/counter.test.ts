import { describe, expect, it } from 'vitest';
import { Counter } from './counter.ts';

describe('Counter', () => {
  it('increment() counts and reset() clears', () => {
    const c = new Counter('incidents');
    c.increment();
    c.increment(2);
    expect(c.count).toBe(3);
    expect(String(c)).toBe('Counter(incidents=3)');
    c.reset();
    expect(c.count).toBe(0);
  });

  it('increment(Infinity) throws', () => {
    expect(() => new Counter('x').increment(Infinity)).toThrow('x: increment must be a finite number, got Infinity');
  });
});
