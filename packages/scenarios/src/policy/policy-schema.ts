import { z } from 'zod';
import { id, list } from '../schema/sourced.ts';
import { localizedTextSchema } from './localized-text.ts';
import { ruleSchema } from './rule.ts';

/**
 * A response-threshold policy as data (it lives in YAML files). `extends` names another policy whose
 * rules come first; this policy's rules are added after them (a town can add duties, not remove
 * them). Unknown fields are errors; a rule id used twice is a custom issue with
 * `params: { messageKey: 'duplicateId', id }` at the second use. Whether `extends` names a known
 * policy is checked when the policy is resolved (`resolvePolicy`), since the set of known policies is
 * the caller's.
 *
 * @example
 * policySchema.parse(parse(readFileSync('examples/town-policy.yaml', 'utf8')));
 */
export const policySchema = z
  .strictObject({
    id: id(),
    name: localizedTextSchema.optional(),
    extends: id().optional(),
    rules: list(ruleSchema),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: 'duplicateId',
          params: { messageKey: 'duplicateId', id: rule.id },
        });
      }
      seen.add(rule.id);
    });
  });

export type Policy = z.output<typeof policySchema>;
