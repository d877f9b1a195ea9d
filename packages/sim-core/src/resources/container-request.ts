import { Event, formatHours } from '../engine/index.ts';
import type { Container } from './container.ts';

/**
 * A pending `put` or `get` of an amount on a `Container`: succeeds with the amount once it could be
 * done. `cancel()` withdraws it while it waits and does nothing afterwards.
 *
 * @example
 * yield tank.get(50); // litres of fuel for the generator
 */
export class ContainerRequest extends Event<number> {
  readonly container: Container;
  readonly amount: number;
  /** True for a put, false for a get. */
  readonly isPut: boolean;
  readonly requestedAt: number;

  constructor(container: Container, amount: number, isPut: boolean) {
    super(container.env);
    this.container = container;
    this.amount = amount;
    this.isPut = isPut;
    this.requestedAt = container.env.now;
  }

  cancel(): void {
    this.container._withdraw(this);
  }

  /** `ContainerGet(fuel, 50)`. */
  override toString(): string {
    return `Container${this.isPut ? 'Put' : 'Get'}(${this.container.name}, ${formatHours(this.amount)})`;
  }
}
