import { scenarioJsonSchema } from '@machi/scenarios';

/**
 * `machi schema`: the JSON Schema of scenario files, 2-space indented, ending in "\n" — for editors
 * (`# yaml-language-server: $schema=…`) and other tools.
 *
 * @example
 * JSON.parse(schemaCommand()).$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function schemaCommand(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
