export { ACTIONS, type Action } from './action.ts';
export { BASIS_KINDS, basisSchema, type Basis, type BasisKind } from './basis.ts';
export {
  classificationInputSchema,
  outcomeForClassificationSchema,
  type ClassificationInput,
} from './classification-input.ts';
export { conditionSchema, type Condition } from './condition.ts';
export { DATA_CLASSES, type DataClass } from './data-class.ts';
export { DEADLINE_STAGES, deadlineSchema, type Deadline, type DeadlineStage } from './deadline.ts';
export { evaluatePolicy, type ActionDecision, type PolicyDecision } from './evaluate-policy.ts';
export { INCIDENT_KINDS, type IncidentKind } from './incident-kind.ts';
export { jpMunicipalPolicy } from './jp-municipal.ts';
export { localizedTextSchema, type LocalizedText } from './localized-text.ts';
export { matchesCondition } from './matches-condition.ts';
export { NOT_LEGAL_ADVICE } from './not-legal-advice.ts';
export { builtInPolicies, resolvePolicy } from './policies.ts';
export { policySchema, type Policy } from './policy-schema.ts';
export { ruleSchema, type Rule } from './rule.ts';
