import { describe, expect, it } from 'vitest';
import { requireCount, requireEqualLengths, requireGroups, requireLevel, requirePositiveInteger } from './checks.ts';

describe('checks', () => {
  it('requirePositiveInteger(name, value) returns the value or names it in a RangeError', () => {
    expect(requirePositiveInteger('batchGroups', 3)).toBe(3);
    expect(() => requirePositiveInteger('batchGroups', 1.5)).toThrow(RangeError);
    expect(() => requirePositiveInteger('batchGroups', 1.5)).toThrow('batchGroups must be a positive integer, got 1.5');
  });

  it('requireGroups(length, groupSize) counts the replications of a column', () => {
    expect(requireGroups(500, 50)).toBe(10);
    expect(requireGroups(0, 50)).toBe(0);
    expect(() => requireGroups(501, 50)).toThrow('values.length (=501) must be a multiple of groupSize (=50)');
  });

  it('requireLevel(level) accepts (0, 1) only', () => {
    expect(requireLevel(0.9)).toBe(0.9);
    expect(() => requireLevel(1)).toThrow('level must be in (0, 1), got 1');
    expect(() => requireLevel(NaN)).toThrow('level must be in (0, 1), got NaN');
  });

  it('requireEqualLengths(names, a, b) names both lengths', () => {
    expect(() => requireEqualLengths('a and b', [1], [1])).not.toThrow();
    expect(() => requireEqualLengths('a and b', [1, 2], [1])).toThrow('a and b must have equal lengths, got 2 and 1');
  });

  it('requireCount(name, count, row) lets missing (NaN) years through but not negative or fractional counts', () => {
    expect(() => requireCount('counts', NaN, 0)).not.toThrow();
    expect(() => requireCount('counts', 0, 0)).not.toThrow();
    expect(() => requireCount('counts', Infinity, 4)).toThrow('counts must be non-negative integers, got Infinity in row 4');
  });
});
