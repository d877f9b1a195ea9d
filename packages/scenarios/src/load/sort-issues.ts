import { formatPath } from './format-path.ts';
import type { ScenarioIssue } from './issue.ts';

/**
 * Issues in reading order: by file, line, column, then printed path; equal ones keep their order.
 * Returns a new array.
 *
 * @example
 * sortIssues([{ line: 9, … }, { line: 2, … }]).map((i) => i.line); // [2, 9]
 */
export function sortIssues(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  const keyed = issues.map((issue) => ({ issue, path: formatPath(issue.path) }));
  keyed.sort(
    (a, b) =>
      compare(a.issue.file, b.issue.file) ||
      a.issue.line - b.issue.line ||
      a.issue.column - b.issue.column ||
      compare(a.path, b.path),
  );
  return keyed.map((k) => k.issue);
}

// Code-unit order, not localeCompare: the same on every engine and locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
