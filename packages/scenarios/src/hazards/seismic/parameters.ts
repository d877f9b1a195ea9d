// Parameter checks shared by the seismic functions: a programmer's mistake throws a RangeError naming the
// parameter, the rule and the value (the same wording as sim-core's distribution factories).

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

export function requireNonNegative(what: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative finite number, got ${String(value)}`);
  }
  return value;
}
