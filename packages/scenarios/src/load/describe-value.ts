import type { Received } from './issue.ts';

/** The value at `path` in `data`, and whether every step of the path exists. */
export interface Lookup {
  readonly found: boolean;
  readonly value: unknown;
}

/**
 * Follows `path` through plain parsed data (own properties and array indices only).
 *
 * @example
 * valueAt({ a: [1, 2] }, ['a', 1]); // { found: true, value: 2 }
 * valueAt({ a: {} }, ['a', 'b']); // { found: false, value: undefined }
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): Lookup {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) {
      return { found: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value };
}

/**
 * What a parsed value is, for "expected X, got Y" messages: its kind, and the value itself when it is
 * a primitive (messages truncate it).
 *
 * @example
 * receivedOf('abc'); // { kind: 'string', value: 'abc' }
 * receivedOf([1]); // { kind: 'array' }
 */
export function receivedOf(value: unknown): Received {
  if (value === null || value === undefined) return { kind: 'null', value: null };
  if (Array.isArray(value)) return { kind: 'array' };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'number':
      return { kind: 'number', value };
    case 'boolean':
      return { kind: 'boolean', value };
    default:
      return { kind: 'object' };
  }
}
