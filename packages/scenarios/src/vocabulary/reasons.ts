const atOffice = { officeUnusable: true } as const;
const notAtOffice = { officeUnusable: false } as const;
const plannedAway = { officeUnusable: false, planned: true } as const;

/**
 * Why a system, site, route or office is unavailable (the `reason` of an outcome's windows), with the
 * traits the model reads: `officeUnusable` — at the office site, it leaves staff without a usable town
 * hall (they move to the BCP's alternate office, if there is one); `planned` — announced downtime (a
 * maintenance window): it stops the system but is booked as planned downtime, never as an incident's
 * outage or the critical downtime of the headline.
 *
 * @example
 * REASON_TRAITS['site-flooded'].officeUnusable; // true
 */
export const REASON_TRAITS = {
  // The building or its power: at the office site, staff lose the town hall.
  'site-destroyed': atOffice, 'site-flooded': atOffice, power: atOffice, evacuated: atOffice,
  // An operator's facility, zone or region.
  facility: notAtOffice, 'zone-outage': notAtOffice, 'region-outage': notAtOffice,
  // The system itself: a failed server, an attack and its containment, the restore that follows.
  hardware: notAtOffice, encrypted: notAtOffice, isolated: notAtOffice, restoring: notAtOffice,
  // The network between the office and the system; a migration's cutover.
  'line-cut': notAtOffice, 'lgwan-outage': notAtOffice, cutover: notAtOffice,
  // A national network other than the LGWAN (it stops services, not systems).
  'juki-net-outage': notAtOffice,
  // A fire: the room burnt out, or smoke, sprinkler water and the power cut to the building (at the
  // office site, the hall is unusable while they last).
  'site-burnt': atOffice, 'fire-damage': atOffice,
  // Wind: a typhoon wrecked the building (roof, windows, rain in the machine room).
  'site-wind-damaged': atOffice,
  // Planned maintenance and its overrun; a fault in the application package itself.
  maintenance: plannedAway, 'maintenance-overrun': notAtOffice, application: notAtOffice,
} as const satisfies Readonly<Record<string, { readonly officeUnusable: boolean; readonly planned?: boolean }>>;

export type Reason = keyof typeof REASON_TRAITS;

/** Every reason, in the table's order. */
export const REASONS = Object.keys(REASON_TRAITS) as readonly Reason[];

/** Whether a reason is announced, planned downtime (`planned` trait). */
export const isPlannedReason = (reason: Reason): boolean => (REASON_TRAITS[reason] as { readonly planned?: boolean }).planned === true;
