import type { z } from 'zod';
import { HAZARDS } from '../hazards/registry.ts';
import { scriptedEventsSchema } from '../hazards/registry-schemas.ts';

/**
 * Scripted incidents: forced at a calendar time (JST, `YYYY-MM-DDTHH:MM`) on top of the random ones,
 * one form per kind, each from its hazard module. Trainers use them for exercises; tests use them to pin
 * every mechanism. Fields left out are drawn from the scenario's distributions like a random incident's.
 */
export const scriptedEventSchema = scriptedEventsSchema(HAZARDS);

export type ScriptedEvent = z.output<typeof scriptedEventSchema>;
