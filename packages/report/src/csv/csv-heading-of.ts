import type { Scenario } from '@machi/scenarios';
import { csvHeading } from '../csv-heading.ts';
import type { Lang } from '../lang.ts';

/** What the CSV builders need to label their columns and rows. */
export interface CsvOptions {
  readonly lang: Lang;
  readonly scenario: Scenario;
}

/** The headings of `names` in the report's language, each with its name in brackets (`csvHeading`). */
export const headingsOf = (names: readonly string[], { lang, scenario }: CsvOptions): string[] => names.map(csvHeading(lang, scenario));
