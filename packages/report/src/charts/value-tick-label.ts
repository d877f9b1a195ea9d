import { decimalExponent } from '../format/digits.ts';
import { digits } from '../format/digits.ts';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { metricUnit } from '../labels.ts';
import type { Scale } from '../svg/scale.ts';

const YEN_UNITS: Record<Lang, readonly (readonly [number, string])[]> = {
  ja: [[1e12, '兆円'], [1e8, '億円'], [1e4, '万円'], [1, '円']],
  en: [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million'], [1, '']],
};

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
  const decimalsFor = (v: number) => (scale.kind === 'log' ? decimalsOf(Math.abs(v)) : decimalsOf(scale.step));
  if (unit === 'yen') {
    if (scale.kind === 'log') return (v) => formatYen(v, lang);
    const largest = Math.max(...scale.ticks.map(Math.abs));
    const [size, name] = YEN_UNITS[lang].find(([s]) => largest >= s) ?? YEN_UNITS[lang].at(-1)!;
    const decimals = decimalsOf(scale.step / size);
    return (v) => {
      if (v === 0) return lang === 'ja' ? '0円' : '¥0';
      const text = digits(Math.abs(v) / size, decimals);
      const sign = v < 0 ? '-' : '';
      return lang === 'ja' ? `${sign}${text}${name}` : `${sign}¥${text}${name}`;
    };
  }
  const suffix = unit === 'hours' ? (lang === 'ja' ? '時間' : ' h') : unit === 'persons' && lang === 'ja' ? '人' : '';
  return (v) => `${digits(v, decimalsFor(v))}${suffix}`;
}

/** Decimals that show a step of this size: 0 from 1, 1 for 0.1 … 0.9, 2 for 0.01 …; at most 6. */
function decimalsOf(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  // The exponent of the step's leading digit, exact (decimalExponent) where Math.log10 is engine-dependent.
  return Math.min(6, Math.max(0, -decimalExponent(step)));
}
