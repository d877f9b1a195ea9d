import { ACTIONS, type Action } from './action.ts';
import type { Basis } from './basis.ts';
import type { ClassificationInput } from './classification-input.ts';
import { DEADLINE_STAGES, type DeadlineStage } from './deadline.ts';
import { matchesCondition } from './matches-condition.ts';
import { builtInPolicies, resolvePolicy } from './policies.ts';
import type { Policy } from './policy-schema.ts';

/** One required action: the rules that require it (policy order), their bases (same order), deadlines. */
export type ActionDecision = {
  action: Action;
  rules: string[];
  basis: Basis[];
  deadlines: Array<{ stage: DeadlineStage; days: number }>;
};

/** What a policy requires for one incident outcome: each action once, in {@link ACTIONS} order. */
export type PolicyDecision = { actions: ActionDecision[] };

/**
 * The actions `policy` requires for `outcome`. `extends` is resolved through `options.policies`
 * (default: the built-in policies) as by `resolvePolicy`, which throws a RangeError for an unknown
 * name, a cycle or a repeated rule id. Each action is listed once, in {@link ACTIONS} order, with
 * every rule that fired for it in policy order and the basis of each (`basis[i]` belongs to
 * `rules[i]`). Deadlines: for each stage, the shortest `days` among the firing rules, because when
 * several duties apply to one incident the strictest one binds (a rule that must not be shortened by
 * another, such as the 60-day 確報 for malicious leaks, says so in its own condition). Pure and
 * deterministic: the output depends only on the arguments. Throws a RangeError when
 * `personsAffected` is not an integer >= 0 or `criticalDowntimeHours` is not a finite number >= 0.
 * For many outcomes, pass `resolvePolicy(policy)` once: a policy without `extends` is used as is.
 *
 * @example
 * evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 101 }).actions.map((a) => a.action);
 * // ['notifyIndividuals', 'reportToCommission', 'publishNotice', 'pressConference', 'reportToCouncil']
 */
export function evaluatePolicy(
  policy: Policy,
  outcome: ClassificationInput,
  options: { policies?: Record<string, Policy> } = {},
): PolicyDecision {
  if (!(Number.isInteger(outcome.personsAffected) && outcome.personsAffected >= 0)) {
    throw new RangeError(`personsAffected must be an integer >= 0, got ${outcome.personsAffected}`);
  }
  const downtime = outcome.criticalDowntimeHours ?? 0;
  if (!(downtime >= 0 && downtime < Infinity)) {
    throw new RangeError(`criticalDowntimeHours must be a finite number >= 0, got ${downtime}`);
  }

  const resolved = resolvePolicy(policy, options.policies ?? builtInPolicies);
  const decided = new Map<Action, { rules: string[]; basis: Basis[]; days: Partial<Record<DeadlineStage, number>> }>();
  for (const rule of resolved.rules) {
    if (!matchesCondition(rule.when, outcome)) continue;
    for (const action of rule.actions) {
      let entry = decided.get(action);
      if (entry === undefined) decided.set(action, (entry = { rules: [], basis: [], days: {} }));
      entry.rules.push(rule.id);
      entry.basis.push(rule.basis);
    }
    for (const { action, stage, days } of rule.deadlines ?? []) {
      const entry = decided.get(action);
      if (entry === undefined || !rule.actions.includes(action)) {
        throw new RangeError(`rule "${rule.id}" gives a deadline for "${action}", which it does not require`);
      }
      const earlier = entry.days[stage];
      if (earlier === undefined || days < earlier) entry.days[stage] = days;
    }
  }

  const actions: ActionDecision[] = [];
  for (const action of ACTIONS) {
    const entry = decided.get(action);
    if (entry === undefined) continue;
    const deadlines: ActionDecision['deadlines'] = [];
    for (const stage of DEADLINE_STAGES) {
      const days = entry.days[stage];
      if (days !== undefined) deadlines.push({ stage, days });
    }
    actions.push({ action, rules: entry.rules, basis: entry.basis, deadlines });
  }
  return { actions };
}
