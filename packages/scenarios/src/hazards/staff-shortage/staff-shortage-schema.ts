import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/**
 * The scenario's `hazards.staffShortage` (optional): the town's IT staff away from work — each member's
 * own illness or leave, and outbreaks (an influenza or COVID-19 wave reaching the office) that take
 * several at once. An absent member does no recovery work until back.
 */
export const staffShortageSectionSchema = z
  .strictObject({
    /** Spells of illness or leave of one member, per member a year (members independent of each other). */
    memberAbsenceAnnualRate: annualRate(),
    /** Hours (calendar time) one member's spell lasts. */
    memberAbsenceHours: quantitySpec,
    /** Outbreaks at the office a year: each member is absent at once with `outbreakAbsentProbability`. */
    outbreakAnnualRate: annualRate(),
    outbreakAbsentProbability: probability(),
    /** Hours (calendar time) each member absent in an outbreak stays away. */
    outbreakAbsenceHours: quantitySpec,
  })
  .optional();

/** A scripted absence: `absent` members (all when not given) away for `durationHours`. */
export const scriptedStaffShortageSchema = z.strictObject({
  kind: z.literal('staffShortage'),
  at,
  absent: z.int().min(1).max(BOUNDS.simulatedOneByOne, 'simulatedOneByOne').optional(),
  durationHours: hours,
});
