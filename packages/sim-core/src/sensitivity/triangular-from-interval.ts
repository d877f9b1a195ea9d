/**
 * The triangular distribution (min, mode, max) whose central `coverage` interval is [low, high]: the
 * (1 − coverage)/2 and (1 + coverage)/2 quantiles are low and high, for low ≤ mode ≤ high.
 *
 * With p = (1 − coverage)/2, the tails α = low − min and β = max − high satisfy α² = p·W·(mode − low + α)
 * and β² = p·W·(high − mode + β), W = max − min. Given W each is the positive root of a quadratic, and
 * W = (high − low) + α(W) + β(W) is a fixed point of a concave map whose slope tends to 2p < 1, so it has one
 * root above high − low, found by bisection. Only + − × / √: the same bits on every engine.
 *
 * @throws RangeError unless low ≤ mode ≤ high, low < high and 0 < coverage ≤ 1.
 * @example
 * triangularFromInterval(2, 4, 10, 0.9); // { min: 0.596…, mode: 4, max: 12.18… }
 */
export function triangularFromInterval(
  low: number,
  mode: number,
  high: number,
  coverage: number,
): { min: number; mode: number; max: number } {
  if (!(low <= mode && mode <= high && low < high)) {
    throw new RangeError(`triangularFromInterval needs low ≤ mode ≤ high and low < high, got ${low}, ${mode}, ${high}`);
  }
  if (!(coverage > 0 && coverage <= 1)) throw new RangeError(`coverage must be in (0, 1], got ${coverage}`);
  if (coverage === 1) return { min: low, mode, max: high };
  const p = (1 - coverage) / 2;
  const range = high - low;
  const tail = (width: number, inner: number) => (p * width + Math.sqrt(p * width * (p * width + 4 * inner))) / 2;
  const excess = (width: number) => range + tail(width, mode - low) + tail(width, high - mode) - width;
  let below = range;
  let above = 2 * range;
  while (excess(above) > 0) above *= 2;
  for (;;) {
    const middle = below + (above - below) / 2;
    if (middle === below || middle === above) break;
    if (excess(middle) > 0) below = middle;
    else above = middle;
  }
  return { min: low - tail(below, mode - low), mode, max: high + tail(below, high - mode) };
}
