import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toJsonSchema } from './json-schema.ts';

const schema = z.strictObject({
  name: z.string().min(1),
  hosting: z.enum(['onprem', 'cloud']).default('onprem'),
  backups: z.array(z.strictObject({ intervalHours: z.number().positive() })).default([]),
});

describe('toJsonSchema', () => {
  it('describes the input side: fields with defaults are optional, strict objects forbid other keys', () => {
    expect(toJsonSchema(schema, { title: 'Machi scenario', id: 'https://machi.example/scenario.json' })).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://machi.example/scenario.json',
      title: 'Machi scenario',
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1 },
        hosting: { type: 'string', enum: ['onprem', 'cloud'], default: 'onprem' },
        backups: {
          type: 'array',
          default: [],
          items: {
            type: 'object',
            properties: { intervalHours: { type: 'number', exclusiveMinimum: 0 } },
            required: ['intervalHours'],
            additionalProperties: false,
          },
        },
      },
      required: ['name'],
      additionalProperties: false,
    });
  });

  it('puts $schema, $id and title first and is byte-stable across calls', () => {
    const first = JSON.stringify(toJsonSchema(schema, { title: 'T', id: 'I' }));
    expect(JSON.stringify(toJsonSchema(schema, { title: 'T', id: 'I' }))).toBe(first);
    expect(Object.keys(JSON.parse(first) as object).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'type']);
  });

  it('without options, adds neither $id nor title', () => {
    expect(Object.keys(toJsonSchema(z.strictObject({ a: z.number() })))).toEqual([
      '$schema', 'type', 'properties', 'required', 'additionalProperties',
    ]);
  });
});
