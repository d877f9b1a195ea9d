import type * as z from 'zod';
import { bestBranch } from './best-branch.ts';

type Schema = z.core.$ZodType;

/** The parts of zod's internal definitions this walk reads (zod v4 `schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly getter?: () => Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly items?: readonly Schema[];
  readonly rest?: Schema | null;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly left?: Schema;
  readonly right?: Schema;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/**
 * The keys an object schema accepts at `path` of `data`, in the schema's order, or undefined when the
 * schema there is not an object (or a record over a fixed set of keys). Unions are resolved the way
 * the value was most likely meant: by discriminator, else by the branch with the fewest issues.
 *
 * @example
 * knownKeysAt(z.strictObject({ items: z.array(z.strictObject({ name: z.string() })) }), data, ['items', 0]); // ['name']
 */
export function knownKeysAt(schema: Schema, data: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let value = data;
  let current: Schema | undefined = unwrap(schema, value);
  for (const segment of path) {
    current = child(current, segment);
    if (current === undefined) return undefined;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    current = unwrap(current, value);
  }
  return keysOf(current);
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

function unwrap(schema: Schema, value: unknown): Schema {
  let current = schema;
  for (let guard = 0; guard < 100; guard++) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type) ? def.innerType
      : def.type === 'pipe' ? def.in
      : def.type === 'lazy' ? def.getter?.()
      : def.type === 'union' ? chooseOption(def, value)
      : undefined;
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function chooseOption(def: Def, value: unknown): Schema | undefined {
  const options = def.options ?? [];
  const disc = def.discriminator;
  if (disc !== undefined && typeof value === 'object' && value !== null) {
    const tag = (value as Record<string, unknown>)[disc];
    const valuesOf = (o: Schema) => (o._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[disc];
    const match = options.find((o) => valuesOf(o)?.has(tag));
    if (match !== undefined) return match;
  }
  const results = options.map((o) => (o as z.ZodType).safeParse(value));
  const best = bestBranch(results.map((r) => r.error?.issues ?? []));
  return options[best];
}

function child(schema: Schema, segment: PropertyKey): Schema | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return typeof segment === 'string' && def.shape !== undefined && Object.hasOwn(def.shape, segment)
        ? def.shape[segment]
        : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    case 'tuple':
      return (typeof segment === 'number' ? def.items?.[segment] : undefined) ?? def.rest ?? undefined;
    case 'intersection':
      return (def.left && child(unwrap(def.left, undefined), segment)) ??
        (def.right && child(unwrap(def.right, undefined), segment));
    default:
      return undefined;
  }
}

function keysOf(schema: Schema): string[] | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'record' && def.keyType !== undefined) {
    const values = (def.keyType._zod as { values?: Set<unknown> }).values;
    return values === undefined ? undefined : [...values].map(String);
  }
  if (def.type === 'intersection' && def.left !== undefined && def.right !== undefined) {
    const left = keysOf(unwrap(def.left, undefined)) ?? [];
    const right = keysOf(unwrap(def.right, undefined)) ?? [];
    return [...new Set([...left, ...right])];
  }
  return undefined;
}
