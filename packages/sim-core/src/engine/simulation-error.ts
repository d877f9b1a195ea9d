/**
 * A failure nobody handled inside the simulation: it stopped the run. The message names the simulated
 * time and the failed process or event; the original error is the `cause`.
 *
 * @example
 * // SimulationError: Process(restore registry) failed at t=36h: disk missing
 * try { env.run(); } catch (e) { if (e instanceof SimulationError) console.log(e.time, e.cause); }
 */
export class SimulationError extends Error {
  /** Simulated time (hours) of the failure. */
  readonly time: number;
  /** `String()` of the failed process or event, e.g. `Process(restore registry)`. */
  readonly subject: string;

  constructor(message: string, options: { cause: unknown; time: number; subject: string }) {
    super(message, { cause: options.cause });
    this.name = 'SimulationError';
    this.time = options.time;
    this.subject = options.subject;
  }
}
