import { defaultDipDeg } from '../hazards/seismic/rupture.ts';

/** One number (or range, or choice) the model itself uses, with where it comes from. */
export interface ModelAssumption {
  /** The value: a number, a `[low, high]` range of a uniform draw, or a named choice. */
  readonly value: number | readonly [number, number] | string;
  readonly unit: 'jmaIntensity' | 'hours' | 'km' | 'degrees' | 'factor' | 'choice';
  /** A document with its address, or `assumption: <why>` when no source backs it. */
  readonly source: string;
}

/**
 * The numbers born in the model code rather than in a scenario, each with its source or marked as an
 * assumption with a reason — every report's assumptions section lists them beside the scenario's own.
 * They are not scenario fields, so that scenario files and their hashes stay as they are; changing one
 * changes results (and `MODEL_ALGORITHMS.model` should say so).
 *
 * @example
 * MODEL_ASSUMPTIONS.localWeatherRadiusKm.value; // 100
 */
export const MODEL_ASSUMPTIONS = {
  feltJmaIntensity: {
    value: 4.5,
    unit: 'jmaIntensity',
    source:
      '[jma-intensity-1996] JMA intensity classes of 1996: 5弱 from 4.5; ' +
      'assumption: below 5弱 at every site and vendor an earthquake damages nothing and is not recorded',
  },
  tsunamiHeightFactor: {
    value: [0.5, 1.5],
    unit: 'factor',
    source: "assumption: the coastal height at the town scatters uniformly ±50% around Abe's regional estimate (bays raise it, headlands lower it)",
  },
  serverTriageHours: {
    value: 0.5,
    unit: 'hours',
    source: 'assumption: a member of staff checks a failed server and calls the vendor in half an hour',
  },
  rebuildTriageHours: {
    value: 1,
    unit: 'hours',
    source: 'assumption: a member of staff takes stock for an hour before a system is rebuilt or restored',
  },
  localWeatherRadiusKm: {
    value: 100,
    unit: 'km',
    source: "assumption: sites within 100 km of the town share its snowstorms (a storm covers about a prefecture)",
  },
  otherTownCallsWithinHours: {
    value: 24,
    unit: 'hours',
    source: "assumption: after a regional quake a vendor's other towns call it out at uniformly random times during the first day",
  },
  evacuationListWindowHours: {
    value: 72,
    unit: 'hours',
    source:
      '[soumu-ict-bcp] the initial response covers about 72 hours',
  },
  evacuationListCheckHours: {
    value: 0.25,
    unit: 'hours',
    source: 'assumption: whether the evacuation-support list is reachable is checked each quarter hour (a resolution, not a behaviour)',
  },
  scriptedQuakeDepthKm: {
    value: 20,
    unit: 'km',
    source: 'assumption: a scripted earthquake that gives no depth is a shallow crustal quake, 20 km down',
  },
  backupOffsetHours: {
    value: 2,
    unit: 'hours',
    source: 'assumption: a backup that gives no time of day runs at 02:00, in the quiet of the night',
  },
  scriptedQuakeFaultType: {
    value: 'crustal',
    unit: 'choice',
    source: 'assumption: a scripted earthquake that names no faultType attenuates as a crustal quake, as every scripted quake did before the type existed',
  },
  crustalDipDeg: {
    value: defaultDipDeg.crustal,
    unit: 'degrees',
    source: 'assumption: a crustal rupture of unknown mechanism is taken as vertical (its distance then does not depend on which side a site lies)',
  },
  interplateDipDeg: {
    value: defaultDipDeg.interplate,
    unit: 'degrees',
    source:
      'assumption: the plate interface dips gently under northeast Japan and Hokkaido; 15° is taken as typical of its shallow part',
  },
  intraslabDipDeg: {
    value: defaultDipDeg.intraslab,
    unit: 'degrees',
    source: 'assumption: an intraslab rupture cuts the subducting plate steeply',
  },
  sharedSiteRestoreCrews: {
    value: 1,
    unit: 'factor',
    source:
      '[jip-base-2019] the Jip-Base outage of 2019-12-04: ' +
      'the operator brought its 53 member bodies back one after another, about 70% by day 12, about 3 a day; ' +
      "assumption: a scenario that does not say restores one member town's tenant at a time",
  },
} as const satisfies Readonly<Record<string, ModelAssumption>>;

export type ModelAssumptionId = keyof typeof MODEL_ASSUMPTIONS;
