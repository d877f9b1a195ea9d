import { cos, expm1, normalQuantile, pow, sin } from '../math/index.ts';

/**
 * Quantile of Student's t distribution with `degreesOfFreedom` ν: the t with P(T ≤ t) = probability.
 * Hill (1970), "Algorithm 396: Student's t-quantiles", Comm. ACM 13(10):617-619 — exact for ν = 1, 2,
 * relative error below 1e-6 otherwise (pinned in the tests against tabulated values). Built on the
 * deterministic math, so the same on every engine.
 *
 * @example
 * studentTQuantile(0.975, 10); // 2.2281388...
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(probability > 0 && probability < 1)) {
    throw new RangeError(`probability must be in (0, 1), got ${probability}`);
  }
  if (!(degreesOfFreedom >= 1) || !Number.isInteger(degreesOfFreedom)) {
    throw new RangeError(`degreesOfFreedom must be a positive integer, got ${degreesOfFreedom}`);
  }
  if (probability === 0.5) return 0;
  const upper = probability > 0.5;
  const twoTailed = 2 * (upper ? 1 - probability : probability);
  const t = hill396(twoTailed, degreesOfFreedom);
  return upper ? t : -t;
}

/** Upper t with P(|T| > t) = p (Hill's two-tailed form). */
function hill396(p: number, n: number): number {
  if (n === 1) {
    const angle = (p * Math.PI) / 2;
    return cos(angle) / sin(angle);
  }
  if (n === 2) return Math.sqrt(2 / (p * (2 - p)) - 2);
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = ((((20700 * a) / b - 98) * a - 16) * a) + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * p;
  let y = pow(x, 2 / n);
  if (y > 0.05 + a) {
    // Asymptotic inverse expansion about the normal quantile.
    x = normalQuantile(0.5 * p);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = expm1(a * y * y);
  } else {
    y = ((1 / ((((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2)) * 3) + 0.5 / (n + 4)) * y - 1) *
      ((n + 1) / (n + 2)) + 1 / y;
  }
  return Math.sqrt(n * y);
}
