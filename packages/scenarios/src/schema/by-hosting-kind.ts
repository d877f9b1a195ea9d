import { z } from 'zod';
import { HOSTING_KINDS, type HostingKind } from '../vocabulary/hosting-kinds.ts';

/**
 * A mapping with one value per hosting kind, every kind required, in `HOSTING_KINDS` order (the order
 * of the canonical JSON).
 *
 * @example
 * byHostingKind(probability) // { onprem: …, housing: …, 'community-cloud': …, 'public-cloud': … }
 */
export function byHostingKind<T extends z.ZodType>(value: () => T) {
  return z.strictObject(Object.fromEntries(HOSTING_KINDS.map((k) => [k, value()])) as Record<HostingKind, T>);
}
