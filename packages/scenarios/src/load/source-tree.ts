import { lineStarts, positionAt, type Position } from './line-index.ts';

/**
 * Where each value of a parsed file starts, shaped like the data: mappings keep their keys' offsets,
 * sequences their items. A YAML alias is a leaf at the alias, so a path through it stops there.
 */
export interface SourceNode {
  readonly offset: number;
  readonly entries?: ReadonlyMap<string, SourceEntry>;
  readonly items?: readonly SourceNode[];
}

export interface SourceEntry {
  readonly keyOffset: number;
  readonly value: SourceNode;
}

/** Finds positions of data paths in a parsed file. */
export interface Locator {
  /** The value at `path`; for a missing key, the nearest existing ancestor (its parent mapping). */
  locate(path: readonly PropertyKey[]): Position;
  /** The key that ends `path`; the value's position when the path does not end at a mapping key. */
  locateKey(path: readonly PropertyKey[]): Position;
}

/**
 * A `Locator` over `tree`, built from `text`.
 *
 * @example
 * const { locate } = makeLocator(tree, text);
 * locate(['systems', 0, 'name']); // { line: 3, column: 11 }
 */
export function makeLocator(tree: SourceNode, text: string): Locator {
  const starts = lineStarts(text);
  return {
    locate: (path) => positionAt(starts, findOffset(tree, path, false)),
    locateKey: (path) => positionAt(starts, findOffset(tree, path, true)),
  };
}

function findOffset(root: SourceNode, path: readonly PropertyKey[], atKey: boolean): number {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const item = typeof segment === 'number' ? node.items?.[segment] : undefined;
    if (item !== undefined) {
      node = item;
      continue;
    }
    const entry = node.entries?.get(String(segment));
    if (entry === undefined) return node.offset;
    if (atKey && i === path.length - 1) return entry.keyOffset;
    node = entry.value;
  }
  return node.offset;
}
