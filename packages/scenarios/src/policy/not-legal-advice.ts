import type { LocalizedText } from './localized-text.ts';

/**
 * The disclaimer every output showing policy results must print: the default policy encodes a reading
 * of law and practice, with gaps marked `confirmed: false`, not a lawyer's opinion on a case.
 *
 * @example
 * lines.push(NOT_LEGAL_ADVICE[lang]);
 */
export const NOT_LEGAL_ADVICE: Readonly<LocalizedText> = Object.freeze({
  ja: 'この判定は法令と自治体の実務についての想定に基づくシミュレーションであり、法的助言ではありません（個別の事案は個人情報保護委員会や専門家に確認してください）。',
  en: 'These results are a simulation based on assumptions about Japanese law and municipal practice and are not legal advice (check any real case with the Personal Information Protection Commission or a lawyer).',
});
