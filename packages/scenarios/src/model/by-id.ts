/**
 * The item of `items` whose `id` is `id`.
 *
 * @throws RangeError naming the id and what was looked up, when there is none.
 * @example
 * byId(scenario.systems, 'registry', 'system');
 */
export function byId<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  for (const item of items) if (item.id === id) return item;
  throw new RangeError(`unknown ${what} "${id}"`);
}

/** `map.get(key)`, or a RangeError naming the key and what was looked up. */
export function getOrThrow<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`unknown ${what} "${String(key)}"`);
  return value;
}
