import type { Lang } from '../load/index.ts';
import { fieldWords } from './field-words.ts';

type JsonObject = Record<string, unknown>;

/** A property of a JSON Schema met by `eachProperty`: its name, the enclosing property's, and its schema. */
export interface SchemaProperty {
  readonly name: string;
  readonly parent: string | undefined;
  readonly schema: JsonObject;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Calls `visit` for every property a JSON Schema declares (in `properties`), at any depth: inside items,
 * maps (`additionalProperties`), unions and `$defs`, with the nearest enclosing property's name. The keys
 * of maps keyed by a vocabulary (`propertyNames.enum`) are visited as properties too, since reports word
 * them. In document order, so deterministic.
 */
export function eachProperty(schema: unknown, visit: (property: SchemaProperty) => void, parent?: string): void {
  if (Array.isArray(schema)) return schema.forEach((s) => eachProperty(s, visit, parent));
  if (!isObject(schema)) return;
  const properties = schema['properties'];
  if (isObject(properties)) {
    for (const [name, child] of Object.entries(properties)) {
      if (!isObject(child)) continue;
      visit({ name, parent, schema: child });
      eachProperty(child, visit, name);
    }
  }
  const keys = schema['propertyNames'];
  if (isObject(keys) && Array.isArray(keys['enum'])) {
    for (const name of keys['enum']) if (typeof name === 'string') visit({ name, parent, schema: {} });
  }
  for (const key of ['items', 'prefixItems', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not']) eachProperty(schema[key], visit, parent);
  if (isObject(schema['$defs'])) for (const def of Object.values(schema['$defs'])) eachProperty(def, visit, undefined);
}

/**
 * A copy of `schema` in which every declared property carries its words in `lang`: `title` (the short
 * label) and `description` (a sentence), which yaml-language-server and VS Code show on hover and in
 * completion. A property without words is left as it is (the words tests fail for it). Pure.
 *
 * @example
 * describedJsonSchema(scenarioJsonSchema(), 'ja');
 */
export function describedJsonSchema(schema: JsonObject, lang: Lang): JsonObject {
  const copy = structuredClone(schema);
  eachProperty(copy, ({ name, parent, schema: property }) => {
    const words = fieldWords(name, parent, lang);
    if (words === undefined || Object.keys(property).length === 0) return;
    property['title'] = words.label;
    property['description'] = words.description;
  });
  return copy;
}
