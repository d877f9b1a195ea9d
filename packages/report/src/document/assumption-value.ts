import { digits } from '../format/digits.ts';
import { formatPercent } from '../format/percent.ts';
import { formatHours, formatNumber } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

type Unit = (x: number, lang: Lang) => string;

// Units live in field names (`rtoHours`, `annualCostYen`, `outageProbability`): the first rule that
// matches the innermost field name that has a unit formats the number as the rest of the report does.
const UNITS: readonly (readonly [RegExp, Unit])[] = [
  [/Yen/, (x, lang) => formatYen(x, lang)],
  [/hours/i, (x, lang) => formatHours(x, lang)],
  [/Probability|probability30y|Shares?$|^share$/, (x) => formatPercent(x)],
  [/annualRate|AnnualRate|RatePer/, (x, lang) => words(lang).perYear(formatNumber(x))],
  [/Days$|^days$/, (x, lang) => words(lang).days(formatNumber(x))],
  [/Months$/, (x, lang) => words(lang).months(formatNumber(x))],
  [/Years$/, (x, lang) => words(lang).years(formatNumber(x))],
  [/Km$/, (x, lang) => localeOf(lang).modelAssumptions.km(formatNumber(x))],
  [/JmaIntensity/, (x, lang) => localeOf(lang).modelAssumptions.intensity(digits(x, 1))],
  [/M$|MBySite$/, (x, lang) => words(lang).metres(formatNumber(x))],
  [/Deg$/, (x) => `${formatNumber(x)}°`],
  [/Multiplier|Factor/, (x, lang) => words(lang).times(formatNumber(x))],
];

const words = (lang: Lang) => localeOf(lang).appendix.units;

/** The unit of the innermost field of `path` whose name carries one; a plain number otherwise. */
function unitOf(path: string): Unit {
  const names = path.split(/[.[\]]+/).filter((s) => s !== '' && !/^\d+$/.test(s)).reverse();
  for (const name of names) {
    const rule = UNITS.find(([pattern]) => pattern.test(name));
    if (rule !== undefined) return rule[1];
  }
  return (x) => formatNumber(x);
}

/**
 * A number of a scenario as the report writes numbers, in the unit its field's name gives
 * (`costs.forensicsYen` 3000000 → `300万円`), and a random quantity in words
 * (`{ lognormal90: [336, 2160] }` → `対数正規 90%区間 336時間(14日)〜2,160時間(90日)`). A value of no
 * known shape is written as JSON, so nothing is hidden. Pure.
 *
 * @example
 * assumptionValue('threats.leaks[0].dataClassProbability.myNumber', 0.05, 'ja'); // '5.0%'
 */
export function assumptionValue(path: string, value: unknown, lang: Lang): string {
  const unit = unitOf(path);
  const f = (x: unknown) => (typeof x === 'number' ? unit(x, lang) : JSON.stringify(x));
  if (typeof value === 'number') return f(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const d = localeOf(lang).appendix.distributions;
  const spec = value as Record<string, unknown>;
  const parameters = Object.values(spec)[0];
  const [a, b, c]: unknown[] = Array.isArray(parameters) ? parameters : [];
  if ('fixed' in spec) return f(spec['fixed']);
  if ('lognormal90' in spec) return d.lognormal90(f(a), f(b));
  if ('uniform' in spec) return d.uniform(f(a), f(b));
  if ('triangular' in spec) return d.triangular(f(a), f(b), f(c));
  if ('pert' in spec) return d.pert(f(a), f(b), f(c));
  if ('exponentialMean' in spec) return d.exponential(f(spec['exponentialMean']));
  if ('bands' in spec && Array.isArray(spec['bands'])) {
    return d.bands(spec['bands'].map((band: { min: number; max: number; share: number }) => d.band(f(band.min), f(band.max), formatPercent(band.share))));
  }
  return JSON.stringify(value);
}
