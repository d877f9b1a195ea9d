import { digits } from '../format/digits.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { dataClassLabel, kindLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import type { CaseNames } from './case-names.ts';
import type { Cohort, Persona } from './virtual-case.ts';

const COHORT = {
  under15: { ja: '15歳未満の住民', en: 'residents under 15' },
  from15to64: { ja: '15〜64歳の住民', en: 'residents aged 15 to 64' },
  over65: { ja: '65歳以上の住民', en: 'residents aged 65 and over' },
} as const satisfies Record<Cohort, Record<Lang, string>>;

const PAST: Record<string, string> = { leak: 'leaked', loss: 'lost', damage: 'damaged' };

/**
 * A persona as a short paragraph in plain Japanese (です・ます) or English: who they are (one of the
 * cohort's residents), what they needed, what they met, and how many were in the same place.
 *
 * @example
 * personaText({ label: 'A', role: 'evacuationSupport', cohort: 'over65', cohortResidents: 3420, hours: 72, residents: 270 }, 'ja', names);
 * // 'Aさんは町の65歳以上の住民3,420人のひとりで、避難行動要支援者名簿に載っています。…'
 */
export function personaText(p: Persona, lang: Lang, names: CaseNames): string {
  const ja = lang === 'ja';
  const who = ja ? `${p.label}さんは町の${COHORT[p.cohort].ja}${formatPersons(p.cohortResidents, 'ja')}のひとりで、` : `Resident ${p.label}, one of the town's ${digits(p.cohortResidents)} ${COHORT[p.cohort].en}, `;
  const h = (x: number | undefined) => formatHours(x ?? 0, lang);
  const n = (x: number | undefined) => formatPersons(x ?? 0, lang);
  const service = p.service === undefined ? '' : names.service(p.service);
  switch (p.role) {
    case 'evacuationSupport': {
      const system = p.system === undefined ? (ja ? '名簿のシステム' : 'the list system') : names.system(p.system);
      return ja
        ? `${who}避難行動要支援者名簿に載っています。災害の直後、名簿を持つ「${system}」に${h(p.hours)}つながらず、名簿が紙で事前に共有されていなかった${n(p.residents)}の安否確認と避難の支援は、記憶と聞き取りに頼るしかありませんでした。${p.label}さんもそのひとりです。`
        : `${who}is on the evacuation-support list. Right after the disaster "${system}", which holds the list, could not be reached for ${h(p.hours)}: for the ${n(p.residents)} on the list with no paper copy shared in advance, checks and help to evacuate relied on memory and asking around. Resident ${p.label} was one of them.`;
    }
    case 'disasterCertificate':
      return ja
        ? `${who}家が被害を受け、世帯を代表して「${service}」を申請しに窓口に来ました。その窓口は${h(p.hours)}使えず、災害で増えた${digits(p.extraRequests ?? 0)}件の申請が${p.overDays}日にわたって続く中、延べ約${n(p.residents)}が同じように待ちました。証明がなければ支援金や仮設住宅の手続きも進みません。`
        : `${who}came to the counter for "${service}" for a household whose home was damaged. The counter was unavailable for ${h(p.hours)}; with ${digits(p.extraRequests ?? 0)} extra requests arriving over ${p.overDays} days, about ${n(p.residents)} waited the same way. Without the certificate, relief payments and temporary housing wait too.`;
    case 'counterVisitor':
      return ja
        ? `${who}「${service}」のために窓口に来ましたが、${h(p.hours)}使えませんでした。同じように受けられなかった住民は延べ約${n(p.residents)}です。`
        : `${who}came for "${service}", which was unavailable for ${h(p.hours)}; about ${n(p.residents)} were turned away the same way.`;
    case 'dataSubject': {
      const classes = (p.dataClasses ?? []).map((c) => dataClassLabel(c, lang)).join(ja ? '・' : ' and ');
      const kinds = (p.kinds ?? []).map((k) => (ja ? kindLabel(k, 'ja') : (PAST[k] ?? k))).join(ja ? '・' : ' or ');
      const after = ja
        ? `${p.notified ? '町から通知とおわびの手紙が届きます。' : '本人への通知は求められていません。'}${p.compensated ? '補償の対象にもなります。' : ''}`
        : `${p.notified ? ' The town sends a letter of notice and apology.' : ' No notice to the persons is required.'}${p.compensated ? ' They are also compensated.' : ''}`;
      return ja
        ? `${who}${classes}がこの事故で${kinds}した${n(p.residents)}分のデータに含まれていました。${after}`
        : `${who}had ${classes} among the records of ${n(p.residents)} that were ${kinds} in this incident.${after}`;
    }
  }
}
