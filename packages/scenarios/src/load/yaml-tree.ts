import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { SourceEntry, SourceNode } from './source-tree.ts';

/**
 * The `SourceNode` tree of a composed YAML node (`doc.contents`). Aliases stay leaves, so a
 * "billion laughs" file costs no more here than its text.
 *
 * @example
 * yamlSourceTree(parseDocument('a: 1').contents, 0).entries?.get('a'); // { keyOffset: 0, value: { offset: 3 } }
 */
export function yamlSourceTree(node: unknown, fallbackOffset: number): SourceNode {
  const offset = offsetOf(node) ?? fallbackOffset;
  if (isAlias(node)) return { offset };
  if (isMap(node)) {
    const entries = new Map<string, SourceEntry>();
    for (const pair of node.items) {
      const key = keyString(pair.key);
      const keyOffset = offsetOf(pair.key) ?? offset;
      // Duplicate keys are reported as errors before this runs; keep the first anyway.
      if (!entries.has(key)) entries.set(key, { keyOffset, value: yamlSourceTree(pair.value, keyOffset) });
    }
    return { offset, entries };
  }
  if (isSeq(node)) return { offset, items: node.items.map((item) => yamlSourceTree(item, offset)) };
  return { offset };
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range?.[0];
}

/**
 * The data path of `node` from the ancestors `yaml`'s `visit` passes to a visitor: mapping keys and
 * sequence indices, as in the parsed data.
 *
 * @example
 * // visiting the `1` of `a: [0, 1]`: dataPath([doc, map, pair, seq], scalar) → ['a', 1]
 */
export function dataPath(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const chain = [...ancestors, node];
  const path: (string | number)[] = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && child === parent.value) path.push(keyString(parent.key));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}

/** A mapping key as it appears in the data (keys are parsed as strings). */
export function keyString(key: unknown): string {
  return isScalar(key) ? String(key.value) : '';
}
