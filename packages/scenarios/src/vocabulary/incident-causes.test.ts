import { describe, expect, it } from 'vitest';
import { INCIDENT_CAUSES, outcomeCause, parseOutcomeCause } from './incident-causes.ts';

describe('incident causes', () => {
  it('outcomeCause(kind, id) writes a per-scenario cause after a dot, and parseOutcomeCause takes it apart', () => {
    expect(outcomeCause('leak', 'mis-sending')).toBe('leak.mis-sending');
    expect(parseOutcomeCause('leak.mis-sending')).toEqual({ kind: 'leak', scenarioCause: 'mis-sending' });
    expect(parseOutcomeCause('leak.a.b')).toEqual({ kind: 'leak', scenarioCause: 'a.b' });
  });

  it('every cause but the per-scenario one is its own outcome cause', () => {
    for (const cause of INCIDENT_CAUSES.filter((c) => c !== 'leak')) {
      expect(outcomeCause(cause)).toBe(cause);
      expect(parseOutcomeCause(cause)).toEqual({ kind: cause });
    }
  });

  it('throws a RangeError for an unknown or malformed cause', () => {
    expect(() => parseOutcomeCause('meteor')).toThrow(new RangeError('unknown incident cause "meteor"; known: ' + INCIDENT_CAUSES.join(', ')));
    expect(() => parseOutcomeCause('leak')).toThrow(/expected "leak.<id>"/);
    expect(() => parseOutcomeCause('earthquake.big')).toThrow(/expected "earthquake"/);
    expect(() => outcomeCause('leak')).toThrow(RangeError);
    expect(() => outcomeCause('earthquake', 'x')).toThrow(RangeError);
  });
});
