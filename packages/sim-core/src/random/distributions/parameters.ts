// Parameter checks shared by the distribution factories: a programmer's mistake throws a RangeError
// naming the distribution, the parameter, the rule and the value.

export function requireFinite(what: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
  return value;
}

export function requirePositive(what: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${what} must be a positive finite number, got ${String(value)}`);
  }
  return value;
}

export function requireProbability(what: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new RangeError(`${what} must be in [0, 1], got ${String(value)}`);
  return value;
}

export function requireNonNegativeInteger(what: string, value: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${String(value)}`);
  }
  return value;
}

/** min < mode < max style orderings: `values` must be finite and non-decreasing, first < last. */
export function requireOrdered(what: string, names: string, values: readonly number[]): void {
  for (const v of values) requireFinite(what, v);
  let ok = values[0] < values[values.length - 1];
  for (let i = 1; i < values.length; i++) ok &&= values[i - 1] <= values[i];
  if (!ok) throw new RangeError(`${what} must satisfy ${names}, got ${values.join(', ')}`);
}
