import * as z from 'zod';

export interface JsonSchemaOptions {
  readonly title?: string;
  readonly id?: string;
}

/**
 * The JSON Schema (draft 2020-12) of what a user may write for `schema`: the input side, so fields
 * with defaults are optional, and strict objects forbid other properties (`additionalProperties:
 * false`). Key order is fixed — `$schema`, `$id`, `title`, then zod's order, which follows the
 * schema's definition — so the output is byte-stable. `options` override an id or title set with
 * `.meta()`. Throws if `schema` holds a type JSON Schema cannot express (a programmer's error).
 *
 * @example
 * JSON.stringify(toJsonSchema(scenarioSchema, { title: 'Machi scenario', id: 'https://example.org/machi.json' }));
 */
export function toJsonSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, $id, title, ...body } = generated;
  const id = options.id ?? $id;
  const name = options.title ?? title;
  return {
    $schema,
    ...(id === undefined ? {} : { $id: id }),
    ...(name === undefined ? {} : { title: name }),
    ...body,
  };
}
