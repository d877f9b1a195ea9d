import { linearScale, logScale, type Scale } from '../svg/scale.ts';

/**
 * The scale for values of a metric over `range`: base-10 log when the positive values span more than
 * two decades (values ≤ 0 then lie off the axis and are not drawn), else linear with nice ticks.
 * Null and non-finite values are skipped; no values give [0, 1].
 */
export function valueScale(values: readonly (number | null)[], range: readonly [number, number], tickCount = 4): Scale {
  const finite = values.filter((x): x is number => x !== null && Number.isFinite(x));
  const positive = finite.filter((x) => x > 0);
  if (positive.length > 0 && Math.max(...positive) / Math.min(...positive) > 100) {
    return logScale([Math.min(...positive), Math.max(...positive)], range, { wholeDecades: false });
  }
  return linearScale(finite.length ? [Math.min(...finite), Math.max(...finite)] : [0, 1], range, { tickCount });
}
