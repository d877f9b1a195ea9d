import {
  DATA_CLASSES,
  INCIDENT_KINDS,
  evaluatePolicy,
  type ActionDecision,
  type Condition,
  type DataClass,
  type IncidentKind,
  type Policy,
} from '../policy/index.ts';

/** What `PolicyDecisions.actions` reads: a classification with every field given, as `buildOutcome` makes it. */
export interface Classification {
  kinds: IncidentKind[];
  personsAffected: number;
  dataClasses: DataClass[];
  maliciousIntent: boolean;
  directHarm: boolean;
  highlyEncrypted: boolean;
  recoveredUnviewed: boolean;
  criticalDowntimeHours: number;
}

/**
 * `evaluatePolicy` of one resolved policy, memoised: a city has ~90 leaks a year, and most of them are
 * the same case to the policy. Exact: a condition reads only the set of kinds, the set of data classes,
 * the four flags and comparisons of persons and downtime with the thresholds written in the policy, so
 * two classifications that agree on all of those get the same decision; the key is exactly that. Each
 * call returns fresh objects (results are plain data a caller may change).
 */
export class PolicyDecisions {
  private readonly personsAtLeast: number[] = [];
  private readonly personsAbove: number[] = [];
  private readonly downtimeAtLeast: number[] = [];
  private readonly memo = new Map<number, ActionDecision[]>();
  /** Whether the key fits in a double's 53 exact integer bits. */
  private readonly memoised: boolean;

  constructor(readonly policy: Policy) {
    const visit = (c: Condition) => {
      if (c.personsAffectedAtLeast !== undefined) this.personsAtLeast.push(c.personsAffectedAtLeast);
      if (c.personsAffectedAbove !== undefined) this.personsAbove.push(c.personsAffectedAbove);
      if (c.criticalDowntimeHoursAtLeast !== undefined) this.downtimeAtLeast.push(c.criticalDowntimeHoursAtLeast);
      c.anyOf?.forEach(visit);
      if (c.not !== undefined) visit(c.not);
    };
    for (const rule of policy.rules) visit(rule.when);
    const bits = INCIDENT_KINDS.length + DATA_CLASSES.length + 4 + this.personsAtLeast.length + this.personsAbove.length + this.downtimeAtLeast.length;
    this.memoised = bits <= 52;
  }

  /** The actions of `evaluatePolicy(policy, classification)`; throws as it does. */
  actions(c: Classification): ActionDecision[] {
    const valid = Number.isInteger(c.personsAffected) && c.personsAffected >= 0 && c.criticalDowntimeHours >= 0 && c.criticalDowntimeHours < Infinity;
    if (!this.memoised || !valid) return evaluatePolicy(this.policy, c).actions;
    const key = this.key(c);
    let actions = this.memo.get(key);
    if (actions === undefined) this.memo.set(key, (actions = evaluatePolicy(this.policy, c).actions));
    return actions.map((a) => ({ action: a.action, rules: a.rules.slice(), basis: a.basis.slice(), deadlines: a.deadlines.map((d) => ({ stage: d.stage, days: d.days })) }));
  }

  // Hot path: no closures (under tsx every named closure made per call costs a defineProperty).
  private key(c: Classification): number {
    let key = 0;
    for (const k of INCIDENT_KINDS) key = key * 2 + (c.kinds.includes(k) ? 1 : 0);
    for (const d of DATA_CLASSES) key = key * 2 + (c.dataClasses.includes(d) ? 1 : 0);
    key = key * 2 + (c.maliciousIntent ? 1 : 0);
    key = key * 2 + (c.directHarm ? 1 : 0);
    key = key * 2 + (c.highlyEncrypted ? 1 : 0);
    key = key * 2 + (c.recoveredUnviewed ? 1 : 0);
    for (const t of this.personsAtLeast) key = key * 2 + (c.personsAffected >= t ? 1 : 0);
    for (const t of this.personsAbove) key = key * 2 + (c.personsAffected > t ? 1 : 0);
    for (const t of this.downtimeAtLeast) key = key * 2 + (c.criticalDowntimeHours >= t ? 1 : 0);
    return key;
  }
}
