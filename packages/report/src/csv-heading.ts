import type { Scenario } from '@machi/scenarios';
import { metricLabel } from './labels.ts';
import type { Lang } from './lang.ts';

const KEYS: Record<string, Record<Lang, string>> = {
  variant: { ja: '案', en: 'option' },
  replication: { ja: '試行', en: 'replication' },
  year: { ja: '年(0から)', en: 'year (from 0)' },
};

/**
 * CSV column headings in a report's language with the column's name kept in brackets
 * (`年間費用(運用+インシデント) [costYen]`): Excel users read the words, scripts find the name.
 *
 * @example
 * csvHeading('ja')('costYen'); // '年間費用(運用+インシデント) [costYen]'
 */
export function csvHeading(lang: Lang, scenario?: Pick<Scenario, 'services' | 'systems'>): (name: string) => string {
  return (name) => `${KEYS[name]?.[lang] ?? metricLabel(name, lang, scenario)} [${name}]`;
}
