import { loadText, type ValidateResult } from '../load/index.ts';
import { scenarioSchema, type Scenario } from '../schema/index.ts';

/**
 * Parses and validates a scenario file's text (YAML, or JSON when `file` ends in `.json`). Never throws
 * for a user's mistake: every problem comes back at once as a located issue (`file:line:col`), ready
 * for `formatIssues(issues, 'ja' | 'en')`.
 *
 * @example
 * const loaded = loadScenario(text, 'town.yaml');
 * if (!loaded.ok) console.error(formatIssues(loaded.issues, 'ja'));
 */
export function loadScenario(text: string, file: string): ValidateResult<Scenario> {
  return loadText(scenarioSchema, text, file);
}
