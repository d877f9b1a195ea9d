import type { Lang } from '../lang.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { ReportLocale } from './report-locale.ts';

const LOCALES: Readonly<Record<Lang, ReportLocale>> = { ja, en };

/**
 * Every word of the report in `lang`.
 *
 * @example
 * localeOf('en').actions.pressConference; // 'press conference'
 */
export const localeOf = (lang: Lang): ReportLocale => LOCALES[lang];
