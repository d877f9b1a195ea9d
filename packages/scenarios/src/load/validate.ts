import type * as z from 'zod';
import type { ScenarioIssue } from './issue.ts';
import { mapZodIssue } from './map-zod-issue.ts';
import type { ParseSuccess } from './parse-result.ts';

export type ValidateResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: ScenarioIssue[] };

/**
 * Checks parsed data against any zod schema and reports every problem at once, each located in the
 * file. Deterministic: issues come in zod's order (sort them with `sortIssues` to present).
 * Throws only what the schema itself throws (e.g. an async refinement), which is a programmer's bug.
 *
 * @example
 * const parsed = parseText('name: 3\n', 'town.yaml');
 * if (parsed.ok) validateData(z.strictObject({ name: z.string() }), parsed, 'town.yaml');
 * // { ok: false, issues: [{ line: 1, column: 7, path: ['name'], code: 'invalidType', … }] }
 */
export function validateData<S extends z.ZodType>(
  schema: S,
  parsed: ParseSuccess,
  file: string,
): ValidateResult<z.output<S>> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, value: result.data };
  const ctx = { file, schema, data: parsed.data, locator: parsed };
  return { ok: false, issues: result.error.issues.flatMap((issue) => mapZodIssue(issue, ctx)) };
}
