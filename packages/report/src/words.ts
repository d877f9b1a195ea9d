import type { Lang } from './lang.ts';
import { localeOf } from './locales/locale-of.ts';
import type { ReportLocale } from './locales/report-locale.ts';

/** A word shared by tables and figures (a column heading, an axis title, a legend entry) in `lang`. */
export const word = (key: keyof ReportLocale['words'], lang: Lang): string => localeOf(lang).words[key];
