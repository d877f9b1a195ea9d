import { parseJson } from './parse-json.ts';
import type { ParseResult } from './parse-result.ts';
import { parseYaml } from './parse-yaml.ts';

/**
 * Parses a scenario file's text as plain data: strict JSON when `file` ends in `.json`, otherwise a
 * single YAML 1.2 (core schema) document. Problems come back as located issues, never as exceptions;
 * on success, `locate(path)` and `locateKey(path)` give the 1-based line and column of a data path.
 * A leading byte-order mark is ignored.
 *
 * @example
 * const parsed = parseText('start: 2027-04-01\n', 'town.yaml');
 * parsed.ok && parsed.data; // { start: '2027-04-01' } — dates stay strings
 * parsed.ok && parsed.locate(['start']); // { line: 1, column: 8 }
 */
export function parseText(text: string, file: string): ParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return file.toLowerCase().endsWith('.json') ? parseJson(source, file) : parseYaml(source, file);
}
