/**
 * A running summary of observations: count, mean and variance by Welford's update (numerically stable,
 * one pass), minimum, maximum. Deterministic for a given order of `add` calls.
 *
 * @example
 * const waits = new Tally('wait');
 * waits.add(2); waits.add(4);
 * waits.mean; // 3
 */
export class Tally {
  readonly name: string;
  #count = 0;
  #mean = 0;
  #m2 = 0;
  #min = Infinity;
  #max = -Infinity;

  constructor(name = 'tally') {
    this.name = name;
  }

  /** Adds one observation; NaN throws, since a silent NaN would poison every later figure. */
  add(value: number): void {
    if (Number.isNaN(value)) throw new RangeError(`${this.name}: observation must be a number, got NaN`);
    this.#count += 1;
    const delta = value - this.#mean;
    this.#mean += delta / this.#count;
    this.#m2 += delta * (value - this.#mean);
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  /** Forgets every observation, e.g. at the end of a warm-up period. */
  reset(): void {
    this.#count = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
  }

  get count(): number {
    return this.#count;
  }

  /** Mean of the observations; NaN when there are none. */
  get mean(): number {
    return this.#count === 0 ? NaN : this.#mean;
  }

  /** Sample variance (divisor n − 1); NaN with fewer than two observations. */
  get variance(): number {
    return this.#count < 2 ? NaN : this.#m2 / (this.#count - 1);
  }

  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }

  get sum(): number {
    return this.#mean * this.#count;
  }

  /** Smallest observation; NaN when there are none. */
  get min(): number {
    return this.#count === 0 ? NaN : this.#min;
  }

  /** Largest observation; NaN when there are none. */
  get max(): number {
    return this.#count === 0 ? NaN : this.#max;
  }

  toString(): string {
    return `Tally(${this.name} n=${this.#count})`;
  }
}
