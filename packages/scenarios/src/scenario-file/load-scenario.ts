import { parseText, sortIssues, validateData, type ScenarioIssue, type ValidateResult } from '../load/index.ts';
import { makeIssue } from '../load/issue.ts';
import { BOUNDS, scenarioSchema, type Scenario } from '../schema/index.ts';
import { eventsAfterHorizon } from './events-after-horizon.ts';
import { unreachableRegions } from './unreachable-regions.ts';

/** What the caller of `loadScenario` knows about the run to come. */
export interface LoadScenarioOptions {
  /** The years that will be simulated: a scripted event after them is an issue, not silently unreached. */
  readonly horizonYears?: number;
}

/**
 * Parses and validates a scenario file's text (YAML, or JSON when `file` ends in `.json`). Never throws
 * for a user's mistake: every problem comes back at once as a located issue (`file:line:col`), ready
 * for `formatIssues(issues, 'ja' | 'en')`. Seismic regions whose rate cannot be calibrated are issues
 * at their `referenceSite` (`unreachableRegions`); with `horizonYears`, scripted events the run would
 * never reach are issues too (`eventsAfterHorizon`), at their `at`.
 *
 * @example
 * const loaded = loadScenario(text, 'town.yaml', { horizonYears: 10 });
 * if (!loaded.ok) console.error(formatIssues(loaded.issues, 'ja'));
 */
export function loadScenario(text: string, file: string, options: LoadScenarioOptions = {}): ValidateResult<Scenario> {
  const parsed = parseText(text, file);
  if (!parsed.ok) return { ok: false, issues: sortIssues(parsed.issues) };
  const result = validateData(scenarioSchema, parsed, file);
  if (!result.ok) return { ok: false, issues: sortIssues(result.issues) };
  const issues: ScenarioIssue[] = unreachableRegions(result.value).map(({ index, ...params }) => {
    const path = ['hazards', 'earthquake', 'regions', index, 'referenceSite'];
    return makeIssue(file, parsed.locate(path), path, 'regionUnreachable', { ...params, maximum: BOUNDS.annualRate });
  });
  if (options.horizonYears !== undefined) {
    for (const { index, ...params } of eventsAfterHorizon(result.value, options.horizonYears)) {
      const path = ['events', index, 'at'];
      issues.push(makeIssue(file, parsed.locate(path), path, 'eventAfterHorizon', params));
    }
  }
  return issues.length === 0 ? result : { ok: false, issues: sortIssues(issues) };
}
