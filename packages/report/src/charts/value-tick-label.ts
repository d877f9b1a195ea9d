import { decimalExponent } from '../format/digits.ts';
import { digits } from '../format/digits.ts';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { metricUnit } from '../labels.ts';
import type { Scale } from '../svg/scale.ts';

/**
 * The tick labels of an axis of `metric`'s values. On a log scale, powers of ten in the metric's usual
 * form (`1万円`, `10万円`, `1億円`). On a linear scale, every tick in one unit with as many decimals as
 * the step needs (`1.68億円`, `1.7億円`, `1.72億円`), so that neighbouring ticks never read the same,
 * as `formatYen`'s two significant figures would make them. Hours read `12時間` / `12 h`, persons
 * `120人` / `120`; never SI prefixes such as `10m`.
 *
 * @example
 * valueTickLabel('costYen', 'ja', linearScale([1.68e8, 1.72e8], [0, 1]))(1.7e8); // '1.7億円'
 */
export function valueTickLabel(metric: string, lang: Lang, scale: Scale): (value: number) => string {
  const unit = metricUnit(metric);
  const words = localeOf(lang).format;
  const decimalsFor = (v: number) => (scale.kind === 'log' ? decimalsOf(Math.abs(v)) : decimalsOf(scale.step));
  if (unit === 'yen') {
    if (scale.kind === 'log') return (v) => formatYen(v, lang);
    const largest = Math.max(...scale.ticks.map(Math.abs));
    const [size, name] = words.yenUnits.find(([s]) => largest >= s) ?? words.yenUnits.at(-1)!;
    const decimals = decimalsOf(scale.step / size);
    return (v) => {
      if (v === 0) return words.zeroYen;
      return words.yenTick(v < 0 ? '-' : '', digits(Math.abs(v) / size, decimals), name);
    };
  }
  const suffix = unit === 'hours' ? words.hoursTick : unit === 'persons' ? words.personsTick : '';
  return (v) => `${digits(v, decimalsFor(v))}${suffix}`;
}

/** Decimals that show a step of this size: 0 from 1, 1 for 0.1 … 0.9, 2 for 0.01 …; at most 6. */
function decimalsOf(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  // The exponent of the step's leading digit, exact (decimalExponent) where Math.log10 is engine-dependent.
  return Math.min(6, Math.max(0, -decimalExponent(step)));
}
