import { describe, expect, it } from 'vitest';
import { jpMunicipalPolicy } from './jp-municipal.ts';
import { builtInPolicies, resolvePolicy } from './policies.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

const rule = (id: string): Rule => ({
  id,
  when: {},
  actions: ['publishNotice'],
  basis: { ja: '町の判断', en: 'town decision', kind: 'town-decision', confirmed: true },
});

describe('builtInPolicies', () => {
  it('holds jp-municipal under its own id', () => {
    expect(Object.keys(builtInPolicies)).toEqual(['jp-municipal']);
    expect(builtInPolicies['jp-municipal']).toBe(jpMunicipalPolicy);
    expect(jpMunicipalPolicy.id).toBe('jp-municipal');
  });
});

describe('resolvePolicy', () => {
  it('resolvePolicy(name) returns the named policy itself when it extends nothing', () => {
    expect(resolvePolicy('jp-municipal')).toBe(jpMunicipalPolicy);
  });

  it('flattens a chain oldest first, keeps the id and name of the policy resolved, and drops extends', () => {
    const region: Policy = { id: 'region', extends: 'jp-municipal', rules: [rule('region-rule')] };
    const town: Policy = { id: 'town', name: { ja: '町', en: 'Town' }, extends: 'region', rules: [rule('town-rule')] };
    const policies = { ...builtInPolicies, region };
    const resolved = resolvePolicy(town, policies);
    expect(Object.keys(resolved)).toEqual(['id', 'name', 'rules']);
    expect(resolved.id).toBe('town');
    expect(resolved.name).toEqual({ ja: '町', en: 'Town' });
    expect(resolved.rules.map((r) => r.id)).toEqual([...jpMunicipalPolicy.rules.map((r) => r.id), 'region-rule', 'town-rule']);
    expect(resolvePolicy('region', policies).rules.at(-1)?.id).toBe('region-rule');
  });

  it('does not change the policies it resolves', () => {
    const town: Policy = { id: 'town', extends: 'jp-municipal', rules: [rule('town-rule')] };
    const before = JSON.stringify([town, jpMunicipalPolicy]);
    resolvePolicy(town);
    expect(JSON.stringify([town, jpMunicipalPolicy])).toBe(before);
  });

  it('throws a RangeError for an unknown name, listing the known ones', () => {
    expect(() => resolvePolicy('jp-municpal')).toThrow(new RangeError('unknown policy "jp-municpal"; known: jp-municipal'));
    expect(() => resolvePolicy('constructor')).toThrow(new RangeError('unknown policy "constructor"; known: jp-municipal'));
    expect(() => resolvePolicy({ id: 'town', extends: 'x', rules: [] }, {})).toThrow(
      new RangeError('policy "town" extends unknown policy "x"; known: (none)'),
    );
  });

  it('throws a RangeError for a cycle, including a policy extending itself', () => {
    const self: Policy = { id: 'self', extends: 'self', rules: [] };
    expect(() => resolvePolicy('self', { self })).toThrow(new RangeError('policy "self" extends itself through a cycle: self -> self'));
    const a: Policy = { id: 'a', extends: 'b', rules: [] };
    const b: Policy = { id: 'b', extends: 'c', rules: [] };
    const c: Policy = { id: 'c', extends: 'b', rules: [] };
    expect(() => resolvePolicy('a', { a, b, c })).toThrow(new RangeError('policy "a" extends itself through a cycle: a -> b -> c -> b'));
  });

  it('throws a RangeError when a policy reuses a rule id of the policy it extends', () => {
    const town: Policy = { id: 'town', extends: 'jp-municipal', rules: [rule('appi-sensitive')] };
    expect(() => resolvePolicy(town)).toThrow(
      new RangeError('rule id "appi-sensitive" of policy "town" is already used by policy "jp-municipal"'),
    );
  });
});
