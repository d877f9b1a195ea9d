import { toJsonSchema } from '../load/index.ts';
import { scenarioSchema } from '../schema/index.ts';

/** The JSON Schema (draft 2020-12) of scenario files, for editors to autocomplete and check them. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return toJsonSchema(scenarioSchema, { title: 'Machi scenario', id: 'https://machi.invalid/schema/scenario.json' });
}
