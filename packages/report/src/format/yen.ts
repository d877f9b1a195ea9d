import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

/**
 * An amount of yen as a reader of a Japanese planning document expects it: `1.2億円`, `3,400万円`,
 * `8,500円`; in English `¥1.2 billion`, `¥34 million`, `¥8,500`. In a unit, one decimal under 10 and
 * whole numbers from 10; `finer` decimals more when the ends of an interval would otherwise round alike.
 *
 * @example
 * formatYen(123_000_000, 'ja'); // '1.2億円'
 * formatYen(123_000_000, 'en'); // '¥123 million'
 */
export const formatYen = (yen: number, lang: Lang, finer = 0): string => localeOf(lang).format.yen(yen, finer);
