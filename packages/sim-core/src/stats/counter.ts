/**
 * A count of occurrences (incidents, notifications, restores), resettable after a warm-up.
 *
 * @example
 * const incidents = new Counter('incidents');
 * incidents.increment();
 * incidents.count; // 1
 */
export class Counter {
  readonly name: string;
  #count = 0;

  constructor(name = 'counter') {
    this.name = name;
  }

  /** Adds `by` (default 1); it must be a finite number. */
  increment(by = 1): void {
    if (!Number.isFinite(by)) throw new RangeError(`${this.name}: increment must be a finite number, got ${by}`);
    this.#count += by;
  }

  reset(): void {
    this.#count = 0;
  }

  get count(): number {
    return this.#count;
  }

  toString(): string {
    return `Counter(${this.name}=${this.#count})`;
  }
}
