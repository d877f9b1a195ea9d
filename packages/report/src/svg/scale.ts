import { log10 } from '@machi/sim-core';

/**
 * A map from data values to SVG coordinates, with the ticks an axis draws. `step` is the distance
 * between linear ticks (for labels with just enough decimals); a log scale's ticks are powers of ten.
 */
export interface Scale {
  readonly kind: 'linear' | 'log';
  /** The data interval shown, widened to whole ticks. */
  readonly domain: readonly [number, number];
  /** SVG coordinates of `domain[0]` and `domain[1]` (a vertical axis runs bottom to top: [bottom, top]). */
  readonly range: readonly [number, number];
  /** Major ticks, ascending, all inside `domain`. */
  readonly ticks: readonly number[];
  /** Unlabelled ticks between the major ones (2 … 9 × 10^k on a log scale, none on a linear one). */
  readonly minorTicks: readonly number[];
  /** Distance between linear ticks; for a log scale, 0. */
  readonly step: number;
  /** The SVG coordinate of a value; values outside the domain are clamped to its ends. */
  map(value: number): number;
}

/** Options of `linearScale`. */
export interface LinearScaleOptions {
  /** About how many intervals between ticks (default 5). */
  readonly tickCount?: number;
}

/**
 * The tick step for `span` split in about `count` intervals: 1, 2 or 5 × 10^k (Heckbert's "nice
 * numbers", Graphics Gems 1990, as d3-array's `tickIncrement`).
 *
 * @example
 * niceStep(83, 5); // 20
 */
export function niceStep(span: number, count: number): number {
  if (!(span > 0 && Number.isFinite(span))) throw new RangeError(`niceStep needs a positive finite span, got ${span}`);
  const raw = span / count;
  const power = Math.floor(log10(raw));
  const magnitude = Number(`1e${power}`);
  const normal = raw / magnitude;
  const factor = normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10;
  return factor * magnitude;
}

/**
 * A linear scale over the extent `[low, high]` of the data, widened to whole multiples of a nice step.
 * An empty extent (low = high) is widened by 10% of its value (or to [0, 1] at zero), so that a
 * constant series still sits on an axis. Deterministic: ticks are i × step computed as i / (1/step)
 * below 1, so that they print as 0.3 rather than 0.30000000000000004.
 *
 * @throws RangeError for a non-finite or reversed extent.
 * @example
 * linearScale([3, 87], [0, 100]).ticks; // [0, 20, 40, 60, 80, 100]
 */
export function linearScale(extent: readonly [number, number], range: readonly [number, number], options: LinearScaleOptions = {}): Scale {
  let [low, high] = checkedExtent(extent);
  if (low === high) {
    const pad = low === 0 ? 0.5 : Math.abs(low) * 0.1;
    [low, high] = low === 0 ? [0, 1] : [low - pad, high + pad];
  }
  const step = niceStep(high - low, options.tickCount ?? 5);
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  const at = (i: number) => (inverse ? i / inverse : i * step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(at(i) || 0);
  const domain: [number, number] = [at(first), at(last)];
  const [r0, r1] = range;
  const map = (value: number) => r0 + ((clamp(value, domain) - domain[0]) / (domain[1] - domain[0])) * (r1 - r0);
  return { kind: 'linear', domain, range: [r0, r1], ticks, minorTicks: [], step, map };
}

/** Options of `logScale`. */
export interface LogScaleOptions {
  /**
   * Widen the extent to whole decades (default true); otherwise only to the next 1, 2 or 5 × 10^k,
   * so that data ending at 1/251 per year do not leave most of a decade empty.
   */
  readonly wholeDecades?: boolean;
}

/**
 * A base-10 log scale over a positive extent, with a major tick at every power of ten inside it (every
 * second, third … beyond 8 decades; the two ends when it holds fewer than two) and minor ticks at
 * 2 … 9 × 10^k when it spans at most 6 decades. Uses sim-core's `log10`, exact at powers of ten and the
 * same on every engine, so coordinates never differ by a last-digit rounding between platforms.
 *
 * @throws RangeError for an extent that is not positive and finite.
 * @example
 * logScale([0.004, 1], [300, 0]).ticks; // [0.001, 0.01, 0.1, 1]
 * logScale([0.004, 1], [300, 0], { wholeDecades: false }).domain; // [0.002, 1]
 */
export function logScale(extent: readonly [number, number], range: readonly [number, number], options: LogScaleOptions = {}): Scale {
  const [low, high] = checkedExtent(extent);
  if (!(low > 0)) throw new RangeError(`a log scale needs a positive extent, got [${low}, ${high}]`);
  const whole = options.wholeDecades ?? true;
  let domain: [number, number] = whole ? [Number(`1e${Math.floor(log10(low))}`), Number(`1e${Math.ceil(log10(high))}`)] : [niceBelow(low), niceAbove(high)];
  if (domain[0] === domain[1]) domain = [domain[0], whole ? domain[1] * 10 : niceAbove(domain[1] * 1.000001)];
  const [lo, hi] = [log10(domain[0]), log10(domain[1])];
  const first = Math.ceil(lo - 1e-9);
  const last = Math.floor(hi + 1e-9);
  const decades = hi - lo;
  const every = Math.ceil(decades / 8);
  let ticks: number[] = [];
  const minorTicks: number[] = [];
  for (let k = Math.floor(lo + 1e-9); k <= last; k++) {
    if (k >= first && (k - first) % every === 0) ticks.push(Number(`1e${k}`));
    if (decades <= 6) {
      for (let m = 2; m <= 9; m++) {
        const t = Number(`${m}e${k}`);
        if (t >= domain[0] && t <= domain[1]) minorTicks.push(t);
      }
    }
  }
  if (ticks.length < 2) ticks = [...new Set([domain[0], ...ticks, domain[1]])];
  const [r0, r1] = range;
  const map = (value: number) => r0 + ((log10(clamp(value, domain)) - lo) / decades) * (r1 - r0);
  return { kind: 'log', domain, range: [r0, r1], ticks, minorTicks: minorTicks.filter((t) => !ticks.includes(t)), step: 0, map };
}

/** The largest 1, 2 or 5 × 10^k at or below x > 0 (written as a decimal, so exact). */
function niceBelow(x: number): number {
  const k = Math.floor(log10(x));
  const m = [5, 2, 1].find((m) => Number(`${m}e${k}`) <= x) ?? 1;
  return Number(`${m}e${k}`);
}

/** The smallest 1, 2 or 5 × 10^k at or above x > 0. */
function niceAbove(x: number): number {
  const k = Math.floor(log10(x));
  const m = [1, 2, 5, 10].find((m) => Number(`${m}e${k}`) >= x) ?? 10;
  return Number(`${m}e${k}`);
}

function checkedExtent([low, high]: readonly [number, number]): [number, number] {
  if (!(Number.isFinite(low) && Number.isFinite(high)) || low > high) throw new RangeError(`a scale needs a finite extent low <= high, got [${low}, ${high}]`);
  return [low, high];
}

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));
