import { z } from 'zod';
import { DATA_CLASSES } from '../policy/index.ts';
import { BOUNDS, dateText, id, latLon, list, quantity, routeCount } from './sourced.ts';

const at = dateText();
const hours = quantity();

/**
 * Scripted incidents: forced at a calendar time (JST, `YYYY-MM-DDTHH:MM`) on top of the random ones.
 * Trainers use them for exercises; tests use them to pin every mechanism. Fields left out are drawn
 * from the scenario's distributions like a random incident's.
 */
export const scriptedEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('earthquake'),
    at,
    magnitude: z.number().min(4).max(9.5),
    epicentre: latLon(),
    depthKm: z.number().min(0).max(BOUNDS.earthquakeDepthKm, 'earthquakeDepth').default(20),
    /** Force the JMA intensity at some sites instead of computing it. */
    intensityBySite: z.record(id(), z.number().min(0).max(7.5)).optional(),
    /** Force a tsunami of this coastal height (m); `0` for none; absent: by magnitude and offshore draw. */
    tsunamiHeightM: quantity().optional(),
  }),
  z.strictObject({ kind: z.literal('eruption'), at, size: z.enum(['large', 'small']) }),
  z.strictObject({ kind: z.literal('heavySnow'), at, durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('powerOutage'), at, powerRegion: id(), durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('lineCut'), at, link: id(), routes: routeCount().optional(), repairHours: hours.optional() }),
  z.strictObject({ kind: z.literal('lgwanOutage'), at, durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('hardwareFailure'), at, system: id() }),
  z.strictObject({
    kind: z.literal('ransomware'),
    at,
    entrySegment: z.enum(['myNumber', 'lgwan', 'internet']).default('internet'),
    dataTheft: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('leak'),
    at,
    cause: id(),
    persons: z.int().min(0).max(BOUNDS.persons, 'persons').optional(),
    dataClasses: list(z.enum(DATA_CLASSES)).optional(),
    recoveredUnviewed: z.boolean().optional(),
    directHarm: z.boolean().optional(),
    highlyEncrypted: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('vendorCompromise'), at, vendor: id() }),
  z.strictObject({ kind: z.literal('zoneOutage'), at, site: id(), zone: id(), durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('regionOutage'), at, site: id(), durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('facilityOutage'), at, site: id(), durationHours: hours.optional() }),
  z.strictObject({ kind: z.literal('vendorExit'), at, vendor: id() }),
]);

export type ScriptedEvent = z.output<typeof scriptedEventSchema>;
