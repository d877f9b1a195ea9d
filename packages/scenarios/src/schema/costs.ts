import { z } from 'zod';
import { nonNegative } from './sourced.ts';

/** Unit costs of responding to an incident (running costs live on sites, systems and links). */
export const costsSchema = z.strictObject({
  notificationLetterYen: nonNegative(),
  callCentreYenPerDay: nonNegative(),
  /** Days of call centre per notice: a base plus more for larger incidents. */
  callCentreDaysBase: nonNegative(),
  callCentreDaysPer10000Persons: nonNegative(),
  /** Persons affected from which a call centre is opened. */
  callCentreFromPersons: nonNegative(),
  forensicsYen: nonNegative(),
  forensicsYenPerServer: nonNegative(),
  pressConferenceYen: nonNegative(),
  compensationYenPerPerson: nonNegative(),
  /** Replacing the equipment of one system destroyed on site. */
  equipmentReplacementYenPerSystem: nonNegative(),
  /** Staff hours spent per incident on each action (reports, letters, council). */
  staffHoursPerAction: nonNegative(),
});

export type Costs = z.output<typeof costsSchema>;
