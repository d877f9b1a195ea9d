import { describe, expect, it } from 'vitest';
import { conditionSchema } from './condition.ts';

const issues = (input: unknown) =>
  conditionSchema.safeParse(input).error?.issues.map((i: any) => ({ code: i.code, path: i.path, ...(i.keys && { keys: i.keys }) }));

describe('conditionSchema', () => {
  it('accepts nested anyOf and not and returns them unchanged', () => {
    const when = {
      kindsAny: ['leak', 'loss'],
      personsAffectedAtLeast: 1,
      anyOf: [{ personsAffectedAbove: 100 }, { not: { dataClassesAny: ['general'] } }],
      not: { highlyEncrypted: true },
    };
    expect(conditionSchema.parse(when)).toEqual(when);
  });

  it('rejects an unknown field at any depth, naming it and its path', () => {
    expect(issues({ personsAffectedAtleast: 1 })).toEqual([{ code: 'unrecognized_keys', path: [], keys: ['personsAffectedAtleast'] }]);
    expect(issues({ anyOf: [{ maliciousIntent: true }, { directharm: true }] })).toEqual([
      { code: 'unrecognized_keys', path: ['anyOf', 1], keys: ['directharm'] },
    ]);
    expect(issues({ not: { not: { kinds: ['leak'] } } })).toEqual([{ code: 'unrecognized_keys', path: ['not', 'not'], keys: ['kinds'] }]);
  });

  it('rejects an empty anyOf or list, an unknown kind or class, a negative or fractional count', () => {
    expect(issues({ anyOf: [] })).toEqual([{ code: 'too_small', path: ['anyOf'] }]);
    expect(issues({ kindsAny: [] })).toEqual([{ code: 'too_small', path: ['kindsAny'] }]);
    expect(issues({ kindsAny: ['fire'] })).toEqual([{ code: 'invalid_value', path: ['kindsAny', 0] }]);
    expect(issues({ dataClassesAny: ['health'] })).toEqual([{ code: 'invalid_value', path: ['dataClassesAny', 0] }]);
    expect(issues({ personsAffectedAbove: -1 })).toEqual([{ code: 'too_small', path: ['personsAffectedAbove'] }]);
    expect(issues({ personsAffectedAtLeast: 0.5 })).toEqual([{ code: 'invalid_type', path: ['personsAffectedAtLeast'] }]);
    expect(issues({ criticalDowntimeHoursAtLeast: -3 })).toEqual([{ code: 'too_small', path: ['criticalDowntimeHoursAtLeast'] }]);
    expect(issues({ maliciousIntent: 'yes' })).toEqual([{ code: 'invalid_type', path: ['maliciousIntent'] }]);
  });
});
