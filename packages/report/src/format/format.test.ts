import { describe, expect, it } from 'vitest';
import { digits, significant } from './digits.ts';
import { fiscalYearOf, formatDate, formatFiscalYear } from './date.ts';
import { japaneseEraYear } from './japanese-era.ts';
import { formatPercent } from './percent.ts';
import { formatHours, formatPersons } from './quantity.ts';
import { formatReturnPeriod, perYearLabel } from './return-period.ts';
import { formatYen } from './yen.ts';

describe('digits and significant', () => {
  it('digits(x, d) groups thousands and drops trailing zeros, without Intl', () => {
    expect(digits(1234567.891, 1)).toBe('1,234,567.9');
    expect(digits(1000, 2)).toBe('1,000');
    expect(digits(-0.0001, 2)).toBe('0');
    expect(digits(-1234.5)).toBe('-1,235');
  });
  it('significant(x, n) keeps n significant figures and every integer digit', () => {
    expect(significant(0.004567, 2)).toBe('0.0046');
    expect(significant(123456, 2)).toBe('123,456');
    expect(significant(0, 2)).toBe('0');
  });
});

describe('formatYen', () => {
  it('writes yen as Japanese documents do: 億, 万, and plain yen with separators', () => {
    expect(formatYen(123_000_000, 'ja')).toBe('1.2億円');
    expect(formatYen(1_234_000_000, 'ja')).toBe('12億円');
    expect(formatYen(34_000_000, 'ja')).toBe('3,400万円');
    expect(formatYen(85_000, 'ja')).toBe('8.5万円');
    expect(formatYen(8_500, 'ja')).toBe('8,500円');
    expect(formatYen(-5_000_000, 'ja')).toBe('-500万円');
    expect(formatYen(2.5e12, 'ja')).toBe('2.5兆円');
  });
  it('writes yen in English with million and billion', () => {
    expect(formatYen(123_000_000, 'en')).toBe('¥123 million');
    expect(formatYen(1_234_000_000, 'en')).toBe('¥1.2 billion');
    expect(formatYen(8_500, 'en')).toBe('¥8,500');
    expect(formatYen(-3_400_000, 'en')).toBe('-¥3.4 million');
  });
});

describe('formatPercent', () => {
  it('keeps one decimal from 1% and two significant figures below, so rare never reads as impossible', () => {
    expect(formatPercent(0.2346)).toBe('23.5%');
    expect(formatPercent(0.0042)).toBe('0.42%');
    expect(formatPercent(0.00001)).toBe('0.001%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('return periods', () => {
  it('formatReturnPeriod says "once in T years" below one a year and "n times a year" above', () => {
    expect(formatReturnPeriod(100, 'ja')).toBe('100年に1度程度');
    expect(formatReturnPeriod(4.45, 'ja')).toBe('4.5年に1度程度');
    expect(formatReturnPeriod(123, 'en')).toBe('about once in 120 years');
    expect(formatReturnPeriod(0.5, 'ja')).toBe('年に2回程度');
    expect(formatReturnPeriod(1, 'en')).toBe('about once a year');
    expect(formatReturnPeriod(null, 'en')).toBe('not seen in the simulated years');
  });
  it('perYearLabel writes probabilities as 1/T per year, never with SI prefixes', () => {
    expect(perYearLabel(0.01, 'en')).toBe('1/100 per year');
    expect(perYearLabel(0.001, 'ja')).toBe('1/1,000年');
    expect(perYearLabel(0.5, 'en')).toBe('1/2 per year');
  });
});

describe('quantities', () => {
  it('formatPersons and formatHours carry the counter word or unit', () => {
    expect(formatPersons(1234.4, 'ja')).toBe('1,234人');
    expect(formatPersons(1, 'en')).toBe('1 person');
    expect(formatPersons(0.25, 'en')).toBe('0.25 persons');
    expect(formatHours(96, 'ja')).toBe('96時間（4日）');
    expect(formatHours(3.25, 'en')).toBe('3.3 h');
  });
});

describe('dates', () => {
  it('japaneseEraYear gives 令和 from 2019-05-01, 元年 for its first year, 平成 before', () => {
    expect(japaneseEraYear(2027, 4, 1)).toBe('令和9年');
    expect(japaneseEraYear(2019, 5, 1)).toBe('令和元年');
    expect(japaneseEraYear(2019, 4, 30)).toBe('平成31年');
    expect(japaneseEraYear(1989, 1, 7)).toBe('昭和64年');
    expect(japaneseEraYear(1900, 1, 1)).toBeUndefined();
  });
  it('formatDate shows 西暦 with 和暦 and the weekday in Japanese, and a plain date in English', () => {
    expect(formatDate({ year: 2027, month: 4, day: 1 }, 'ja')).toBe('2027年（令和9年）4月1日（木）');
    expect(formatDate({ year: 2028, month: 2, day: 29, hour: 8, minute: 5 }, 'ja')).toBe('2028年（令和10年）2月29日（火） 08:05');
    expect(formatDate({ year: 2027, month: 4, day: 1, hour: 23 }, 'en')).toBe('Thu 1 April 2027 23:00');
  });
  it('fiscal years run April to March', () => {
    expect(fiscalYearOf({ year: 2028, month: 3, day: 31 })).toBe(2027);
    expect(fiscalYearOf({ year: 2028, month: 4, day: 1 })).toBe(2028);
    expect(formatFiscalYear(2027, 'ja')).toBe('2027年度（令和9年度）');
    expect(formatFiscalYear(2027, 'en')).toBe('FY2027 (April 2027 – March 2028)');
  });
});
