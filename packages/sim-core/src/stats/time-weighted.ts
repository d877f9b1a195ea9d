/**
 * A value that holds between changes (queue length, systems down, level of a fuel tank), averaged over
 * time: mean = ∫ value dt / elapsed. Times are simulation hours and must not go backwards.
 *
 * @example
 * const down = new TimeWeighted('down', 0, 0);
 * down.update(10, 1); // one system down from t=10
 * down.update(15, 0); // back up at t=15
 * down.mean(20); // 5/20 = 0.25
 */
export class TimeWeighted {
  readonly name: string;
  #start: number;
  #last: number;
  #value: number;
  #area = 0;
  #min: number;
  #max: number;

  constructor(name: string, startTime: number, initialValue = 0) {
    checkFinite(name, 'start time', startTime);
    checkFinite(name, 'value', initialValue);
    this.name = name;
    this.#start = startTime;
    this.#last = startTime;
    this.#value = initialValue;
    this.#min = initialValue;
    this.#max = initialValue;
  }

  /** Records that the value becomes `value` at time `now`. */
  update(now: number, value: number): void {
    this.#advance(now);
    checkFinite(this.name, 'value', value);
    this.#value = value;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  /** Time average from the start (or the last reset) up to `now`; the current value if no time passed. */
  mean(now: number): number {
    this.#advance(now);
    const elapsed = this.#last - this.#start;
    return elapsed === 0 ? this.#value : this.#area / elapsed;
  }

  /** ∫ value dt from the start (or the last reset) up to `now`, e.g. system-hours down. */
  integral(now: number): number {
    this.#advance(now);
    return this.#area;
  }

  /** Starts averaging afresh at `now`, keeping the current value: the warm-up reset. */
  reset(now: number): void {
    this.#advance(now);
    this.#start = now;
    this.#area = 0;
    this.#min = this.#value;
    this.#max = this.#value;
  }

  get value(): number {
    return this.#value;
  }

  get min(): number {
    return this.#min;
  }

  get max(): number {
    return this.#max;
  }

  toString(): string {
    return `TimeWeighted(${this.name}=${this.#value})`;
  }

  #advance(now: number): void {
    checkFinite(this.name, 'time', now);
    if (now < this.#last) {
      throw new RangeError(`${this.name}: time must not go backwards, got ${now} after ${this.#last}`);
    }
    this.#area += this.#value * (now - this.#last);
    this.#last = now;
  }
}

function checkFinite(name: string, what: string, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`${name}: ${what} must be a finite number, got ${x}`);
}
