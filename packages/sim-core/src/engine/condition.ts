import type { Environment } from './environment.ts';
import { ConditionValue } from './condition-value.ts';
import { Event, PENDING, PROCESSED, type EventCallback } from './event.ts';

/**
 * An event that succeeds once `needed` of its member events have succeeded, with a `ConditionValue`
 * of the members processed by then, or fails with the first member failure (that member is defused).
 * Base of `AnyOf` and `AllOf`; SimPy's `Condition` with the evaluation reduced to a count.
 *
 * @example
 * class TwoOf extends Condition { constructor(env: Environment, events: Iterable<Event<any>>) { super(env, events, (n) => (n < 2 ? n : 2), 'TwoOf'); } }
 */
export class Condition extends Event<ConditionValue> {
  /** The member events, in the order given. */
  readonly events: readonly Event<any>[];
  private readonly _needed: number;
  private readonly _label: string;
  private _count: number;
  private readonly _checkCb: EventCallback<any>;

  protected constructor(env: Environment, events: Iterable<Event<any>>, needed: (count: number) => number, label: string) {
    super(env);
    const members = Array.from(events);
    for (const member of members) {
      if (!(member instanceof Event)) throw new TypeError(`${label} needs events, got ${String(member)}`);
      if (member.env !== env) throw new TypeError(`${label} cannot mix events of different environments: ${member}`);
    }
    this.events = members;
    this._needed = needed(members.length);
    this._label = label;
    this._count = 0;
    this._checkCb = (event) => this._check(event);
    // The value is built when the condition is processed, before anyone waiting reads it.
    this._cb = () => this._build();
    if (this._needed === 0) {
      this.succeed(new ConditionValue());
      return;
    }
    for (const member of members) {
      if (member._state === PROCESSED) this._check(member);
      else member._addCallback(this._checkCb);
    }
  }

  /** `AnyOf(2 events)`. */
  override toString(): string {
    const n = this.events.length;
    return `${this._label}(${n} event${n === 1 ? '' : 's'})`;
  }

  private _check(event: Event<any>): void {
    if (this._state !== PENDING) return;
    this._count++;
    if (!event._ok) {
      event._defused = true;
      this.fail(event._value as Error);
    } else if (this._count >= this._needed) {
      this.succeed(new ConditionValue());
    }
  }

  private _build(): void {
    this._removeChecks();
    if (this._ok) populate(this, this._value as ConditionValue);
  }

  /**
   * Once met, a condition stops listening to its members, and so do the conditions nested in it (as
   * SimPy's `_remove_check_callbacks`): a nested condition still pending then never triggers.
   */
  private _removeChecks(): void {
    for (const member of this.events) {
      if (member._state !== PROCESSED) member._removeCallback(this._checkCb);
      if (member instanceof Condition) member._removeChecks();
    }
  }
}

function populate(condition: Condition, value: ConditionValue): void {
  for (const member of condition.events) {
    if (member instanceof Condition) populate(member, value);
    else if (member._state === PROCESSED) {
      value.events.push(member);
      value.values.push(member._value);
    }
  }
}
