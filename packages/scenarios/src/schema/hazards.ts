import { HAZARDS } from '../hazards/registry.ts';
import { sectionsSchema } from '../hazards/registry-schemas.ts';
import type { z } from 'zod';
import type { seismicRegionSchema } from '../hazards/earthquake/earthquake-schema.ts';

/**
 * The scenario's `hazards`: one section per hazard module that has one (earthquake, volcano, heavy
 * snow, grid power, LGWAN), in registry order.
 */
export const hazardsSchema = sectionsSchema(HAZARDS, 'hazards');

export type SeismicRegion = z.output<typeof seismicRegionSchema>;
export type Hazards = z.output<typeof hazardsSchema>;
