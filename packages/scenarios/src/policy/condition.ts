import { z } from 'zod';
import { DATA_CLASSES, type DataClass } from './data-class.ts';
import { INCIDENT_KINDS, type IncidentKind } from './incident-kind.ts';

/**
 * When a rule fires. Every listed field must hold (AND); an empty condition always holds. `anyOf`
 * holds when at least one of its conditions does, `not` when its condition does not; both nest.
 * Booleans require the outcome field to equal the value given.
 */
export interface Condition {
  /** At least one of the outcome's kinds is listed. */
  kindsAny?: IncidentKind[];
  /** personsAffected >= n. */
  personsAffectedAtLeast?: number;
  /** personsAffected > n (the legal thresholds are written "more than"). */
  personsAffectedAbove?: number;
  /** At least one of the outcome's data classes is listed. */
  dataClassesAny?: DataClass[];
  maliciousIntent?: boolean;
  directHarm?: boolean;
  highlyEncrypted?: boolean;
  recoveredUnviewed?: boolean;
  /** criticalDowntimeHours >= n. */
  criticalDowntimeHoursAtLeast?: number;
  anyOf?: Condition[];
  not?: Condition;
}

/**
 * The schema of a {@link Condition}; unknown fields are errors, so a misspelt condition never
 * silently matches everything.
 *
 * @example
 * conditionSchema.parse({ kindsAny: ['leak'], anyOf: [{ personsAffectedAbove: 100 }, { maliciousIntent: true }] });
 */
export const conditionSchema: z.ZodType<Condition> = z.strictObject({
  kindsAny: z.array(z.enum(INCIDENT_KINDS)).min(1).optional(),
  personsAffectedAtLeast: z.number().int().nonnegative().optional(),
  personsAffectedAbove: z.number().int().nonnegative().optional(),
  dataClassesAny: z.array(z.enum(DATA_CLASSES)).min(1).optional(),
  maliciousIntent: z.boolean().optional(),
  directHarm: z.boolean().optional(),
  highlyEncrypted: z.boolean().optional(),
  recoveredUnviewed: z.boolean().optional(),
  criticalDowntimeHoursAtLeast: z.number().nonnegative().optional(),
  get anyOf() {
    return z.array(conditionSchema).min(1).optional();
  },
  get not() {
    return conditionSchema.optional();
  },
});
