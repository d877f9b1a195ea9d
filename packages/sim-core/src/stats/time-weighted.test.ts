import { describe, expect, it } from 'vitest';
import { TimeWeighted } from './time-weighted.ts';

describe('TimeWeighted', () => {
  it('mean(now) is the time average of a piecewise-constant value', () => {
    const down = new TimeWeighted('down', 0, 0);
    down.update(10, 1);
    down.update(15, 0);
    expect(down.mean(20)).toBe(0.25);
    expect(down.integral(20)).toBe(5);
    expect([down.min, down.max, down.value]).toEqual([0, 1, 0]);
  });

  it('reset(now) restarts the average from now, keeping the current value (warm-up)', () => {
    const queue = new TimeWeighted('queue', 0, 5);
    queue.update(100, 2);
    queue.reset(100);
    queue.update(110, 4);
    expect(queue.mean(120)).toBe(3);
  });

  it('with no elapsed time the mean is the current value', () => {
    expect(new TimeWeighted('x', 3, 7).mean(3)).toBe(7);
  });

  it('time going backwards throws naming both times', () => {
    const level = new TimeWeighted('fuel', 0, 1);
    level.update(5, 2);
    expect(() => level.update(4, 1)).toThrow('fuel: time must not go backwards, got 4 after 5');
  });
});
