import { z } from 'zod';
import { quantitySpec } from '../../schema/distribution-spec.ts';
import { annualRate, BOUNDS, id, list, positive, probability } from '../../schema/sourced.ts';
import { at, hours } from '../scripted-fields.ts';

/**
 * One application package the town runs (a vendor's 基幹系 package, its certificate software) and the
 * faults of its releases and runs. The package is the same whatever the hosting: its faults hit every
 * variant alike, and its shared events (`wrongIssuance…`) are drawn once per package, for every town on it.
 */
export const applicationPackageSchema = z.strictObject({
  id: id(),
  /** The systems that run the package (all stop together when a release breaks it). */
  systems: list(id()).min(1),
  /** Months (1..12) in which the legal-update (法改正) release goes live, on the month's first Saturday night. */
  releaseMonths: z.array(z.int().min(1).max(12)).max(12),
  /** The announced window of a release (planned downtime). */
  releaseWindowHours: quantitySpec,
  /** Probability that a release carries a defect that reaches the town's work. */
  defectProbabilityPerRelease: probability(),
  /** Probability that a defect stops the systems (otherwise it prints wrong figures on notices). */
  defectOutageProbability: probability(),
  defectOutageHours: quantitySpec,
  /** Share of the package's persons sent wrong notices by a defect that does not stop it. */
  wrongNoticePersonsShare: probability(),
  /** Failed nightly batch runs a year: the systems stay unusable from the run until the batch is rerun after the counters open. */
  batchFailureAnnualRate: annualRate(),
  /** Hours after the counters open until a failed batch has been rerun. */
  batchDelayHours: quantitySpec,
  /** Wrong-issuance (誤交付) defects of the package's certificate software per year, across every town on it. */
  wrongIssuanceAnnualRate: annualRate(),
  /** Probability that one such defect issues wrong certificates at this town. */
  wrongIssuanceTownProbability: probability(),
  /** Wrong certificates issued at the town when it is hit. */
  wrongIssuanceDocuments: quantitySpec,
  /** Persons named on one certificate (a 住民票の写し lists a household). */
  personsPerDocument: positive(),
  /** Probability that the town's wrong certificates include one bearing a My Number. */
  myNumberProbability: probability(),
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
