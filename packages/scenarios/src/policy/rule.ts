import { z } from 'zod';
import { id } from '../schema/sourced.ts';
import { ACTIONS } from './action.ts';
import { basisSchema } from './basis.ts';
import { conditionSchema } from './condition.ts';
import { deadlineSchema } from './deadline.ts';

/**
 * One rule of a policy: when `when` holds for an incident outcome, the rule requires its `actions`,
 * with optional `deadlines` for some of them, for the reason given in `basis`. Structural problems
 * are custom issues with `params.messageKey`: an action listed twice or a deadline given twice for the
 * same action and stage is `duplicateId`; a deadline for an action the rule does not require is
 * `unknownReference` (kind `action`).
 *
 * @example
 * ruleSchema.parse({
 *   id: 'bcp', when: { criticalDowntimeHoursAtLeast: 8 }, actions: ['activateBcp'],
 *   basis: { ja: '町の判断', en: 'town decision', kind: 'town-decision', confirmed: true },
 * });
 */
export const ruleSchema = z
  .strictObject({
    id: id(),
    when: conditionSchema,
    actions: z.array(z.enum(ACTIONS)).min(1),
    deadlines: z.array(deadlineSchema).optional(),
    basis: basisSchema,
  })
  .superRefine((rule, ctx) => {
    rule.actions.forEach((action, i) => {
      if (rule.actions.indexOf(action) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i],
          message: 'duplicateId',
          params: { messageKey: 'duplicateId', id: action },
        });
      }
    });
    const seen = new Set<string>();
    (rule.deadlines ?? []).forEach((deadline, i) => {
      if (!rule.actions.includes(deadline.action)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', i, 'action'],
          message: 'unknownReference',
          params: { messageKey: 'unknownReference', kind: 'action', id: deadline.action, known: [...rule.actions] },
        });
      }
      const key = `${deadline.action}.${deadline.stage}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', i],
          message: 'duplicateId',
          params: { messageKey: 'duplicateId', id: key },
        });
      }
      seen.add(key);
    });
  });

export type Rule = z.output<typeof ruleSchema>;
