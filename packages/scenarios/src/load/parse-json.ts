import { makeIssue } from './issue.ts';
import { lineStarts, positionAt } from './line-index.ts';
import type { ParseResult } from './parse-result.ts';
import { scanJson } from './scan-json.ts';
import { makeLocator } from './source-tree.ts';

/**
 * Parses strict JSON; a syntax error or a duplicate key becomes one located issue. Never throws.
 *
 * @example
 * parseJson('{"a": 1,}', 'town.json'); // { ok: false, issues: [{ line: 1, column: 8, code: 'jsonTrailingComma', … }] }
 */
export function parseJson(text: string, file: string): ParseResult {
  const scan = scanJson(text);
  if (!scan.ok) {
    const { offset, code, params } = scan.problem;
    const at = positionAt(lineStarts(text), offset);
    return { ok: false, issues: [makeIssue(file, at, [], code, params)] };
  }
  // The scan accepted exactly RFC 8259 JSON, which JSON.parse accepts too.
  const data: unknown = JSON.parse(text);
  return { ok: true, data, ...makeLocator(scan.tree, text) };
}
