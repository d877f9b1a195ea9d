import type { ClassificationInput } from './classification-input.ts';
import type { Condition } from './condition.ts';

/**
 * Whether `when` holds for `outcome`: every field present must hold (an empty condition holds),
 * `anyOf` needs one member to hold, `not` needs its condition to fail. Absent optional outcome fields
 * read as their schema defaults (no data classes, `false`, 0 hours). Pure.
 *
 * @example
 * matchesCondition({ kindsAny: ['leak'], personsAffectedAbove: 100 }, { kinds: ['leak'], personsAffected: 101 }); // true
 */
export function matchesCondition(when: Condition, outcome: ClassificationInput): boolean {
  const persons = outcome.personsAffected;
  if (when.kindsAny !== undefined && !when.kindsAny.some((kind) => outcome.kinds.includes(kind))) return false;
  if (when.personsAffectedAtLeast !== undefined && !(persons >= when.personsAffectedAtLeast)) return false;
  if (when.personsAffectedAbove !== undefined && !(persons > when.personsAffectedAbove)) return false;
  if (when.dataClassesAny !== undefined) {
    const classes = outcome.dataClasses ?? [];
    if (!when.dataClassesAny.some((dataClass) => classes.includes(dataClass))) return false;
  }
  if (when.maliciousIntent !== undefined && when.maliciousIntent !== (outcome.maliciousIntent ?? false)) return false;
  if (when.directHarm !== undefined && when.directHarm !== (outcome.directHarm ?? false)) return false;
  if (when.highlyEncrypted !== undefined && when.highlyEncrypted !== (outcome.highlyEncrypted ?? false)) return false;
  if (when.recoveredUnviewed !== undefined && when.recoveredUnviewed !== (outcome.recoveredUnviewed ?? false)) {
    return false;
  }
  if (
    when.criticalDowntimeHoursAtLeast !== undefined &&
    !((outcome.criticalDowntimeHours ?? 0) >= when.criticalDowntimeHoursAtLeast)
  ) {
    return false;
  }
  if (when.anyOf !== undefined && !when.anyOf.some((member) => matchesCondition(member, outcome))) return false;
  if (when.not !== undefined && matchesCondition(when.not, outcome)) return false;
  return true;
}
