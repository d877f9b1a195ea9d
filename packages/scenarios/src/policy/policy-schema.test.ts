import { describe, expect, it } from 'vitest';
import { jpMunicipalPolicy } from './jp-municipal.ts';
import { policySchema } from './policy-schema.ts';

const basis = { ja: '町の判断', en: 'town decision', kind: 'town-decision', confirmed: true } as const;
const rule = (id: string) => ({ id, when: { personsAffectedAtLeast: 1 }, actions: ['publishNotice'], basis });

describe('policySchema', () => {
  it('accepts the built-in jp-municipal policy unchanged', () => {
    expect(policySchema.parse(jpMunicipalPolicy)).toEqual(jpMunicipalPolicy);
  });

  it('accepts a minimal policy that only extends another', () => {
    expect(policySchema.parse({ id: 'town', extends: 'jp-municipal', rules: [] })).toEqual({
      id: 'town',
      extends: 'jp-municipal',
      rules: [],
    });
  });

  it('a rule id used twice is a duplicateId issue at the second use', () => {
    const result = policySchema.safeParse({ id: 'town', rules: [rule('a'), rule('b'), rule('a'), rule('a')] });
    expect(result.error?.issues.map((i: any) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      { code: 'custom', path: ['rules', 2, 'id'], params: { messageKey: 'duplicateId', id: 'a' } },
      { code: 'custom', path: ['rules', 3, 'id'], params: { messageKey: 'duplicateId', id: 'a' } },
    ]);
  });

  it('rejects unknown fields at the top, in a name and deep in a rule', () => {
    const keys = (input: unknown) => policySchema.safeParse(input).error?.issues.map((i: any) => [i.path, i.keys]);
    expect(keys({ id: 'town', rules: [], version: 2 })).toEqual([[[], ['version']]]);
    expect(keys({ id: 'town', name: { ja: '町', en: 'Town', fr: 'Ville' }, rules: [] })).toEqual([[['name'], ['fr']]]);
    expect(keys({ id: 'town', rules: [{ ...rule('a'), when: { anyOf: [{ personsAbove: 3 }] } }] })).toEqual([
      [['rules', 0, 'when', 'anyOf', 0], ['personsAbove']],
    ]);
  });

  it('requires id and rules, and a name in both languages', () => {
    const paths = (input: unknown) => policySchema.safeParse(input).error?.issues.map((i) => i.path);
    expect(paths({})).toEqual([['id'], ['rules']]);
    expect(paths({ id: 'town', name: { ja: '町' }, rules: [] })).toEqual([['name', 'en']]);
  });
});
