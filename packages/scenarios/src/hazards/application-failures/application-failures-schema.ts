import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, id, list, positive, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/**
 * One application package the town runs (a vendor's 基幹系 package, its certificate software) and the
 * faults of its releases and runs. The package is the same whatever the hosting: its faults hit every
 * variant alike, and its shared events (`wrongIssuance…`) are drawn once per package, for every town on it.
 */
/** Legal-update (法改正) releases of a package: when they go live and what their defects do. */
export const packageReleasesSchema = z.strictObject({
  /** Months (1..12) in which a release goes live, on the month's first Saturday night. */
  months: z.array(z.int().min(1).max(12)).max(12),
  /** The announced window of a release (planned downtime of every system of the package). */
  windowHours: quantitySpec,
  /** Probability that a release carries a defect that reaches the town's work (in one of the package's businesses). */
  defectProbability: probability(),
  /** Probability that a defect stops its system (otherwise it prints wrong figures on notices). */
  outageProbability: probability(),
  outageHours: quantitySpec,
  /** Share of the system's persons sent wrong notices by a defect that does not stop it. */
  wrongNoticePersonsShare: probability(),
});

/** Failed nightly batch runs of a package: the business waits from the counters' opening until the rerun. */
export const packageBatchFailuresSchema = z.strictObject({
  annualRate: annualRate(),
  /** Hours after the counters open until a failed batch has been rerun. */
  delayHours: quantitySpec,
});

/**
 * Wrong issuance (誤交付) by a package's certificate software: defects of the package, each shared by
 * every town on it, and what they do at a town they hit.
 */
export const packageWrongIssuanceSchema = z.strictObject({
  /** Defects per year across every town on the package. */
  annualRate: annualRate(),
  /** Probability that one such defect issues wrong certificates at this town. */
  townProbability: probability(),
  /** Wrong certificates issued at the town when it is hit. */
  documents: quantitySpec,
  /** Persons named on one certificate (a 住民票の写し lists a household). */
  personsPerDocument: positive(),
  /** Probability that the town's wrong certificates include one bearing a My Number. */
  myNumberProbability: probability(),
});

/**
 * One application package the town runs (a vendor's 基幹系 package, its certificate software) and the
 * faults of its releases, runs and certificates — each group absent when the package has none. The
 * package is the same whatever the hosting: its faults hit every variant alike, and its wrong-issuance
 * defects are drawn once per package, for every town on it.
 */
export const applicationPackageSchema = z.strictObject({
  id: id(),
  /** The systems that run the package (a release's window stops them all; a defect is in one). */
  systems: list(id()).min(1),
  releases: packageReleasesSchema.optional(),
  batchFailures: packageBatchFailuresSchema.optional(),
  wrongIssuance: packageWrongIssuanceSchema.optional(),
});

/** The scenario's `hazards.applicationFailures` (optional): the town's application packages and their faults. */
export const applicationFailuresSectionSchema = z.strictObject({ packages: list(applicationPackageSchema) }).optional();

/** A scripted release of a package: `defect` forces what goes wrong (`none` by default). */
export const scriptedApplicationReleaseSchema = z.strictObject({
  kind: z.literal('applicationRelease'),
  at,
  package: id(),
  /** The business the release's defect is in (one of the package's systems; drawn when absent). */
  system: id().optional(),
  defect: z.enum(['none', 'outage', 'wrongNotices']).optional(),
  windowHours: hours.optional(),
  outageHours: hours.optional(),
});

/** A scripted failed batch run of a package at `at` (the night's run). */
export const scriptedBatchFailureSchema = z.strictObject({ kind: z.literal('batchFailure'), at, package: id(), system: id().optional(), delayHours: hours.optional() });

/** A scripted wrong issuance by the package's software at this town. */
export const scriptedSoftwareWrongIssuanceSchema = z.strictObject({
  kind: z.literal('softwareWrongIssuance'),
  at,
  package: id(),
  documents: z.int().min(1).max(BOUNDS.persons, 'persons').optional(),
  myNumber: z.boolean().optional(),
});
