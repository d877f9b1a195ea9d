import { z } from 'zod';
import { DATA_CLASSES } from '../policy/index.ts';
import { quantitySpec } from './distribution-spec.ts';
import { SEGMENTS } from './system.ts';
import { SITE_KINDS } from './site.ts';
import { annualRate, id, list, probability } from './sourced.ts';

const byHostingKind = z.strictObject(
  Object.fromEntries(SITE_KINDS.map((k) => [k, probability()])) as Record<(typeof SITE_KINDS)[number], ReturnType<typeof probability>>,
);

/**
 * Ransomware enters through a network segment (VPN, RDP, mail on the internet-connected segment) and
 * encrypts what it can reach: systems on the entered segment, with a chance to cross into the separated
 * segments, and every online backup kept beside a system it encrypts. Offline and remote copies survive.
 */
export const ransomwareSchema = z.strictObject({
  annualRate: annualRate(),
  entrySegments: list(z.enum(SEGMENTS)).min(1),
  /** Probability of reaching each other segment from the entry (三層の対策 keeps My Number near 0). */
  crossSegmentProbability: z.strictObject({ myNumber: probability(), lgwan: probability(), internet: probability() }),
  /** Probability of encrypting a reachable system, by hosting kind of its site. */
  encryptProbability: byHostingKind,
  /** Probability that data was stolen before encryption (double extortion). */
  dataTheftProbability: probability(),
  /** Hours of containment and investigation before restores may begin. */
  containmentHours: quantitySpec,
  /** Hours to rebuild a system with no usable backup from paper and other systems. */
  rebuildWithoutBackupHours: quantitySpec,
});

/** One cause of personal-data leaks (誤送付, 紛失, 設定誤り...). */
export const leakCauseSchema = z.strictObject({
  id: id(),
  annualRate: annualRate(),
  persons: quantitySpec,
  /** Probability that each data class is involved (general is always involved). */
  dataClassProbability: z.partialRecord(z.enum(DATA_CLASSES), probability()),
  maliciousIntent: z.boolean(),
  /** Probability that the data was retrieved before anyone viewed it (a letter returned unopened). */
  recoveredUnviewedProbability: probability(),
  directHarmProbability: probability(),
  highlyEncryptedProbability: probability(),
  /** Only when the town holds systems at this kind of site (e.g. cloud misconfiguration). */
  requiresHostingKind: z.enum(['onprem', 'housing', 'community-cloud', 'public-cloud']).optional(),
});

export const threatsSchema = z.strictObject({
  ransomware: ransomwareSchema,
  leaks: list(leakCauseSchema),
});

export type Ransomware = z.output<typeof ransomwareSchema>;
export type LeakCause = z.output<typeof leakCauseSchema>;
export type Threats = z.output<typeof threatsSchema>;
