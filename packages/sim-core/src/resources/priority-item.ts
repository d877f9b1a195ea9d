/**
 * An item paired with a priority — SimPy's `PriorityItem`: a `PriorityStore` orders it by `priority`
 * alone (lower first), so the item itself need not be comparable.
 *
 * @example
 * backlog.put(new PriorityItem(0, { system: 'registry' }));
 * const { item } = yield backlog.get();
 */
export class PriorityItem<T> {
  readonly priority: number;
  readonly item: T;

  constructor(priority: number, item: T) {
    this.priority = priority;
    this.item = item;
  }

  /** `PriorityItem(0, registry)`. */
  toString(): string {
    return `PriorityItem(${this.priority}, ${String(this.item)})`;
  }
}
