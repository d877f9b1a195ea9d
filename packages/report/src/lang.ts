/** The two languages every report, figure, table and case is written in. */
export type Lang = 'ja' | 'en';

export const LANGS: readonly Lang[] = ['ja', 'en'];
