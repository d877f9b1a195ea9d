/**
 * Where a site's systems are hosted, with the traits the model reads instead of comparing kind names:
 * - `townRun`: the town's own staff and its vendor run the hardware (a server room, housed racks): its
 *   servers fail and are repaired by them, a destroyed site's equipment is the town's to replace, and
 *   ransomware containment cuts its segments off. Otherwise an operator runs it and recovers it itself.
 * - `availabilityZones`: the operator offers availability zones (a public cloud): systems may be placed
 *   in one zone or across zones (multi-AZ), and the whole region can fail.
 *
 * The order is the order of every table keyed by hosting kind (it is part of a scenario's canonical
 * JSON: do not reorder).
 *
 * Adding a kind: one line here and its words in each report locale (the type check lists the places).
 * Existing scenario files stay valid: a table by hosting kind needs a value only for the kinds its
 * scenario's sites have (`byHostingKind`).
 *
 * @example
 * HOSTING_KIND_TRAITS['public-cloud'].availabilityZones; // true
 */
export const HOSTING_KIND_TRAITS = {
  onprem: { townRun: true, availabilityZones: false },
  housing: { townRun: true, availabilityZones: false },
  'community-cloud': { townRun: false, availabilityZones: false },
  'public-cloud': { townRun: false, availabilityZones: true },
} as const satisfies Readonly<Record<string, HostingKindTraits>>;

export interface HostingKindTraits {
  readonly townRun: boolean;
  readonly availabilityZones: boolean;
}

export type HostingKind = keyof typeof HOSTING_KIND_TRAITS;

/** The hosting kinds in their fixed order. */
export const HOSTING_KINDS = Object.keys(HOSTING_KIND_TRAITS) as readonly HostingKind[] as readonly [HostingKind, ...HostingKind[]];

/** Whether a site of this kind is run by the town (its own room or housed racks) rather than by an operator. */
export const townRun = (kind: HostingKind): boolean => HOSTING_KIND_TRAITS[kind].townRun;

/** Whether a site of this kind has availability zones (and can fail as a whole region). */
export const hasAvailabilityZones = (kind: HostingKind): boolean => HOSTING_KIND_TRAITS[kind].availabilityZones;
