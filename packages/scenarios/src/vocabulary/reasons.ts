/**
 * Why a system, site, route or office is unavailable (the `reason` of an outcome's windows), with the
 * trait the model reads: `officeUnusable` — at the office site, it leaves staff without a usable town
 * hall (they move to the BCP's alternate office, if there is one).
 *
 * @example
 * REASON_TRAITS['site-flooded'].officeUnusable; // true
 */
export const REASON_TRAITS = {
  'site-destroyed': { officeUnusable: true },
  'site-flooded': { officeUnusable: true },
  power: { officeUnusable: true },
  evacuated: { officeUnusable: true },
  facility: { officeUnusable: false },
  'zone-outage': { officeUnusable: false },
  'region-outage': { officeUnusable: false },
  hardware: { officeUnusable: false },
  encrypted: { officeUnusable: false },
  isolated: { officeUnusable: false },
  restoring: { officeUnusable: false },
  'line-cut': { officeUnusable: false },
  'lgwan-outage': { officeUnusable: false },
  cutover: { officeUnusable: false },
} as const satisfies Readonly<Record<string, { readonly officeUnusable: boolean }>>;

export type Reason = keyof typeof REASON_TRAITS;

/** Every reason, in the table's order. */
export const REASONS = Object.keys(REASON_TRAITS) as readonly Reason[];
