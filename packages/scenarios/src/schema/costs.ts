import { z } from 'zod';
import { nonNegative, yen } from './sourced.ts';

/** Unit costs of responding to an incident (running costs live on sites, systems and links). */
export const costsSchema = z.strictObject({
  notificationLetterYen: yen(),
  callCentreYenPerDay: yen(),
  /** Days of call centre per notice: a base plus more for larger incidents. */
  callCentreDaysBase: nonNegative(),
  callCentreDaysPer10000Persons: nonNegative(),
  /** Persons affected by a leak from which a call centre is opened (never for data lost or damaged alone). */
  callCentreFromPersons: nonNegative(),
  forensicsYen: yen(),
  forensicsYenPerServer: yen(),
  pressConferenceYen: yen(),
  compensationYenPerPerson: yen(),
  /** Replacing the equipment of one system destroyed on site. */
  equipmentReplacementYenPerSystem: yen(),
  /** Staff hours spent per incident on each action (reports, letters, council). */
  staffHoursPerAction: nonNegative(),
});

export type Costs = z.output<typeof costsSchema>;
