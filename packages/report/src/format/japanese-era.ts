/** A Japanese era (元号) and its first day. */
interface Era {
  readonly name: string;
  readonly en: string;
  readonly start: readonly [year: number, month: number, day: number];
}

// Newest first. 令和 from 2019-05-01, 平成 from 1989-01-08, 昭和 from 1926-12-25 (元号法 and the
// cabinet orders naming each era).
const ERAS: readonly Era[] = [
  { name: '令和', en: 'Reiwa', start: [2019, 5, 1] },
  { name: '平成', en: 'Heisei', start: [1989, 1, 8] },
  { name: '昭和', en: 'Showa', start: [1926, 12, 25] },
];

const onOrAfter = (y: number, m: number, d: number, [sy, sm, sd]: Era['start']) => y * 10000 + m * 100 + d >= sy * 10000 + sm * 100 + sd;

/**
 * The era and year of a Gregorian date, as `令和9年` (`令和元年` for the first year), or undefined
 * before 1926-12-25.
 *
 * @example
 * japaneseEraYear(2027, 4, 1); // '令和9年'
 */
export function japaneseEraYear(year: number, month: number, day: number): string | undefined {
  const era = ERAS.find((e) => onOrAfter(year, month, day, e.start));
  if (!era) return undefined;
  const n = year - era.start[0] + 1;
  return `${era.name}${n === 1 ? '元' : n}年`;
}

/** The era year of a fiscal year (April to March), named by the era of its 1 April: `令和9年度`. */
export function japaneseFiscalYear(fiscalYear: number): string | undefined {
  return japaneseEraYear(fiscalYear, 4, 1)?.replace(/年$/, '年度');
}
