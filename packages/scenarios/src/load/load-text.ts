import type * as z from 'zod';
import { parseText } from './parse-text.ts';
import { sortIssues } from './sort-issues.ts';
import { validateData, type ValidateResult } from './validate.ts';

/**
 * Parses a scenario file's text (`parseText`) and checks it against `schema` (`validateData`). A
 * user's mistake never throws: it comes back as issues, sorted in reading order — all syntax issues
 * if the text cannot be read, else every schema issue at once.
 *
 * @example
 * const result = loadText(scenarioSchema, text, 'town.yaml');
 * if (!result.ok) console.error(formatIssues(result.issues, 'ja'));
 */
export function loadText<S extends z.ZodType>(schema: S, text: string, file: string): ValidateResult<z.output<S>> {
  const parsed = parseText(text, file);
  const result = parsed.ok ? validateData(schema, parsed, file) : parsed;
  return result.ok ? result : { ok: false, issues: sortIssues(result.issues) };
}
