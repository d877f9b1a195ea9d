import { describe, expect, it } from 'vitest';
import { closestKey } from './closest-key.ts';

describe('closestKey', () => {
  it('closestKey(key, candidates) finds a dropped, added, changed or swapped letter', () => {
    const known = ['intervalHours', 'retentionDays', 'name'];
    expect(['intervalHour', 'intervalHourss', 'intervalHoers', 'nmae'].map((k) => closestKey(k, known))).toEqual([
      'intervalHours', 'intervalHours', 'intervalHours', 'name',
    ]);
  });

  it('closestKey ignores case and prefers the nearer, then the earlier candidate', () => {
    expect(closestKey('IntervalHours', ['intervalHours'])).toBe('intervalHours');
    expect(closestKey('costYen', ['costYenX', 'costYe', 'cost'])).toBe('costYenX');
    expect(closestKey('abcdef', ['abcxef', 'abcdex'])).toBe('abcxef');
  });

  it('closestKey returns undefined when nothing is within a third of the length', () => {
    expect(closestKey('colour', ['name', 'startDate'])).toBeUndefined();
    expect(closestKey('abcdef', ['abxyef'])).toBe('abxyef');
    expect(closestKey('abcdef', ['axyzef'])).toBeUndefined();
  });

  it('closestKey does not guess for keys under 4 characters, except by case', () => {
    expect(closestKey('dc9', ['dc1', 'dc2'])).toBeUndefined();
    expect(closestKey('ID', ['id'])).toBe('id');
  });
});
