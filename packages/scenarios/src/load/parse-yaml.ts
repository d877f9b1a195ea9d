import { parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { makeIssue } from './issue.ts';
import { lineStarts, positionAt } from './line-index.ts';
import type { ParseResult } from './parse-result.ts';
import { makeLocator } from './source-tree.ts';
import { duplicateKeys } from './unique-keys.ts';
import { badAliases, firstAlias, mergeKeys, taggedPath, type YamlProblem } from './yaml-checks.ts';
import { yamlSourceTree } from './yaml-tree.ts';

/** Alias expansions allowed per file; a scenario reuses a few anchors, an attack needs thousands. */
export const MAX_ALIAS_COUNT = 100;

const CORE_TAGS = new Set(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

// YAML 1.2 core schema: dates and `yes` stay strings, `<<` is an ordinary key (rejected below), and
// without the yaml-1.1 tags (`!!binary`, `!!set`, `!!timestamp`) every other tag is a warning.
const OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  // Checked by `duplicateKeys` instead, in linear time (the parser's own check is quadratic).
  uniqueKeys: false,
  stringKeys: true,
  strict: true,
  prettyErrors: false,
  logLevel: 'silent',
} as const;

/**
 * Parses a single YAML 1.2 document as plain data. All the parser's errors and warnings, a second
 * document, merge keys `<<`, non-core tags and bad aliases are reported together; excessive alias
 * expansion ("billion laughs") is one issue at the first alias. Never throws for bad input.
 *
 * @example
 * parseYaml('a: !!js/function x', 'town.yaml'); // { ok: false, issues: [{ line: 1, column: 4, code: 'forbiddenTag', … }] }
 */
export function parseYaml(text: string, file: string): ParseResult {
  const starts = lineStarts(text);
  const fail = (problems: YamlProblem[]): ParseResult => ({
    ok: false,
    issues: problems.map(({ offset, path, code, params }) =>
      makeIssue(file, positionAt(starts, offset), path ?? [], code, params),
    ),
  });
  try {
    const docs = parseAllDocuments(text, OPTIONS);
    const doc = docs[0];
    if (doc === undefined) return { ok: true, data: null, ...makeLocator({ offset: 0 }, text) };
    const problems = firstSyntaxErrorPerLine([...doc.errors, ...doc.warnings], starts).map((error) =>
      describeYamlError(error, doc, text),
    );
    problems.push(...duplicateKeys(doc), ...mergeKeys(doc), ...badAliases(doc));
    const second = docs[1];
    if (second !== undefined) problems.push({ offset: second.range[0], code: 'multipleDocuments', params: {} });
    if (problems.length > 0) return fail(problems);
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      const at = firstAlias(doc);
      return fail([
        error.message.startsWith('Excessive alias count')
          ? { ...at, code: 'aliasLimit', params: { maxAliasCount: MAX_ALIAS_COUNT } }
          : { ...at, code: 'yamlSyntax', params: { yamlCode: 'BAD_ALIAS', detail: error.message } },
      ]);
    }
    return { ok: true, data, ...makeLocator(yamlSourceTree(doc.contents, 0), text) };
  } catch (error) {
    // A stack overflow on absurd nesting is the one failure expected here; anything else is a bug.
    if (error instanceof RangeError) return fail([{ offset: 0, code: 'nestingTooDeep', params: {} }]);
    throw error;
  }
}

/** One mistake often trips the parser several times on its line; the first error says it best. */
function firstSyntaxErrorPerLine(errors: readonly YAMLError[], starts: readonly number[]): YAMLError[] {
  const seen = new Set<number>();
  return errors.filter((error) => {
    if (error.code === 'TAG_RESOLVE_FAILED') return true;
    const line = positionAt(starts, error.pos[0]).line;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function describeYamlError(error: YAMLError, doc: Document.Parsed, text: string): YamlProblem {
  const offset = error.pos[0];
  const source = text.slice(offset, error.pos[1]);
  switch (error.code) {
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      if (!source.startsWith('!')) break;
      return {
        offset,
        path: taggedPath(doc, error.pos[1]),
        code: CORE_TAGS.has(source) ? 'tagMismatch' : 'forbiddenTag',
        params: { tag: source },
      };
    case 'NON_STRING_KEY':
      return { offset, code: 'complexKey', params: {} };
    case 'RESOURCE_EXHAUSTION':
      return { offset, code: 'nestingTooDeep', params: {} };
  }
  return { offset, code: 'yamlSyntax', params: { yamlCode: error.code, detail: error.message.split('\n')[0] } };
}
