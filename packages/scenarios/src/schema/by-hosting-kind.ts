import { z } from 'zod';
import { HOSTING_KINDS, type HostingKind } from '../vocabulary/hosting-kinds.ts';

/**
 * A mapping with one value per hosting kind, in `HOSTING_KINDS` order (the order of the canonical JSON).
 * Each kind may be left out: a scenario needs a value only for the kinds its sites have, so a hosting
 * kind added to Machi later does not make existing files invalid. `checkReferences` requires the kinds
 * in use, located at the mapping.
 *
 * @example
 * byHostingKind(probability) // { onprem?: …, housing?: …, 'community-cloud'?: …, 'public-cloud'?: … }
 */
export function byHostingKind<T extends z.ZodType>(value: () => T) {
  return z.strictObject(Object.fromEntries(HOSTING_KINDS.map((k) => [k, value().optional()])) as Record<HostingKind, z.ZodOptional<T>>);
}

/** A value per hosting kind, some kinds possibly absent (see `byHostingKind`). */
export type ByHostingKind<T> = { readonly [K in HostingKind]?: T | undefined };

/**
 * The value for one kind of a validated mapping.
 *
 * @throws RangeError when the kind has no value (validation requires every kind a site has, so only an
 *   unvalidated scenario gets here).
 * @example
 * valueForKind({ onprem: 0.9 }, 'onprem'); // 0.9
 */
export function valueForKind<T>(values: ByHostingKind<T>, kind: HostingKind): T {
  const value = values[kind];
  if (value === undefined) throw new RangeError(`no value for hosting kind "${kind}"`);
  return value;
}
