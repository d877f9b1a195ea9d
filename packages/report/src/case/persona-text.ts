import { digits } from '../format/digits.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { dataClassLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { CaseNames } from './case-names.ts';
import type { Persona } from './virtual-case.ts';

/**
 * A persona as a short paragraph in plain Japanese (です・ます) or English: who they are (one of the
 * cohort's residents), what they needed, what they met, and how many were in the same place.
 *
 * @example
 * personaText({ label: 'A', role: 'evacuationSupport', cohort: 'over65', cohortResidents: 3420, hours: 72, residents: 270 }, 'ja', names);
 * // 'Aさんは町の65歳以上の住民3,420人のひとりで、避難行動要支援者名簿に載っています。…'
 */
export function personaText(p: Persona, lang: Lang, names: CaseNames): string {
  const t = localeOf(lang);
  return t.personas[p.role]({
    label: p.label,
    who: t.personas.who(p.label, t.cohorts[p.cohort], p.cohortResidents),
    service: p.service === undefined ? '' : names.service(p.service),
    system: p.system === undefined ? t.personas.listSystem : names.system(p.system),
    hours: formatHours(p.hours ?? 0, lang),
    residents: formatPersons(p.residents ?? 0, lang),
    extraRequests: digits(p.extraRequests ?? 0),
    overDays: p.overDays,
    dataClasses: t.list.and((p.dataClasses ?? []).map((c) => dataClassLabel(c, lang))),
    kinds: t.list.or((p.kinds ?? []).map((k) => t.dataHarm[k])),
    notified: p.notified,
    compensated: p.compensated,
  });
}
