import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import type { YamlProblem } from './yaml-checks.ts';
import { keyString } from './yaml-tree.ts';

/**
 * Every key that repeats an earlier key of the same mapping, at the repeat, with its data path. In
 * time linear in the document: the parser's own check (`uniqueKeys`) compares each key with every
 * earlier one, which made 160,000 keys take minutes.
 *
 * @example
 * duplicateKeys(parseDocument('a: 1\nb: {x: 1, x: 2}\na: 3\n', { uniqueKeys: false }));
 * // [{ offset: 15, path: ['b', 'x'], code: 'duplicateKey', … }, { offset: 21, path: ['a'], … }]
 */
export function duplicateKeys(doc: Document.Parsed): YamlProblem[] {
  const found: YamlProblem[] = [];
  // An explicit stack: a document nested deeper than the call stack must not overflow here.
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = keyString(pair.key);
        if (seen.has(key)) found.push({ offset: pair.key.range?.[0] ?? 0, path: [...path, key], code: 'duplicateKey', params: { key } });
        else {
          seen.add(key);
          stack.push({ node: pair.value, path: [...path, key] });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
