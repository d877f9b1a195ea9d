import { describedJsonSchema } from '../field-words/index.ts';
import { toJsonSchema, type Lang } from '../load/index.ts';
import { scenarioSchema } from '../schema/index.ts';

/**
 * The JSON Schema (draft 2020-12) of scenario files, for editors to autocomplete and check them: every
 * property with a `title` and a `description` in `lang` (default English).
 */
export function scenarioJsonSchema(lang: Lang = 'en'): Record<string, unknown> {
  return describedJsonSchema(toJsonSchema(scenarioSchema, { title: 'Machi scenario', id: 'https://machi.invalid/schema/scenario.json' }), lang);
}
