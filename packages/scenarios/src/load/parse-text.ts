import { dataIssues } from './data-checks.ts';
import { encodingProblem } from './encoding.ts';
import { lineCount, MAX_FILE_BYTES, MAX_FILE_LINES, utf8Length } from './file-size.ts';
import { makeIssue } from './issue.ts';
import { lineStarts, positionAt } from './line-index.ts';
import { parseJson } from './parse-json.ts';
import type { ParseResult } from './parse-result.ts';
import { parseYaml } from './parse-yaml.ts';

/**
 * Parses a scenario file's text as plain data: strict JSON when `file` ends in `.json`, otherwise a
 * single YAML 1.2 (core schema) document. Problems come back as located issues, never as exceptions;
 * on success, `locate(path)` and `locateKey(path)` give the 1-based line and column of a data path.
 * A leading byte-order mark is ignored. Before parsing, a file over `MAX_FILE_BYTES` or
 * `MAX_FILE_LINES`, or one that was
 * not UTF-8 (UTF-16, Shift_JIS: `encodingProblem`) is one issue saying so; after, `__proto__` keys and
 * characters that are not text are issues at their place (`dataIssues`).
 *
 * @example
 * const parsed = parseText('start: 2027-04-01\n', 'town.yaml');
 * parsed.ok && parsed.data; // { start: '2027-04-01' } — dates stay strings
 * parsed.ok && parsed.locate(['start']); // { line: 1, column: 8 }
 */
export function parseText(text: string, file: string): ParseResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, issues: [makeIssue(file, { line: 1, column: 1 }, [], 'fileTooLarge', { bytes, maximumBytes: MAX_FILE_BYTES })] };
  }
  const lines = lineCount(text);
  if (lines > MAX_FILE_LINES) {
    return { ok: false, issues: [makeIssue(file, { line: MAX_FILE_LINES + 1, column: 1 }, [], 'tooManyLines', { lines, maximumLines: MAX_FILE_LINES })] };
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const foreign = encodingProblem(source);
  if (foreign !== undefined) {
    const at = positionAt(lineStarts(source), foreign.offset);
    return { ok: false, issues: [makeIssue(file, at, [], 'notUtf8', { encoding: foreign.encoding })] };
  }
  const parsed = file.toLowerCase().endsWith('.json') ? parseJson(source, file) : parseYaml(source, file);
  if (!parsed.ok) return parsed;
  const issues = dataIssues(parsed.data, parsed, file);
  return issues.length === 0 ? parsed : { ok: false, issues };
}
