import { z } from 'zod';
import { DATA_CLASSES, type DataClass } from './data-class.ts';
import { INCIDENT_KINDS, type IncidentKind } from './incident-kind.ts';

// One shape, two strictness levels: a hand-written classification file must not carry misspelt
// fields, while a full simulator outcome record carries many fields the policy does not read.
const shape = {
  kinds: z.array(z.enum(INCIDENT_KINDS)).min(1),
  personsAffected: z.number().int().nonnegative(),
  dataClasses: z.array(z.enum(DATA_CLASSES)).default([]),
  maliciousIntent: z.boolean().default(false),
  directHarm: z.boolean().default(false),
  highlyEncrypted: z.boolean().default(false),
  recoveredUnviewed: z.boolean().default(false),
  criticalDowntimeHours: z.number().nonnegative().default(0),
};

/**
 * The facts about one incident that a policy reads: its kinds (a ransomware attack with data theft
 * is `['leak', 'damage']`), how many persons' data it touched, the classes of that data, whether it
 * was malicious, caused direct (e.g. financial) harm, touched only highly encrypted data or was
 * recovered before anyone viewed it, and the longest downtime of a critical service in hours.
 * `loss`/`damage` should only be listed when the data cannot be restored from a copy the incident
 * did not reach ([ppc-guideline-general] 3-5-1). Unknown fields are errors; missing optional fields take their
 * defaults (no data classes, `false`, 0 hours).
 *
 * @example
 * classificationInputSchema.parse({ kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] });
 */
export const classificationInputSchema = z.strictObject(shape);

/**
 * {@link classificationInputSchema} for a full simulator outcome record: the same fields and rules,
 * other fields accepted and kept (`machi classify outcome.json`).
 *
 * @example
 * outcomeForClassificationSchema.parse({ kinds: ['outage'], personsAffected: 0, systemId: 'registry' });
 */
export const outcomeForClassificationSchema = z.looseObject(shape);

/**
 * What `evaluatePolicy` reads: the schema's input, read-only, so optional fields may be absent and
 * any object with at least these fields (such as a simulator outcome record) fits.
 */
export interface ClassificationInput {
  readonly kinds: readonly IncidentKind[];
  readonly personsAffected: number;
  readonly dataClasses?: readonly DataClass[];
  readonly maliciousIntent?: boolean;
  readonly directHarm?: boolean;
  readonly highlyEncrypted?: boolean;
  readonly recoveredUnviewed?: boolean;
  readonly criticalDowntimeHours?: number;
}

// What both schemas accept and return must fit the hand-written type: a field whose type changes in
// the schema fails the type check here.
type Fits<T extends ClassificationInput> = T;
type _ClassificationInputChecks = [
  Fits<z.input<typeof classificationInputSchema>>,
  Fits<z.output<typeof outcomeForClassificationSchema>>,
];
