import { scenarioJsonSchema, type Lang } from '@machi/scenarios';
import type { Messages } from './messages.ts';

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

/**
 * The schema file a scenario's yaml-language-server line names, relative to the scenario (what
 * `machi schema > machi-scenario.schema.json` writes): a local file rather than an address, because
 * the schema must be the one of the machi that runs the file (fields change between versions), an
 * office network may not reach the internet, and the project publishes no schema address.
 */
export const SCHEMA_FILE = 'machi-scenario.schema.json';

/**
 * The first lines of a scenario file written for people to edit: the yaml-language-server line that
 * makes editors (VS Code with the YAML extension, and others using yaml-language-server) validate and
 * complete it against `SCHEMA_FILE`, then a comment saying how to write that file.
 *
 * @example
 * schemaModeline(messagesFor('en')).split('\n')[0]; // '# yaml-language-server: $schema=./machi-scenario.schema.json'
 */
export function schemaModeline(t: Messages): string {
  return `# yaml-language-server: $schema=./${SCHEMA_FILE}\n# ${t.schemaFileHint(SCHEMA_FILE)}\n`;
}
