import type { TimeClass } from '../calendar/index.ts';
import type { Segment } from './segments.ts';

type Hours = number;

/**
 * The detail each kind of incident note carries (numbers rounded as the model writes them). Keys are in
 * the order the model writes them, which is the order of the JSON.
 */
export type NoteDetails = {
  // What happened.
  earthquake: { magnitude: number; officeIntensity: number; tsunamiHeightM: number };
  tsunamiInundation: { site: string; depthM: number };
  'site-destroyed': { site: string };
  'site-flooded': { site: string };
  eruption: { volcano: string; size: 'large' | 'small' };
  evacuated: { site: string; days: number };
  heavySnow: { hours: Hours };
  gridOutage: { powerRegion: string; hours: Hours };
  noGenerator: { site: string; afterHours: Hours };
  generatorFuelOut: { site: string; afterHours: Hours };
  lineCut: { link: string; route: number; routes: number; repairHours: Hours };
  lgwanOutage: { hours: Hours };
  jukiNetOutage: { hours: Hours };
  hardwareFailure: { system: string };
  ransomware: { entry: Segment; reached: string; dataTheft: boolean; containmentHours: Hours };
  encrypted: { system: string };
  leak: { cause: string; persons: number };
  vendorCompromise: { vendor: string; townsServed: number; persons: number };
  zoneOutage: { site: string; zone: string; hours: Hours };
  failoverFailed: { system: string };
  regionOutage: { site: string; hours: Hours };
  facilityOutage: { site: string; hours: Hours };
  vendorExit: { vendor: string; noticeMonths: number; systems: number };
  cutover: { outage: boolean; outageHours: Hours; conversionDefect: boolean };
  insiderMisuse: { act: 'lookup' | 'takeOut'; persons: number; undetectedHours: Hours };
  typhoon: { powerRegion: string };
  sitePowerCut: { site: string; hours: Hours };
  fire: { site: string; roomLost: boolean; damageHours: Hours; officeUnusableHours: Hours };
  'site-burnt': { site: string };
  'site-wind-damaged': { site: string };
  applicationRelease: { package: string; defect: 'none' | 'outage' | 'wrongNotices'; outageHours: Hours; wrongNotices: number };
  batchFailure: { package: string; delayHours: Hours };
  softwareWrongIssuance: { package: string; documents: number; persons: number; myNumber: boolean };
  maintenanceWindow: { site: string; hours: Hours; overrunHours: Hours };
  hardwareRenewal: { site: string; systems: number; hours: Hours; overrunHours: Hours };
  misconfigurationExposure: { site: string; exposureHours: Hours };
  // Recovery.
  staffWork: { what: string; timeClass: TimeClass; waitedHours: Hours; hours: Hours };
  vendorWork: { what: string; vendor: string; waitedHours: Hours; hours: Hours; contract: 'premium' | 'next-business-day' };
  restoreFromBackup: { system: string; backupSite: string; offline: boolean; dataLostHours: Hours };
  noSurvivingBackup: { system: string };
  providerQueue: { system: string; townsAhead: number; waitedHours: Hours };
  siteReplaced: { site: string };
  systemRestored: { system: string };
  alternateOfficeOpened: Record<string, never>;
  failedOver: { system: string };
  restoredAtBackupSite: { system: string; site: string };
  staffAbsent: { absent: number; staff: number };
  // Residents.
  demandSurge: { service: string; extraRequests: number; overDays: number };
  evacuationListUnreachable: { hours: Hours; residentsUncovered: number };
  // River and inland flooding.
  riverFlood: { hours: Hours };
  floodDepth: { site: string; depthM: number; aboveFloorM: number };
  generatorFlooded: { site: string; afterHours: Hours };
};

export type NoteKind = keyof NoteDetails;

/** What a note is about: the event and its damage, the recovery, or the residents. */
export type NoteTopic = 'event' | 'recovery' | 'people';

/**
 * Every kind of dated note an incident keeps (the raw material of virtual cases), with its topic.
 *
 * @example
 * NOTE_KINDS.systemRestored.topic; // 'recovery'
 */
export const NOTE_KINDS = {
  earthquake: { topic: 'event' },
  tsunamiInundation: { topic: 'event' },
  'site-destroyed': { topic: 'event' },
  'site-flooded': { topic: 'event' },
  eruption: { topic: 'event' },
  evacuated: { topic: 'event' },
  heavySnow: { topic: 'event' },
  gridOutage: { topic: 'event' },
  noGenerator: { topic: 'event' },
  generatorFuelOut: { topic: 'event' },
  lineCut: { topic: 'event' },
  lgwanOutage: { topic: 'event' },
  jukiNetOutage: { topic: 'event' },
  hardwareFailure: { topic: 'event' },
  ransomware: { topic: 'event' },
  encrypted: { topic: 'event' },
  leak: { topic: 'event' },
  vendorCompromise: { topic: 'event' },
  zoneOutage: { topic: 'event' },
  failoverFailed: { topic: 'event' },
  regionOutage: { topic: 'event' },
  facilityOutage: { topic: 'event' },
  vendorExit: { topic: 'event' },
  cutover: { topic: 'event' },
  insiderMisuse: { topic: 'event' },
  typhoon: { topic: 'event' },
  sitePowerCut: { topic: 'event' },
  fire: { topic: 'event' },
  'site-burnt': { topic: 'event' },
  'site-wind-damaged': { topic: 'event' },
  applicationRelease: { topic: 'event' },
  batchFailure: { topic: 'event' },
  softwareWrongIssuance: { topic: 'event' },
  maintenanceWindow: { topic: 'event' },
  hardwareRenewal: { topic: 'event' },
  misconfigurationExposure: { topic: 'event' },
  staffWork: { topic: 'recovery' },
  vendorWork: { topic: 'recovery' },
  restoreFromBackup: { topic: 'recovery' },
  noSurvivingBackup: { topic: 'recovery' },
  providerQueue: { topic: 'recovery' },
  siteReplaced: { topic: 'recovery' },
  systemRestored: { topic: 'recovery' },
  alternateOfficeOpened: { topic: 'recovery' },
  failedOver: { topic: 'recovery' },
  restoredAtBackupSite: { topic: 'recovery' },
  staffAbsent: { topic: 'recovery' },
  demandSurge: { topic: 'people' },
  evacuationListUnreachable: { topic: 'people' },
  riverFlood: { topic: 'event' },
  floodDepth: { topic: 'event' },
  generatorFlooded: { topic: 'event' },
} as const satisfies { readonly [K in NoteKind]: { readonly topic: NoteTopic } };

/** A dated line of what happened inside an incident: one variant per note kind, with its detail. */
export type IncidentNote = { [K in NoteKind]: { atHours: number; what: K; detail: NoteDetails[K] } }[NoteKind];
