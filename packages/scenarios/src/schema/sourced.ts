import { z } from 'zod';

/**
 * A number that may carry its provenance: either a plain number or `{ value, source }`, where `source`
 * names a document and section (`"base-rates.md#7.1"`, a URL) or starts with `"assumption"`. Parsing
 * yields the plain number; the provenance stays in the validated input and is collected by
 * `collectProvenance`, because YAML comments would not survive a round trip.
 *
 * @example
 * sourced(z.number().min(0)).parse({ value: 15000, source: 'base-rates.md#7.1' }) // 15000
 */
export const sourced = (inner: z.ZodNumber) =>
  z
    .union([inner, z.strictObject({ value: inner, source: z.string().min(1) })])
    .transform((v): number => (typeof v === 'number' ? v : (v as { value: number }).value));

/** A probability (0..1) that may carry its source. */
export const probability = () => sourced(z.number().min(0).max(1));
/** A non-negative number that may carry its source. */
export const nonNegative = () => sourced(z.number().min(0));
/** A strictly positive number that may carry its source. */
export const positive = () => sourced(z.number().positive());
/** A non-negative integer that may carry its source. */
export const count = () => sourced(z.int().min(0));
/** A positive integer that may carry its source. */
export const positiveCount = () => sourced(z.int().min(1));

/** Identifiers are kebab-case or camelCase words, stable across files and reports. */
export const id = () =>
  z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'letters, digits and "-", starting with a letter');

/** A text shown to people: one string, or one per language. */
export const label = () => z.union([z.string().min(1), z.strictObject({ ja: z.string().min(1), en: z.string().min(1) })]);

/** A name as a scenario may write it: one string, or one per language. */
export type Label = z.output<ReturnType<typeof label>>;

export const latLon = () =>
  z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
