import { formatHours } from '../engine/index.ts';
import type { Container } from './container.ts';
import { PutGetRequest } from './put-get-request.ts';

/**
 * A pending `put` or `get` of an amount on a `Container` — SimPy's `ContainerPut` and `ContainerGet`:
 * succeeds with the amount once it could be done.
 *
 * @example
 * yield tank.get(50); // litres of fuel for the generator
 */
export class ContainerRequest extends PutGetRequest<number> {
  readonly amount: number;

  constructor(container: Container, amount: number, isPut: boolean) {
    super(container, isPut);
    this.amount = amount;
  }

  /** `ContainerGet(fuel, 50)`. */
  override toString(): string {
    return `Container${this.isPut ? 'Put' : 'Get'}(${this.resource.name}, ${formatHours(this.amount)})`;
  }
}
