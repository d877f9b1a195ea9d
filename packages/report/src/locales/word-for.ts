/**
 * The words a locale table has for `key`, or undefined when `key` is not one of its entries (a cause,
 * reason or note recorded by another version of the model, read back from JSON). Only the table's own
 * entries count: `toString` is not a reason.
 *
 * @example
 * wordFor(localeOf('ja').reasons, 'site-flooded'); // '浸水'
 * wordFor(localeOf('ja').reasons, 'meteor'); // undefined
 */
export function wordFor<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
