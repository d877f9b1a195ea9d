import { z } from 'zod';
import { byHostingKind } from './by-hosting-kind.ts';
import { quantitySpec } from './distribution-spec.ts';
import { dateText, id, label, list, nonNegative, yen } from './sourced.ts';

/**
 * A one-off cost at a date (the migration to standard-compliant systems): each listed system pays
 * `yenPerSystem` for the hosting kind the variant puts it on, counted in the running cost of the year it
 * is paid. Net of any subsidy the town receives, so a subsidy is never counted twice.
 */
export const scheduledCostSchema = z.strictObject({
  id: id(),
  name: label().optional(),
  /** When it is paid (JST, `YYYY-MM-DD` or with a time); on or after the start date. */
  at: dateText(),
  systems: list(id()).min(1),
  yenPerSystem: byHostingKind(() => quantitySpec),
});

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
  /**
   * What is not known of each hosting kind's running cost: a factor on the `annualCostYen` of every system
   * hosted there, drawn once per replication (the same in every variant), so a cost known only as a range
   * is carried as one. A kind left out has the factor 1.
   */
  hostingCostFactor: byHostingKind(() => quantitySpec).optional(),
  /** One-off costs at a date, in the year paid (see `scheduledCostSchema`). */
  scheduled: list(scheduledCostSchema).optional(),
});

export type ScheduledCost = z.output<typeof scheduledCostSchema>;

export type Costs = z.output<typeof costsSchema>;
