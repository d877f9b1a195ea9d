/**
 * The closed vocabularies the report words, as types: each locale table is keyed by one of them, so a
 * vocabulary entry without wording fails the type check.
 */
export type { Action, BasisKind, DataClass, IncidentKind, TimeClass } from '@machi/scenarios';

/** What started an incident other than a personal-data leak (`IncidentOutcome.cause`). */
export type HazardCause =
  | 'earthquake'
  | 'eruption'
  | 'heavySnow'
  | 'powerOutage'
  | 'lgwanOutage'
  | 'lineCut'
  | 'hardwareFailure'
  | 'ransomware'
  | 'vendorCompromise'
  | 'vendorExit'
  | 'zoneOutage'
  | 'regionOutage'
  | 'facilityOutage';

/** Why a system was down (a window's `reason`). */
export type Reason =
  | 'site-destroyed'
  | 'site-flooded'
  | 'power'
  | 'evacuated'
  | 'facility'
  | 'zone-outage'
  | 'region-outage'
  | 'hardware'
  | 'encrypted'
  | 'isolated'
  | 'restoring'
  | 'line-cut'
  | 'office-unusable'
  | 'lgwan-outage'
  | 'cutover';

/** What an incident's note records (`IncidentNote.what`). */
export type NoteKind =
  | 'earthquake'
  | 'tsunamiInundation'
  | 'site-flooded'
  | 'site-destroyed'
  | 'lineCut'
  | 'gridOutage'
  | 'noGenerator'
  | 'generatorFuelOut'
  | 'ransomware'
  | 'encrypted'
  | 'leak'
  | 'vendorCompromise'
  | 'hardwareFailure'
  | 'zoneOutage'
  | 'failoverFailed'
  | 'failedOver'
  | 'regionOutage'
  | 'facilityOutage'
  | 'eruption'
  | 'evacuated'
  | 'heavySnow'
  | 'lgwanOutage'
  | 'vendorExit'
  | 'cutover'
  | 'demandSurge'
  | 'evacuationListUnreachable'
  | 'staffWork'
  | 'vendorWork'
  | 'restoreFromBackup'
  | 'noSurvivingBackup'
  | 'providerQueue'
  | 'siteReplaced'
  | 'systemRestored'
  | 'alternateOfficeOpened';

/** The per-year metrics of a replication (table columns without their service, class or action part). */
export type Metric =
  | 'costYen'
  | 'runningCostYen'
  | 'incidentCostYen'
  | 'downtimeHours'
  | 'residentHoursWithoutService'
  | 'residentsWithoutService'
  | 'personsAffected'
  | 'dataLostHours'
  | 'incidents'
  | 'evacuationListUnreachableHours'
  | 'evacuationSupportResidentsUncovered';

/** Where a system can run. */
export type HostingKind = 'onprem' | 'housing' | 'community-cloud' | 'public-cloud';

/** The items of an incident's cost (`costBreakdownYen` keys). */
export type CostItem =
  | 'equipment'
  | 'staff'
  | 'vendor'
  | 'notificationLetters'
  | 'callCentre'
  | 'pressConference'
  | 'compensation'
  | 'responseStaff'
  | 'forensics'
  | 'migration';
