/** `counter`: arrives in office hours only; `online`: arrives at every hour of every day. */
export type DemandChannel = 'counter' | 'online';

/**
 * Resident demand for one service as a rate over simulated time (requests per hour), never as one
 * event per request: what it costs to query does not grow with the population.
 */
export interface Demand {
  /** Expected requests in [fromHours, toHours): ∫λ(t)dt. 0 when fromHours ≥ toHours. */
  requestsBetween(fromHours: number, toHours: number): number;
  /**
   * Resident-hours without service if the service is down over [fromHours, toHours) and everyone who
   * needed it in the window waits until toHours: ∫λ(t)(toHours − t)dt. 0 when fromHours ≥ toHours.
   */
  waitingHoursBetween(fromHours: number, toHours: number): number;
  /** The rate λ at `hours`, requests per hour. */
  rateAt(hours: number): number;
}
