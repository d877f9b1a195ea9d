import { z } from 'zod';
import { DATA_CLASSES } from '../policy/index.ts';
import { quantitySpec } from './distribution-spec.ts';
import { HOSTING_KINDS } from '../vocabulary/hosting-kinds.ts';
import { SEGMENTS, type Segment } from '../vocabulary/segments.ts';
import { byHostingKind } from './by-hosting-kind.ts';
import { id, label, nonNegative, probability } from './sourced.ts';

/**
 * Ransomware enters through a network segment (VPN, RDP, mail on the internet-connected segment) and
 * encrypts what it can reach: systems on the entered segment, with a chance to cross into the separated
 * segments, and every online backup kept beside a system it encrypts. Offline and remote copies survive.
 */
export const ransomwareSchema = z.strictObject({
  annualRate: nonNegative(),
  entrySegments: z.array(z.enum(SEGMENTS)).min(1),
  /** Probability of reaching each other segment from the entry (三層の対策 keeps My Number near 0). */
  crossSegmentProbability: z.strictObject(Object.fromEntries(SEGMENTS.map((s) => [s, probability()])) as Record<Segment, ReturnType<typeof probability>>),
  /** Probability of encrypting a reachable system, by hosting kind of its site. */
  encryptProbability: byHostingKind(probability),
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
  /** What reports call the cause (`誤送付・誤送信`); absent, a preset's cause keeps its usual name (`leakCauseName`). */
  name: label().optional(),
  annualRate: nonNegative(),
  persons: quantitySpec,
  /** Probability that each data class is involved (general is always involved). */
  dataClassProbability: z.partialRecord(z.enum(DATA_CLASSES), probability()),
  maliciousIntent: z.boolean(),
  /** Probability that the data was retrieved before anyone viewed it (a letter returned unopened). */
  recoveredUnviewedProbability: probability(),
  directHarmProbability: probability(),
  highlyEncryptedProbability: probability(),
  /** Only when the town holds systems at this kind of site (e.g. cloud misconfiguration). */
  requiresHostingKind: z.enum(HOSTING_KINDS).optional(),
});

export const threatsSchema = z.strictObject({
  ransomware: ransomwareSchema,
  leaks: z.array(leakCauseSchema),
});

export type Ransomware = z.output<typeof ransomwareSchema>;
export type LeakCause = z.output<typeof leakCauseSchema>;
export type Threats = z.output<typeof threatsSchema>;
