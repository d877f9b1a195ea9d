import { z } from 'zod';
import { ACTIONS } from './action.ts';

/** The two reports of the Japanese scheme: 速報 (`preliminary`) and 確報 (`final`), jp-facts.md#1.1. */
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
