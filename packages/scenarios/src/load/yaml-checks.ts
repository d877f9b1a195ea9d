/**
 * Checks on a composed YAML document for what the parser accepts but plain scenario data must not
 * hold (merge keys, dangling or circular aliases), and a lookup that gives parser errors a data path.
 */
import { isAlias, isScalar, visit, type Document } from 'yaml';
import type { IssueCode, IssueParams } from './issue.ts';
import { dataPath } from './yaml-tree.ts';

/** A problem found in a YAML document, at a text offset and (when known) a data path. */
export type YamlProblem = { offset: number; path?: (string | number)[] } & {
  [C in IssueCode]: { code: C; params: IssueParams[C] };
}[IssueCode];

/** The data path of the first tagged node after `offset`: the node a tag ending there belongs to. */
export function taggedPath(doc: Document.Parsed, offset: number): (string | number)[] {
  let path: (string | number)[] = [];
  visit(doc, {
    Node(_, node, ancestors) {
      if (node.tag === undefined || (node.range?.[0] ?? -1) < offset) return undefined;
      path = dataPath(ancestors, node);
      return visit.BREAK;
    },
  });
  return path;
}

/** Plain `<<` keys: YAML 1.2 has no merge keys, and silently keeping `<<` as data would mislead. */
export function mergeKeys(doc: Document.Parsed): YamlProblem[] {
  const found: YamlProblem[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const key = pair.key;
      if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
        const path = [...dataPath(ancestors, pair), '<<'];
        found.push({ offset: key.range?.[0] ?? 0, path, code: 'mergeKey', params: {} });
      }
    },
  });
  return found;
}

/**
 * Aliases the parser lets through but data cannot hold: one whose anchor is not defined before it,
 * and one inside the very node it names (the data would be circular).
 */
export function badAliases(doc: Document.Parsed): YamlProblem[] {
  const latest = new Map<string, unknown>();
  const found: YamlProblem[] = [];
  visit(doc, {
    Node(_, node, ancestors) {
      if (!isAlias(node)) {
        if (node.anchor !== undefined) latest.set(node.anchor, node);
        return;
      }
      const target = latest.get(node.source);
      const at = { offset: node.range?.[0] ?? 0, path: dataPath(ancestors, node), params: { name: node.source } };
      // An empty alias name is already a syntax error.
      if (target === undefined && node.source !== '') found.push({ ...at, code: 'unknownAlias' });
      else if ((ancestors as readonly unknown[]).includes(target)) found.push({ ...at, code: 'recursiveAlias' });
    },
  });
  return found;
}

/** Where the first alias is, to locate a failure while expanding aliases. */
export function firstAlias(doc: Document.Parsed): { offset: number; path: (string | number)[] } {
  let found = { offset: 0, path: [] as (string | number)[] };
  visit(doc, {
    Alias(_, alias, ancestors) {
      found = { offset: alias.range?.[0] ?? 0, path: dataPath(ancestors, alias) };
      return visit.BREAK;
    },
  });
  return found;
}
