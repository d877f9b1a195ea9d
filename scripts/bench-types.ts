/** One benchmark figure: `measure()` runs the subject and its baseline once each, in the same process. */
export interface BenchFigure {
  readonly name: string;
  /** Unit of `value` and `baseline`, a rate where higher is better (e.g. "timeouts/s"). */
  readonly unit: string;
  /** The ratio value / baseline the issue asks for, if any: at least this (a rate)… */
  readonly target?: number;
  /** …or at most this (a cost such as memory, where lower is better). */
  readonly targetAtMost?: number;
  /** How many times to measure (default the runner's --runs): long figures may ask for fewer. */
  readonly runs?: number;
  measure(): Measured | Promise<Measured>;
}

export interface Measured {
  value: number;
  baseline: number;
  notes?: string;
}

export interface BenchSuite {
  readonly name: string;
  readonly figures: readonly BenchFigure[];
}

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target?: number;
  targetAtMost?: number;
}
