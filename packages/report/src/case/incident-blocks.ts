import { jmaClassLabel, TOTAL_LOSS_DATA_HOURS } from '@machi/scenarios';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import { actionLabel, dataClassLabel, formatMetric, kindLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import type { Block as CaseBlock } from '../document/blocks.ts';
import { caseDateTime, caseDay } from './case-date-time.ts';
import type { CaseNames } from './case-names.ts';
import { causeLabel } from '../cause-label.ts';
import { noteText, PEOPLE_NOTES, RECOVERY_NOTES } from './note-text.ts';
import { personaText } from './persona-text.ts';
import { reasonLabel } from './reason-label.ts';
import type { CaseIncident, CaseTime } from './virtual-case.ts';

const heading = (level: 3 | 4, text: string, id?: string): CaseBlock => ({ kind: 'heading', level, text, ...(id ? { id } : {}) });
const paragraph = (text: string): CaseBlock => ({ kind: 'paragraph', text });
const list = (items: readonly string[]): CaseBlock => ({ kind: 'list', items });

const TIME_CLASS = {
  workday: { ja: '勤務時間内', en: 'office hours' },
  night: { ja: '夜間', en: 'night' },
  holiday: { ja: '閉庁日', en: 'town hall closed' },
} as const;

const BASIS_KIND = {
  law: { ja: '法令', en: 'law' },
  guideline: { ja: 'ガイドライン', en: 'guideline' },
  practice: { ja: '自治体の実務', en: 'municipal practice' },
  'town-decision': { ja: '町の決定', en: 'town decision' },
  assumption: { ja: '仮定', en: 'assumption' },
} as const;

function incidentTitle(i: CaseIncident, lang: Lang): string {
  const ja = lang === 'ja';
  let what = causeLabel(i.cause, lang);
  if (i.hazard?.magnitude !== undefined) what += ja ? `(マグニチュード${i.hazard.magnitude})` : ` (magnitude ${i.hazard.magnitude})`;
  const when = TIME_CLASS[i.start.timeClass][lang];
  return ja ? `${caseDateTime(i.start, 'ja')}(${when}) ${what}` : `${caseDateTime(i.start, 'en')} (${when}): ${what}`;
}

/**
 * One incident as a section of the script: a heading with its date, time of day and cause, then the
 * same questions for every incident — what happened, what stopped and why, who was affected, what
 * recovery needed and waited for, costs, the thresholds crossed (rule, basis, deadline) and what it
 * meant for people. Every number is a field of the incident, formatted.
 */
export function incidentBlocks(i: CaseIncident, index: number, lang: Lang, names: CaseNames): CaseBlock[] {
  const ja = lang === 'ja';
  const at = (n: { at: CaseTime }) => caseDateTime(n.at, lang);
  const blocks: CaseBlock[] = [heading(3, incidentTitle(i, lang), `incident-${index + 1}`)];

  blocks.push(heading(4, ja ? '何が起きたか' : 'What happened'));
  const happened = i.notes.filter((n) => !RECOVERY_NOTES.has(n.what) && !PEOPLE_NOTES.has(n.what));
  const items = happened.map((n) => `${at(n)} ${noteText(n, lang, names)}`);
  if (i.hazard?.intensityBySite) {
    const sites = Object.entries(i.hazard.intensityBySite).map(([site, x]) => (ja ? `${names.site(site)} ${x}(震度${jmaClassLabel(x, 'ja')})` : `${names.site(site)} ${x} (JMA ${jmaClassLabel(x, 'en')})`));
    items.push(ja ? `各拠点の計測震度: ${sites.join('、')}` : `Instrumental intensity at each site: ${sites.join(', ')}`);
  }
  const flags = [
    i.maliciousIntent && (ja ? '不正の目的によるもの' : 'malicious'),
    i.directHarm && (ja ? '直接の被害あり' : 'direct harm done'),
    i.highlyEncrypted && (ja ? 'データは高度に暗号化されていた' : 'data highly encrypted'),
    i.recoveredUnviewed && (ja ? '見られる前に回収された' : 'recovered unviewed'),
  ].filter((x): x is string => typeof x === 'string');
  if (flags.length > 0) items.push(ja ? `事故の性質: ${flags.join('、')}` : `Nature of the incident: ${flags.join(', ')}`);
  if (items.length === 0) items.push(ja ? `${causeLabel(i.cause, lang)}が起きました。` : `${causeLabel(i.cause, lang)}.`);
  blocks.push(list(items));

  blocks.push(heading(4, ja ? '何が止まり、なぜ止まったか' : 'What stopped, and why'));
  const stopped: string[] = [];
  for (const s of i.systems) {
    const windows = s.windows.map((w) => `${reasonLabel(w.reason, lang)} ${caseDateTime(w.from, lang)} – ${caseDateTime(w.to, lang)}`).join(ja ? '、' : '; ');
    const rto = s.downHours > s.rtoHours ? (ja ? `目標復旧時間 ${formatHours(s.rtoHours, 'ja')}を超えました` : `past its RTO of ${formatHours(s.rtoHours, 'en')}`) : ja ? `目標復旧時間 ${formatHours(s.rtoHours, 'ja')}以内` : `within its RTO of ${formatHours(s.rtoHours, 'en')}`;
    stopped.push(
      ja
        ? `システム「${names.system(s.system)}」(${names.site(s.site)}): ${formatHours(s.downHours, 'ja')}止まりました(${rto})。理由: ${windows}`
        : `System "${names.system(s.system)}" (${names.site(s.site)}): down ${formatHours(s.downHours, 'en')} (${rto}). Why: ${windows}`,
    );
  }
  for (const s of i.services) {
    const rto =
      s.rtoHours === undefined
        ? undefined
        : s.downHours > s.rtoHours
          ? ja ? `目標復旧時間 ${formatHours(s.rtoHours, 'ja')}を超えました` : `past the RTO of ${formatHours(s.rtoHours, 'en')}`
          : ja ? `目標復旧時間 ${formatHours(s.rtoHours, 'ja')}以内` : `within the RTO of ${formatHours(s.rtoHours, 'en')}`;
    const critical = s.critical ? (ja ? '(重要業務)' : ' (critical)') : '';
    stopped.push(
      ja
        ? `住民向けサービス「${names.service(s.service)}」${critical}: 窓口で${formatHours(s.downHours, 'ja')}使えませんでした${rto ? `(${rto})` : ''}。`
        : `Service "${names.service(s.service)}"${critical}: unavailable at the counter for ${formatHours(s.downHours, 'en')}${rto ? ` (${rto})` : ''}.`,
    );
  }
  blocks.push(stopped.length > 0 ? list(stopped) : paragraph(ja ? 'システムの停止はありませんでした。' : 'No system stopped.'));

  blocks.push(heading(4, ja ? '誰が影響を受けたか' : 'Who was affected'));
  const affected: string[] = [];
  if (i.residentsWithoutService > 0) {
    affected.push(
      ja
        ? `サービスを受けられなかった住民: 延べ約${formatPersons(i.residentsWithoutService, 'ja')}(待ち時間の合計 ${formatMetric('residentHoursWithoutService', i.residentHoursWithoutService, 'ja')})`
        : `Residents without a service: about ${formatPersons(i.residentsWithoutService, 'en')} (waiting ${formatMetric('residentHoursWithoutService', i.residentHoursWithoutService, 'en')} in all)`,
    );
  }
  if (i.personsAffected > 0) {
    const kinds = i.kinds.filter((k) => k !== 'outage').map((k) => (ja ? kindLabel(k, 'ja') : (PAST[k] ?? k))).join(ja ? '・' : ' or ');
    const classes = i.dataClasses.map((c) => `${dataClassLabel(c, lang)} ${formatPersons(i.personsByDataClass[c], lang)}`).join(ja ? '、' : ', ');
    affected.push(
      ja
        ? `個人データが${kinds}した本人: ${formatPersons(i.personsAffected, 'ja')}(${classes})`
        : `Persons whose data was ${kinds}: ${formatPersons(i.personsAffected, 'en')} (${classes})`,
    );
  }
  for (const n of i.notes.filter((x) => PEOPLE_NOTES.has(x.what))) affected.push(`${at(n)} ${noteText(n, lang, names)}`);
  blocks.push(affected.length > 0 ? list(affected) : paragraph(ja ? '住民への影響はありませんでした。' : 'No resident was affected.'));

  blocks.push(heading(4, ja ? '復旧に必要だったもの・待ったもの' : 'What recovery needed and waited for'));
  const recovery = i.notes.filter((n) => RECOVERY_NOTES.has(n.what)).map((n) => `${at(n)} ${noteText(n, lang, names)}`);
  for (const s of i.systems) {
    if (s.dataLostHours === undefined) continue;
    recovery.push(
      s.dataLostHours >= TOTAL_LOSS_DATA_HOURS
        ? ja
          ? `失われたデータ(${names.system(s.system)}): 残ったバックアップがなく、記録の全体(${formatHours(s.dataLostHours, 'ja')}分として数えます)`
          : `Data lost (${names.system(s.system)}): no backup survived — the whole record (counted as ${formatHours(s.dataLostHours, 'en')})`
        : ja
          ? `失われたデータ(${names.system(s.system)}): 最新の残ったバックアップ以降の${formatHours(s.dataLostHours, 'ja')}分`
          : `Data lost (${names.system(s.system)}): the ${formatHours(s.dataLostHours, 'en')} since the newest surviving backup`,
    );
  }
  if (i.ongoing) recovery.push(ja ? 'シミュレーション期間の終わりにも、まだ復旧していませんでした。' : 'Still not recovered when the simulated period ended.');
  else recovery.push(ja ? `${caseDateTime(i.end, 'ja')}にすべての対応が終わりました。` : `All work was done by ${caseDateTime(i.end, 'en')}.`);
  blocks.push(list(recovery));

  blocks.push(heading(4, ja ? '費用' : 'Costs'));
  const items2 = Object.entries(i.costBreakdownYen).map(([k, v]) => `${costItemLabel(k, lang)} ${formatYen(v, lang)}`);
  blocks.push(paragraph(ja ? `合計 ${formatYen(i.costYen, 'ja')}${items2.length > 0 ? `(${items2.join('、')})` : ''}。` : `Total ${formatYen(i.costYen, 'en')}${items2.length > 0 ? ` (${items2.join(', ')})` : ''}.`));

  blocks.push(heading(4, ja ? '超えた対応基準(規則・根拠・期限)' : 'Thresholds crossed (rule, basis, deadline)'));
  if (i.actions.length === 0) blocks.push(paragraph(ja ? '対応基準に当たるものはありませんでした。' : 'No threshold of the policy was crossed.'));
  else {
    blocks.push(
      list(
        i.actions.map((a) => {
          const bases = a.rules
            .map((rule, k) => {
              const b = a.basis[k]!;
              const kind = BASIS_KIND[b.kind][lang];
              const meta = [kind, b.confirmed ? undefined : ja ? '未確認' : 'unconfirmed', b.source && (ja ? `出典 ${b.source}` : `source ${b.source}`)].filter(Boolean).join(ja ? '、' : ', ');
              return ja ? `規則 ${rule}(${meta}): ${b.ja}` : `rule ${rule} (${meta}): ${b.en}`;
            })
            .join(' / ');
          const deadlines = a.deadlines
            .map((d) => (ja ? `${d.stage === 'preliminary' ? '速報' : '確報'}は${d.days}日以内(${caseDay(d.due, 'ja')}まで)` : `${d.stage === 'preliminary' ? 'preliminary report' : 'final report'} within ${d.days} days (by ${caseDay(d.due, 'en')})`))
            .join(ja ? '、' : ', ');
          return ja ? `${actionLabel(a.action, 'ja')}${deadlines ? ` — 期限: ${deadlines}` : ''}。${bases}` : `${actionLabel(a.action, 'en')}${deadlines ? ` — deadline: ${deadlines}` : ''}. ${bases}`;
        }),
      ),
    );
  }

  blocks.push(heading(4, ja ? '住民にとっての意味' : 'What it meant for people'));
  if (i.personas.length === 0) blocks.push(paragraph(ja ? 'この事故で暮らしに目立った影響はありませんでした。' : 'The incident left no visible mark on residents’ lives.'));
  for (const p of i.personas) blocks.push(paragraph(personaText(p, lang, names)));
  return blocks;
}

const PAST: Record<string, string> = { leak: 'leaked', loss: 'lost', damage: 'damaged' };

const COST_ITEMS: Record<string, { ja: string; en: string }> = {
  equipment: { ja: '機器の再調達', en: 'replacement equipment' },
  staff: { ja: '職員の作業', en: 'staff work' },
  vendor: { ja: 'ベンダーの作業', en: 'vendor work' },
  notificationLetters: { ja: '通知の郵送', en: 'notification letters' },
  callCentre: { ja: 'コールセンター', en: 'call centre' },
  pressConference: { ja: '記者会見', en: 'press conference' },
  compensation: { ja: '補償', en: 'compensation' },
  responseStaff: { ja: '対応の職員時間', en: 'staff time for the response' },
  forensics: { ja: 'フォレンジック調査', en: 'forensics' },
  migration: { ja: 'システム移行', en: 'migration' },
};

const costItemLabel = (item: string, lang: Lang) => COST_ITEMS[item]?.[lang] ?? item;
