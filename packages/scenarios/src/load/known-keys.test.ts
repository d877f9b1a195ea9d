import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { knownKeysAt } from './known-keys.ts';

describe('knownKeysAt', () => {
  it('knownKeysAt(schema, data, path) follows objects, arrays, optionals, defaults and pipes', () => {
    const schema = z.strictObject({
      systems: z.array(z.strictObject({ id: z.string(), rto: z.number() }).transform((s) => s)).default([]).optional(),
    });
    expect(knownKeysAt(schema, { systems: [{}] }, ['systems', 0])).toEqual(['id', 'rto']);
    expect(knownKeysAt(schema, {}, [])).toEqual(['systems']);
  });

  it('picks the union branch the data was meant for: by discriminator, else by fewest issues', () => {
    const plain = z.union([z.strictObject({ cloud: z.string(), region: z.string() }), z.strictObject({ rack: z.number() })]);
    expect(knownKeysAt(plain, { rack: 1, extra: 1 }, [])).toEqual(['rack']);
    const tagged = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('quake'), magnitude: z.number() }),
      z.strictObject({ type: z.literal('flood'), depthM: z.number() }),
    ]);
    expect(knownKeysAt(tagged, { type: 'flood', depth: 1 }, [])).toEqual(['type', 'depthM']);
  });

  it('lists the keys of records over an enum, intersections and lazy schemas', () => {
    expect(knownKeysAt(z.record(z.enum(['low', 'high']), z.number()), {}, [])).toEqual(['low', 'high']);
    expect(knownKeysAt(z.intersection(z.object({ a: z.number() }), z.object({ b: z.number() })), {}, [])).toEqual(['a', 'b']);
    const node: z.ZodType = z.lazy(() => z.strictObject({ name: z.string(), children: z.array(node) }));
    expect(knownKeysAt(node, { children: [{ children: [{}] }] }, ['children', 0, 'children', 0])).toEqual(['name', 'children']);
  });

  it('is undefined where the schema has no fixed keys or the path leaves the schema', () => {
    expect(knownKeysAt(z.record(z.string(), z.number()), {}, [])).toBeUndefined();
    expect(knownKeysAt(z.strictObject({ a: z.number() }), {}, ['b'])).toBeUndefined();
  });
});
