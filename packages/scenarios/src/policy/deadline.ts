import { z } from 'zod';
import { ACTIONS } from './action.ts';

/** The two reports of the Japanese scheme: 速報 (`preliminary`) and 確報 (`final`), [appi-rule] art. 8 and [ppc-guideline-general] 3-5-3-3. */
export const DEADLINE_STAGES = ['preliminary', 'final'] as const;

export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

/**
 * A rule's deadline for one of its actions: `days` after the town becomes aware of the incident.
 *
 * @example
 * deadlineSchema.parse({ action: 'reportToCommission', stage: 'final', days: 30 });
 */
export const deadlineSchema = z.strictObject({
  action: z.enum(ACTIONS),
  stage: z.enum(DEADLINE_STAGES),
  days: z.number().int().positive(),
});

export type Deadline = z.output<typeof deadlineSchema>;
