import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { wordFor } from '../locales/word-for.ts';

/**
 * The words for a reason a system was down, in the words a town's staff use. Unknown reasons are shown
 * as they are, never dropped.
 *
 * @example
 * reasonLabel('site-flooded', 'ja'); // '浸水'
 * reasonLabel('encrypted', 'en'); // 'encrypted (ransomware)'
 */
export const reasonLabel = (reason: string, lang: Lang): string => wordFor(localeOf(lang).reasons, reason) ?? reason;
