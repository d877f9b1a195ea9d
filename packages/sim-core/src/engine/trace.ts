/** One structured trace record; plain data, serialisable to JSON. */
export interface TraceRecord {
  /** Simulated time, hours. */
  readonly time: number;
  /** What happened, e.g. `process.start`, `resource.grant`, or a model's own kind. */
  readonly kind: string;
  /** Who it happened to: a process or resource name, or any label. */
  readonly subject: string;
  /** Extra facts, or null. */
  readonly data: Readonly<Record<string, unknown>> | null;
}

/**
 * An event trace for one run (the raw material of virtual cases). It exists only when the environment
 * was created with `{ trace: true }`; call sites write `env.trace?.record(...)`, and optional chaining
 * skips evaluating the arguments when tracing is off, so a disabled trace allocates nothing.
 *
 * Engine kinds: `process.start|end|fail|interrupt`, `resource.request|grant|release|cancel|preempt`,
 * `store.put|get`, `container.put|get`.
 *
 * @example
 * const env = new Environment({ trace: true });
 * env.trace?.record('registry.down', 'registry', { cause: 'quake' });
 * env.trace?.records; // [{ time: 0, kind: 'registry.down', subject: 'registry', data: { cause: 'quake' } }]
 */
export class Trace {
  readonly records: TraceRecord[] = [];
  private readonly _clock: { readonly now: number };

  constructor(clock: { readonly now: number }) {
    this._clock = clock;
  }

  /** Appends a record stamped with the current simulated time. */
  record(kind: string, subject: string, data?: Readonly<Record<string, unknown>>): void {
    this.records.push({ time: this._clock.now, kind, subject, data: data ?? null });
  }
}
