import { z } from 'zod';
import { id, latLon, nonNegative, positiveCount, probability } from './sourced.ts';

/** The town itself: its residents (as cohorts, not individuals) and where its office is. */
export const municipalitySchema = z.strictObject({
  population: positiveCount(),
  households: positiveCount().optional(),
  /** Shares of residents by age band; they must sum to 1. */
  ageShares: z.strictObject({ under15: probability(), from15to64: probability(), over65: probability() }),
  /** Residents on the 避難行動要支援者名簿 (evacuation-support list), as a share of residents. */
  evacuationSupportShare: probability(),
  /** Share of the listed residents whose entry is shared with supporters in advance (a paper copy exists). */
  evacuationListPreSharedShare: probability(),
  /** The site where staff work and residents come to the counter (the town hall). */
  officeSite: id(),
  location: latLon(),
  /** Whether the municipality is on the coast (tsunami can reach its coastal sites). */
  coast: z.boolean().default(false),
});

export type Municipality = z.output<typeof municipalitySchema>;

/** BCP measures a variant can change. */
export const bcpSchema = z.strictObject({
  /** Hours to open an alternate office with terminals and lines once the town hall is unusable; absent = none. */
  alternateOfficeSetupHours: nonNegative().optional(),
  /**
   * The site of the alternate office: staff there reach remote systems over the links `from` it, which
   * quakes, storms and faults cut like any other. Absent: it uses the town hall's lines.
   */
  alternateOfficeSite: id().optional(),
  /** Hours of generator fuel delivered by a priority supply agreement once a site's own fuel runs out; 0 = none. */
  fuelResupplyAfterHours: nonNegative().optional(),
});

export type Bcp = z.output<typeof bcpSchema>;
