import { leakCauseName, parseOutcomeCause, type ParsedCause, type Scenario } from '@machi/scenarios';
import type { Lang } from './lang.ts';
import { localized } from './labels.ts';
import { localeOf } from './locales/locale-of.ts';

/**
 * What started an incident (an outcome's `cause`), as a heading or a table row: `earthquake` → `地震`,
 * `leak.mis-sending` → `個人情報の漏えい等(誤送付・誤送信)`. A leak is named by the scenario's name for
 * its cause (or the preset's, `leakCauseName`); without one, by the scenario's own id for it. A cause
 * this version of the model does not know keeps its id.
 *
 * @example
 * causeLabel('leak.mis-sending', 'en', scenario); // 'Personal-data incident (mis-sent letter or e-mail)'
 */
export function causeLabel(cause: string, lang: Lang, scenario?: Pick<Scenario, 'threats'>): string {
  const parsed = parsedCause(cause);
  if (parsed === undefined) return cause;
  const t = localeOf(lang);
  if (!('scenarioCause' in parsed)) return t.causes[parsed.kind];
  const id = parsed.scenarioCause;
  const name = scenario ? leakCauseName(scenario, id) : undefined;
  return t.namedCause(t.causes[parsed.kind], localized(name, lang, id));
}

// Results read back from JSON may come from another version of the model, with causes this one lacks.
function parsedCause(cause: string): ParsedCause | undefined {
  try {
    return parseOutcomeCause(cause);
  } catch {
    return undefined;
  }
}
