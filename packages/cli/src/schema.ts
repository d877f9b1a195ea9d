import { scenarioJsonSchema, type Lang } from '@machi/scenarios';

/**
 * `machi schema`: the JSON Schema of scenario files, 2-space indented, ending in "\n" — for editors
 * (`# yaml-language-server: $schema=…`) and other tools. Every property carries its label (`title`)
 * and a sentence (`description`) in `lang`.
 *
 * @example
 * JSON.parse(schemaCommand('en')).$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function schemaCommand(lang: Lang): string {
  return `${JSON.stringify(scenarioJsonSchema(lang), null, 2)}\n`;
}
