import type { Lang } from '../lang.ts';
import { digits } from './digits.ts';

// In a unit: under 10 with one decimal (1.2億円), from 10 as a whole number (3,400万円).
const inUnit = (v: number) => digits(v, Math.abs(v) < 10 ? 1 : 0);

/**
 * An amount of yen as a reader of a Japanese planning document expects it: `1.2億円`, `3,400万円`,
 * `8,500円`; in English `¥1.2 billion`, `¥34 million`, `¥8,500`.
 *
 * @example
 * formatYen(123_000_000, 'ja'); // '1.2億円'
 * formatYen(123_000_000, 'en'); // '¥123 million'
 */
export function formatYen(yen: number, lang: Lang): string {
  const a = Math.abs(yen);
  if (lang === 'ja') {
    if (a >= 1e12) return `${inUnit(yen / 1e12)}兆円`;
    if (a >= 1e8) return `${inUnit(yen / 1e8)}億円`;
    if (a >= 1e4) return `${inUnit(yen / 1e4)}万円`;
    return `${digits(yen)}円`;
  }
  const sign = yen < 0 ? '-' : '';
  if (a >= 1e12) return `${sign}¥${inUnit(a / 1e12)} trillion`;
  if (a >= 1e9) return `${sign}¥${inUnit(a / 1e9)} billion`;
  if (a >= 1e6) return `${sign}¥${inUnit(a / 1e6)} million`;
  return `${sign}¥${digits(a)}`;
}
