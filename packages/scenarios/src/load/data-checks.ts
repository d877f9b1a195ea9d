import { codePointLabel, firstControlCharacter } from './control-character.ts';
import { makeIssue, type ScenarioIssue } from './issue.ts';
import { sortIssues } from './sort-issues.ts';
import type { Locator } from './source-tree.ts';

/**
 * Deepest nesting of mappings and lists. A scenario nests 6 levels, a policy's conditions a few more;
 * a validator walks the data recursively, and 1,000 levels of `not:` overflowed its stack.
 */
export const MAX_DEPTH = 64;

/**
 * What no parsed scenario file may hold, whatever the schema: nesting deeper than `MAX_DEPTH` (one
 * issue), a `__proto__` key (JavaScript treats it as the object's prototype, so a mapping would silently
 * lose it — e.g. a variant named `__proto__`), and a key or string with a character that is not text
 * (`firstControlCharacter`: ESC, NUL, CR, …). Each comes back as an issue at its key or value, in
 * reading order. Iterative, so any depth the parser accepted is fine; linear in the data.
 *
 * @example
 * dataIssues({ variants: { __proto__: {} } }, locator, 'town.json');
 * // [{ path: ['variants', '__proto__'], code: 'forbiddenKey', params: { key: '__proto__' }, … }]
 */
export function dataIssues(data: unknown, locator: Locator, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const text = (value: string, path: (string | number)[], where: 'key' | 'value'): void => {
    const index = firstControlCharacter(value);
    if (index < 0) return;
    const at = where === 'key' ? locator.locateKey(path) : locator.locate(path);
    issues.push(makeIssue(file, at, path, 'controlCharacter', { codePoint: codePointLabel(value, index), index: index + 1 }));
  };
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH && typeof value === 'object' && value !== null) {
      issues.push(makeIssue(file, locator.locate(path), path, 'nestingTooDeep', {}));
      // One issue per file says it: nothing deeper, nor anything after, is looked at.
      return sortIssues(issues);
    }
    if (typeof value === 'string') text(value, path, 'value');
    else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        const child = [...path, key];
        if (key === '__proto__') issues.push(makeIssue(file, locator.locateKey(child), child, 'forbiddenKey', { key }));
        else text(key, child, 'key');
        stack.push({ value: (value as Record<string, unknown>)[key], path: child });
      }
    }
  }
  return sortIssues(issues);
}
