/**
 * What opens an incident: every hazard, threat, failure and provider event the model knows, with its
 * traits:
 * - `hazardEvent`: the incident follows a recorded hazard event (`SimulationResult.hazardEvents`): the
 *   same in every variant of a replication, linked from the outcome by `hazardEventIndex`.
 * - `perScenarioCause`: the scenario names the cause itself (`threats.leaks[].id`); an outcome's cause
 *   is then `<kind>.<id>`, e.g. `leak.mis-sending`, and its name comes from the scenario.
 *
 * @example
 * INCIDENT_CAUSE_TRAITS.earthquake.hazardEvent; // true
 */
export const INCIDENT_CAUSE_TRAITS = {
  earthquake: { hazardEvent: true, perScenarioCause: false },
  eruption: { hazardEvent: true, perScenarioCause: false },
  heavySnow: { hazardEvent: true, perScenarioCause: false },
  powerOutage: { hazardEvent: true, perScenarioCause: false },
  lgwanOutage: { hazardEvent: true, perScenarioCause: false },
  lineCut: { hazardEvent: false, perScenarioCause: false },
  hardwareFailure: { hazardEvent: false, perScenarioCause: false },
  ransomware: { hazardEvent: false, perScenarioCause: false },
  leak: { hazardEvent: false, perScenarioCause: true },
  vendorCompromise: { hazardEvent: true, perScenarioCause: false },
  vendorExit: { hazardEvent: true, perScenarioCause: false },
  zoneOutage: { hazardEvent: true, perScenarioCause: false },
  regionOutage: { hazardEvent: true, perScenarioCause: false },
  facilityOutage: { hazardEvent: true, perScenarioCause: false },
  jukiNetOutage: { hazardEvent: true, perScenarioCause: false },
  staffShortage: { hazardEvent: true, perScenarioCause: false },
  insiderMisuse: { hazardEvent: false, perScenarioCause: false },
  riverFlood: { hazardEvent: true, perScenarioCause: false },
  typhoon: { hazardEvent: true, perScenarioCause: false },
  fire: { hazardEvent: true, perScenarioCause: false },
  applicationRelease: { hazardEvent: false, perScenarioCause: false },
  batchFailure: { hazardEvent: false, perScenarioCause: false },
  softwareWrongIssuance: { hazardEvent: true, perScenarioCause: false },
  maintenanceWindow: { hazardEvent: false, perScenarioCause: false },
  hardwareRenewal: { hazardEvent: false, perScenarioCause: false },
} as const satisfies Readonly<Record<string, { readonly hazardEvent: boolean; readonly perScenarioCause: boolean }>>;

export type IncidentCause = keyof typeof INCIDENT_CAUSE_TRAITS;

/** Every cause, in the table's order. */
export const INCIDENT_CAUSES = Object.keys(INCIDENT_CAUSE_TRAITS) as readonly IncidentCause[];

/** The causes recorded as hazard events: the `kind` of a `HazardEvent`. */
export type HazardEventKind = { [C in IncidentCause]: (typeof INCIDENT_CAUSE_TRAITS)[C]['hazardEvent'] extends true ? C : never }[IncidentCause];

/** The causes whose outcome carries the scenario's own id after a dot. */
export type PerScenarioCause = { [C in IncidentCause]: (typeof INCIDENT_CAUSE_TRAITS)[C]['perScenarioCause'] extends true ? C : never }[IncidentCause];

/** An outcome's `cause` as written in results: a cause, or `<cause>.<scenario's id>` (`leak.mis-sending`). */
export type OutcomeCause = Exclude<IncidentCause, PerScenarioCause> | `${PerScenarioCause}.${string}`;

/** An outcome's cause taken apart: its kind, and for a per-scenario cause the scenario's own id. */
export type ParsedCause =
  | { readonly kind: Exclude<IncidentCause, PerScenarioCause> }
  | { readonly kind: PerScenarioCause; readonly scenarioCause: string };

/**
 * The outcome cause of an incident: the kind itself, or `<kind>.<id>` for a cause the scenario names.
 *
 * @example
 * outcomeCause('leak', 'mis-sending'); // 'leak.mis-sending'
 */
export function outcomeCause(kind: IncidentCause, scenarioCause?: string): OutcomeCause {
  if (INCIDENT_CAUSE_TRAITS[kind].perScenarioCause) {
    if (scenarioCause === undefined) throw new RangeError(`cause "${kind}" needs the scenario's own cause id`);
    return `${kind as PerScenarioCause}.${scenarioCause}`;
  }
  if (scenarioCause !== undefined) throw new RangeError(`cause "${kind}" takes no scenario cause id, got "${scenarioCause}"`);
  return kind as Exclude<IncidentCause, PerScenarioCause>;
}

/**
 * Takes an outcome's `cause` apart (the inverse of `outcomeCause`).
 *
 * @throws RangeError for a cause that is not in the vocabulary.
 * @example
 * parseOutcomeCause('leak.mis-sending'); // { kind: 'leak', scenarioCause: 'mis-sending' }
 * parseOutcomeCause('earthquake'); // { kind: 'earthquake' }
 */
export function parseOutcomeCause(cause: string): ParsedCause {
  const dot = cause.indexOf('.');
  const kind = dot < 0 ? cause : cause.slice(0, dot);
  if (!Object.hasOwn(INCIDENT_CAUSE_TRAITS, kind)) throw new RangeError(`unknown incident cause "${cause}"; known: ${INCIDENT_CAUSES.join(', ')}`);
  const traits = INCIDENT_CAUSE_TRAITS[kind as IncidentCause];
  if (traits.perScenarioCause && dot > 0 && dot < cause.length - 1) return { kind: kind as PerScenarioCause, scenarioCause: cause.slice(dot + 1) };
  if (!traits.perScenarioCause && dot < 0) return { kind: kind as Exclude<IncidentCause, PerScenarioCause> };
  throw new RangeError(`malformed incident cause "${cause}": ${traits.perScenarioCause ? `expected "${kind}.<id>"` : `expected "${kind}"`}`);
}
