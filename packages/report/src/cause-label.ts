import type { Lang } from './lang.ts';
import { localeOf } from './locales/locale-of.ts';
import { wordFor } from './locales/word-for.ts';

type Text = Readonly<Record<Lang, string>>;

// The leak causes of the presets (municipalLeakCauses and the cloud one); a town's own keep their id.
const LEAKS: Readonly<Record<string, Text>> = {
  'mis-sending': { ja: '誤送付・誤送信', en: 'mis-sent letter or e-mail' },
  'lost-documents': { ja: '書類・記録媒体の紛失', en: 'lost documents or media' },
  'lost-media': { ja: '記録媒体の紛失', en: 'lost media' },
  'wrong-handover': { ja: '誤交付', en: 'papers handed to the wrong person' },
  'misdisposal-or-posting': { ja: '誤廃棄・誤掲載', en: 'wrong disposal or posting' },
  'unauthorised-access': { ja: '不正アクセス', en: 'unauthorised access' },
  contractor: { ja: '委託先からの漏えい', en: 'leak at a contractor' },
  'cloud-misconfiguration': { ja: 'クラウドの設定誤り', en: 'cloud misconfiguration' },
  misconfiguration: { ja: '設定誤り', en: 'misconfiguration' },
  insider: { ja: '職員による持ち出し', en: 'insider' },
};

/**
 * What started an incident (an outcome's `cause`), as a heading or a table row: `earthquake` → `地震`,
 * `leak.mis-sending` → `個人情報の漏えい等(誤送付・誤送信)`. Unknown causes keep their id.
 *
 * @example
 * causeLabel('leak.mis-sending', 'en'); // 'Personal-data incident (mis-sent letter or e-mail)'
 */
export function causeLabel(cause: string, lang: Lang): string {
  const t = localeOf(lang);
  if (cause.startsWith('leak.')) {
    const id = cause.slice('leak.'.length);
    return t.leak(LEAKS[id]?.[lang] ?? id);
  }
  return wordFor(t.causes, cause) ?? cause;
}
