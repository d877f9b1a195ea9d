/**
 * What an incident did to data or service. `leak`, `loss` and `damage` are the three parts of
 * 漏えい等 (漏えい, 滅失, 毀損; [appi-rule] art. 43) and each can trigger the reporting duty; `outage`
 * (a service the town cannot use) never does on its own.
 *
 * @example
 * INCIDENT_KINDS.includes('outage'); // true
 */
export const INCIDENT_KINDS = ['leak', 'loss', 'damage', 'outage'] as const;

export type IncidentKind = (typeof INCIDENT_KINDS)[number];
