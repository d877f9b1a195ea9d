const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;

/**
 * A data path as a reader writes it: `systems[2].backups[0].intervalHours`, keys that are not
 * identifiers in brackets (`labels["a b"]`), and `(root)` for the empty path.
 *
 * @example
 * formatPath(['systems', 2, 'backups', 0, 'intervalHours']); // 'systems[2].backups[0].intervalHours'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
