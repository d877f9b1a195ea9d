import type { Scenario } from '@machi/scenarios';
import { metricLabel } from './labels.ts';
import type { Lang } from './lang.ts';
import { localeOf } from './locales/locale-of.ts';
import { wordFor } from './locales/word-for.ts';

/**
 * CSV column headings in a report's language with the column's name kept in brackets
 * (`年間費用(運用+インシデント) [costYen]`): Excel users read the words, scripts find the name.
 *
 * @example
 * csvHeading('ja')('costYen'); // '年間費用(運用+インシデント) [costYen]'
 */
export function csvHeading(lang: Lang, scenario?: Pick<Scenario, 'services' | 'systems'>): (name: string) => string {
  const keys = localeOf(lang).csv;
  return (name) => `${wordFor(keys, name) ?? metricLabel(name, lang, scenario)} [${name}]`;
}
