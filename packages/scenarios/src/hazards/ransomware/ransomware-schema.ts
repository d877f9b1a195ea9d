import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { byHostingKind } from '../../schema/by-hosting-kind.ts';
import { annualRate, list, probability } from '../../schema/sourced.ts';
import { SEGMENTS, type Segment } from '../../vocabulary/segments.ts';
import { at } from '../scripted-fields.ts';

/**
 * The scenario's `threats.ransomware`. Ransomware enters through a network segment (VPN, RDP, mail on
 * the internet-connected segment) and encrypts what it can reach: systems on the entered segment, with a
 * chance to cross into the separated segments, and every online backup kept beside a system it
 * encrypts. Offline and remote copies survive.
 */
export const ransomwareSchema = z.strictObject({
  annualRate: annualRate(),
  entrySegments: list(z.enum(SEGMENTS)).min(1),
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

/** A scripted attack through one segment, with or without data theft (drawn when absent). */
export const scriptedRansomwareSchema = z.strictObject({
  kind: z.literal('ransomware'),
  at,
  entrySegment: z.enum(SEGMENTS).default('internet'),
  dataTheft: z.boolean().optional(),
});
