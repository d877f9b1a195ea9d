import { jpMunicipalPolicy } from './jp-municipal.ts';
import type { Policy } from './policy-schema.ts';

/**
 * The policies `extends` can name without the caller supplying them. Treat them as read-only data.
 *
 * @example
 * builtInPolicies['jp-municipal'].rules.length; // 15
 */
export const builtInPolicies: Record<string, Policy> = { 'jp-municipal': jpMunicipalPolicy };

/**
 * The policy with `extends` applied: the rules of the named ancestors first (oldest first), then its
 * own, under the policy's own `id` and `name`; a policy without `extends` is returned as is. Names
 * are looked up in `policies` (default: {@link builtInPolicies}). Throws a RangeError naming the
 * problem for an unknown name, an `extends` cycle, or a rule id used twice in the flattened rules.
 *
 * @example
 * resolvePolicy({ id: 'town', extends: 'jp-municipal', rules: [townRule] }).rules.at(-1) === townRule; // true
 */
export function resolvePolicy(nameOrPolicy: string | Policy, policies: Record<string, Policy> = builtInPolicies): Policy {
  const root = typeof nameOrPolicy === 'string' ? lookup(nameOrPolicy, policies, undefined) : nameOrPolicy;
  const names = typeof nameOrPolicy === 'string' ? [nameOrPolicy] : [];
  const lineage = [root];
  for (let current = root; current.extends !== undefined; ) {
    const name = current.extends;
    if (names.includes(name)) {
      throw new RangeError(`policy "${root.id}" extends itself through a cycle: ${[...names, name].join(' -> ')}`);
    }
    current = lookup(name, policies, current.id);
    names.push(name);
    lineage.push(current);
  }

  const oldestFirst = [...lineage].reverse();
  const owners = new Map<string, string>();
  for (const policy of oldestFirst) {
    for (const rule of policy.rules) {
      const owner = owners.get(rule.id);
      if (owner !== undefined) {
        throw new RangeError(`rule id "${rule.id}" of policy "${policy.id}" is already used by policy "${owner}"`);
      }
      owners.set(rule.id, policy.id);
    }
  }
  if (lineage.length === 1) return root;

  const { extends: _ancestor, ...own } = root;
  return { ...own, rules: oldestFirst.flatMap((policy) => policy.rules) };
}

function lookup(name: string, policies: Record<string, Policy>, from: string | undefined): Policy {
  // Object.hasOwn: a name like "constructor" must not reach Object.prototype.
  if (Object.hasOwn(policies, name)) return policies[name];
  const known = Object.keys(policies).join(', ') || '(none)';
  const who = from === undefined ? 'unknown policy' : `policy "${from}" extends unknown policy`;
  throw new RangeError(`${who} "${name}"; known: ${known}`);
}
