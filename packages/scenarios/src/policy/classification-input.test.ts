import { describe, expect, it } from 'vitest';
import { classificationInputSchema, outcomeForClassificationSchema } from './classification-input.ts';

/** What a classification holds when only kinds and persons are given. */
const DEFAULTS = { dataClasses: [], maliciousIntent: false, directHarm: false, highlyEncrypted: false, recoveredUnviewed: false, criticalDowntimeHours: 0 };

describe('classificationInputSchema', () => {
  it('fills the optional fields with their defaults', () => {
    expect(classificationInputSchema.parse({ kinds: ['leak'], personsAffected: 3 })).toEqual({ kinds: ['leak'], personsAffected: 3, ...DEFAULTS });
  });

  it('rejects an unknown field, naming it', () => {
    const result = classificationInputSchema.safeParse({ kinds: ['leak'], personsAffected: 3, systemId: 'tax' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ code, path, keys }: any) => ({ code, path, keys }))).toEqual([
      { code: 'unrecognized_keys', path: [], keys: ['systemId'] },
    ]);
  });

  it('rejects no kinds, a fractional or negative count, an unknown data class and negative downtime', () => {
    const paths = (input: unknown) => classificationInputSchema.safeParse(input).error?.issues.map((i) => i.path);
    expect(paths({ kinds: [], personsAffected: 1 })).toEqual([['kinds']]);
    expect(paths({ kinds: ['leak'], personsAffected: 1.5 })).toEqual([['personsAffected']]);
    expect(paths({ kinds: ['leak'], personsAffected: -1 })).toEqual([['personsAffected']]);
    expect(paths({ kinds: ['leak'], personsAffected: 1, dataClasses: ['health'] })).toEqual([['dataClasses', 0]]);
    expect(paths({ kinds: ['fire'], personsAffected: 1, criticalDowntimeHours: -2 })).toEqual([
      ['kinds', 0],
      ['criticalDowntimeHours'],
    ]);
  });
});

describe('outcomeForClassificationSchema', () => {
  it('accepts and keeps the other fields of a full outcome record', () => {
    const outcome = { kinds: ['outage'], personsAffected: 0, systemId: 'registry', startHours: 36.5 };
    expect(outcomeForClassificationSchema.parse(outcome)).toEqual({ ...outcome, ...DEFAULTS });
  });

  it('still validates the fields the policy reads', () => {
    const result = outcomeForClassificationSchema.safeParse({ kinds: ['leak'], personsAffected: '12', systemId: 'tax' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['personsAffected']]);
  });
});
