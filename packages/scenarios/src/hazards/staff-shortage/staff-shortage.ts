import type { RandomStream } from '@machi/sim-core';
import { every } from '../../model/processes/every.ts';
import { toTenths } from '../../model/rounding.ts';
import type { Town } from '../../model/town.ts';
import { defineHazard, scriptedForm } from '../hazard-module.ts';
import { scriptedStaffShortageSchema, staffShortageSectionSchema } from './staff-shortage-schema.ts';

/**
 * IT staff away from work (`hazards.staffShortage`): random spells of each member and office outbreaks,
 * and scripted absences. An absence opens no incident of its own — nothing stops while the systems run —
 * but recovery work that needs staff waits for a member who is at work, so a shortage that overlaps an
 * incident lengthens it.
 */
export const staffShortageHazard = defineHazard({
  id: 'staff-shortage',
  causes: ['staffShortage'], reasons: [],
  section: { group: 'hazards', key: 'staffShortage', schema: staffShortageSectionSchema },
  scripted: [
    scriptedForm(scriptedStaffShortageSchema, (town, e) =>
      staffAbsent(town, Array.from({ length: Math.min(e.absent ?? town.scenario.people.itStaff.count, town.scenario.people.itStaff.count) }, () => e.durationHours)),
    ),
  ],
  start: startStaffShortage,
});

/**
 * Each member's spells on a stream of its own (`hazard.staff.member.<i>`), so that a town with one more
 * member keeps the others' draws; outbreaks on `hazard.staff.outbreak`, each member's absence and its
 * length drawn whether or not the member falls ill, so later outbreaks keep their draws.
 */
function startStaffShortage(town: Town): void {
  const shortage = town.scenario.hazards.staffShortage;
  if (!shortage) return;
  const members = town.scenario.people.itStaff.count;
  for (let i = 0; i < members; i++) {
    const stream = town.streams.get(`hazard.staff.member.${i}`);
    every(town, shortage.memberAbsenceAnnualRate, stream, () => staffAbsent(town, [absenceHours(town, shortage.memberAbsenceHours, stream)]));
  }
  const outbreaks = town.streams.get('hazard.staff.outbreak');
  every(town, shortage.outbreakAnnualRate, outbreaks, () => {
    const absent: number[] = [];
    for (let i = 0; i < members; i++) {
      const ill = outbreaks.random() < shortage.outbreakAbsentProbability;
      const hours = absenceHours(town, shortage.outbreakAbsenceHours, outbreaks);
      if (ill) absent.push(hours);
    }
    if (absent.length > 0) staffAbsent(town, absent);
  });
}

function absenceHours(town: Town, spec: Parameters<Town['prepared']['quantity']>[0], stream: RandomStream): number {
  return town.prepared.quantity(spec).sample(stream);
}

/** Members away from now, one for each of `hours` (each member's own length), recorded as one event. */
export function staffAbsent(town: Town, hours: readonly number[]): void {
  town.recordHazard({ atHours: town.env.now, kind: 'staffShortage', detail: { absent: hours.length, longestHours: toTenths(Math.max(...hours)) } });
  for (const h of hours) town.env.process(town.crew.absence(h), 'staff absence');
}
