import { z } from 'zod';
import { policySchema } from '../policy/index.ts';
import { costsSchema } from './costs.ts';
import { scriptedEventSchema } from './events.ts';
import { hazardsSchema } from './hazards.ts';
import { linkSchema } from './link.ts';
import { bcpSchema, municipalitySchema } from './municipality.ts';
import { peopleSchema } from './people.ts';
import { providersSchema } from './providers.ts';
import { checkReferences } from './references.ts';
import { safetyScoreSchema } from './safety-score.ts';
import { serviceSchema } from './service.ts';
import { siteSchema } from './site.ts';
import { systemSchema } from './system.ts';
import { threatsSchema } from './threats.ts';
import { BOUNDS, dateText, id, list, name, text } from './sourced.ts';
import { variantSchema } from './variant.ts';
import { uncertaintySchema } from './uncertainty.ts';

/**
 * The whole scenario: one town, what it runs where, what can strike it, how it recovers, what it
 * costs, how incidents map onto response actions — and the variants being compared. Strict: an unknown
 * field anywhere is an error. Numbers may carry `{ value, source }` provenance.
 */
export const scenarioSchema = z
  .strictObject({
    /** The town's display name: the title of every report. */
    name: name(),
    /** Simulated year k covers hours [8760k, 8760(k+1)) from this date (JST), e.g. "2027-04-01". */
    startDate: dateText(),
    description: text({ oneLine: false }).optional(),
    municipality: municipalitySchema,
    bcp: bcpSchema.default({}),
    people: peopleSchema,
    sites: list(siteSchema).min(1),
    links: list(linkSchema).default([]),
    systems: list(systemSchema).min(1),
    services: list(serviceSchema).default([]),
    hazards: hazardsSchema,
    threats: threatsSchema,
    providers: providersSchema,
    costs: costsSchema,
    /** A built-in policy name (default `jp-municipal`) or a policy written out. */
    policy: z.union([name(), policySchema]).default('jp-municipal'),
    events: list(scriptedEventSchema).default([]),
    variants: z
      .record(id(), variantSchema)
      .superRefine((variants, ctx) => {
        const size = Object.keys(variants).length;
        if (size > BOUNDS.variants) ctx.addIssue({ code: 'too_big', origin: 'array', maximum: BOUNDS.variants, inclusive: true, input: variants, message: 'variants' });
      })
      .default({}),
    /** Weights and scales of the safety score; absent = the defaults of `safetyWeights`. */
    safetyScore: safetyScoreSchema.optional(),
    /** Shared beliefs behind several uncertain numbers (see `uncertaintySchema`); absent = all independent. */
    uncertainty: uncertaintySchema.optional(),
  })
  .superRefine(checkReferences);

/** A scenario as written (numbers may be `{ value, source }`; defaults may be omitted). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario: plain numbers, defaults filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
