import { jmaClassLabel } from '@machi/scenarios';
import { digits } from '../format/digits.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import type { CaseNames } from './case-names.ts';
import type { CaseNote } from './virtual-case.ts';

/** Notes about recovery: who was called, what they waited for, what the data came back from. */
export const RECOVERY_NOTES: ReadonlySet<string> = new Set([
  'staffWork',
  'vendorWork',
  'restoreFromBackup',
  'noSurvivingBackup',
  'providerQueue',
  'siteReplaced',
  'systemRestored',
  'alternateOfficeOpened',
  'failedOver',
]);

/** Notes about residents: the surge of requests and the evacuation-support list. */
export const PEOPLE_NOTES: ReadonlySet<string> = new Set(['demandSurge', 'evacuationListUnreachable']);

const TIME_CLASS = {
  workday: { ja: '勤務時間内', en: 'during office hours' },
  night: { ja: '夜間', en: 'at night' },
  holiday: { ja: '閉庁日', en: 'on a closed day' },
} as const;

const TASKS: Record<string, { ja: string; en: string }> = {
  triage: { ja: '状況確認', en: 'triage of' },
  rebuild: { ja: '再構築', en: 'rebuild of' },
  repair: { ja: '修理', en: 'repair of' },
};

/**
 * One note of an incident as a sentence in `lang` (です・ます in Japanese), with the names of the
 * systems, sites and vendors it mentions. Numbers are the note's own; a note of a kind not known here
 * is still shown, as its name and details, so nothing the model recorded is dropped.
 *
 * @example
 * noteText({ at, what: 'lineCut', detail: { link: 'cloud-line', route: 1, routes: 1, repairHours: 59.82 } }, 'ja', names);
 * // '回線 cloud-line が切断されました(1経路中1経路目)。修理に60時間かかります。'
 */
export function noteText(note: CaseNote, lang: Lang, names: CaseNames): string {
  const ja = lang === 'ja';
  const d = note.detail;
  const h = (x: unknown) => formatHours(Number(x), lang);
  const str = (x: unknown) => String(x);
  const system = () => names.system(str(d.system));
  const site = () => names.site(str(d.site));
  switch (note.what) {
    case 'earthquake': {
      const tsunami = Number(d.tsunamiHeightM);
      const intensity = Number(d.officeIntensity);
      return ja
        ? `マグニチュード${str(d.magnitude)}の地震が発生し、庁舎では計測震度${digits(intensity, 2)}(震度${jmaClassLabel(intensity, 'ja')})を観測しました。${tsunami > 0 ? `津波の高さは沿岸で${digits(tsunami, 2)}mです。` : ''}`
        : `A magnitude ${str(d.magnitude)} earthquake struck; the town hall measured instrumental intensity ${digits(intensity, 2)} (JMA ${jmaClassLabel(intensity, 'en')}).${tsunami > 0 ? ` The tsunami was ${digits(tsunami, 2)} m high at the coast.` : ''}`;
    }
    case 'tsunamiInundation':
      return ja
        ? `津波が${site()}に達し、サーバ室の床上${digits(Number(d.depthM), 2)}mまで浸水しました。`
        : `The tsunami reached ${site()} and flooded it to ${digits(Number(d.depthM), 2)} m above the server-room floor.`;
    case 'site-flooded':
      return ja ? `${site()}は浸水で使えなくなり、そこにあった機器とバックアップは失われました。` : `${site()} was lost to the flood, with the equipment and backups kept there.`;
    case 'site-destroyed':
      return ja ? `${site()}は揺れで損壊し、そこにあった機器とバックアップは失われました。` : `${site()} was wrecked by the shaking, with the equipment and backups kept there.`;
    case 'lineCut':
      return ja
        ? `回線 ${str(d.link)} が切断されました(${str(d.routes)}経路中${str(d.route)}経路目)。修理に${h(d.repairHours)}かかります。`
        : `Line ${str(d.link)} was cut (route ${str(d.route)} of ${str(d.routes)}); repairs take ${h(d.repairHours)}.`;
    case 'gridOutage':
      return ja ? `電力区域 ${str(d.powerRegion)} が${h(d.hours)}停電しました。` : `The grid in power region ${str(d.powerRegion)} was down for ${h(d.hours)}.`;
    case 'noGenerator':
      return ja ? `${site()}では非常用発電機が動かず、すぐに電源を失いました。` : `At ${site()} the generator did not start: the site lost power at once.`;
    case 'generatorFuelOut':
      return ja ? `${site()}の非常用発電機は${h(d.afterHours)}後に燃料が尽きました。` : `The generator at ${site()} ran out of fuel after ${h(d.afterHours)}.`;
    case 'ransomware':
      return ja
        ? `ランサムウェアが${str(d.entry)}系ネットワークから侵入しました(到達: ${str(d.reached)})。${d.dataTheft === true ? 'データが持ち出されました。' : ''}封じ込めに${h(d.containmentHours)}かかります。`
        : `Ransomware entered through the ${str(d.entry)} segment (reached: ${str(d.reached)}).${d.dataTheft === true ? ' Data was stolen.' : ''} Containment takes ${h(d.containmentHours)}.`;
    case 'encrypted':
      return ja ? `${system()}が暗号化されました。同じ場所のオンラインのバックアップも暗号化されています。` : `${system()} was encrypted, with the online backups kept beside it.`;
    case 'leak':
      return ja ? `個人データの漏えい等が判明しました(${formatPersons(Number(d.persons), 'ja')})。` : `A personal-data incident came to light (${formatPersons(Number(d.persons), 'en')}).`;
    case 'vendorCompromise':
      return ja
        ? `委託先 ${names.vendor(str(d.vendor))} が不正侵入を受け、保管していた町の住民${formatPersons(Number(d.persons), 'ja')}分のデータが流出しました。このベンダーは${str(d.townsServed)}の自治体を担当しています。`
        : `Vendor ${names.vendor(str(d.vendor))} was compromised, exposing the data it held on ${formatPersons(Number(d.persons), 'en')} of the town; it serves ${str(d.townsServed)} municipalities.`;
    case 'hardwareFailure':
      return ja ? `${system()}の機器が故障しました。` : `${system()} suffered a hardware failure.`;
    case 'zoneOutage':
      return ja ? `${site()}のゾーン ${str(d.zone)} が${h(d.hours)}停止しました。` : `Zone ${str(d.zone)} of ${site()} was down for ${h(d.hours)}.`;
    case 'failoverFailed':
      return ja ? `${system()}は別のゾーンへの切替に失敗しました。` : `${system()} failed to fail over to another zone.`;
    case 'failedOver':
      return ja ? `${system()}は別のゾーンに切り替わり、止まりませんでした。` : `${system()} failed over to another zone and kept running.`;
    case 'regionOutage':
      return ja ? `${site()}のリージョン全体が${h(d.hours)}停止しました。` : `The whole region of ${site()} was down for ${h(d.hours)}.`;
    case 'facilityOutage':
      return ja ? `${site()}の設備が${h(d.hours)}停止しました。` : `The facility at ${site()} was down for ${h(d.hours)}.`;
    case 'eruption':
      return ja ? `${str(d.volcano)}が噴火しました(${d.size === 'large' ? '大規模' : '小規模'})。` : `${str(d.volcano)} erupted (${d.size === 'large' ? 'large' : 'small'} eruption).`;
    case 'evacuated':
      return ja ? `${site()}は避難指示の区域に入り、${digits(Number(d.days), 1)}日間立ち入れません。` : `${site()} lies in the evacuation zone: no entry for ${digits(Number(d.days), 1)} days.`;
    case 'heavySnow':
      return ja ? `大雪が${h(d.hours)}続き、職員の参集に時間がかかります。` : `Heavy snow for ${h(d.hours)}; staff take longer to get in.`;
    case 'lgwanOutage':
      return ja ? `LGWANが全国で${h(d.hours)}停止しました。` : `The LGWAN was down nationwide for ${h(d.hours)}.`;
    case 'vendorExit':
      return ja
        ? `ベンダー ${names.vendor(str(d.vendor))} がサービスの終了を通知しました(${digits(Number(d.noticeMonths), 1)}か月前の予告、対象システム ${str(d.systems)} 件)。`
        : `Vendor ${names.vendor(str(d.vendor))} gave notice that it ends its service (${digits(Number(d.noticeMonths), 1)} months ahead; ${str(d.systems)} systems).`;
    case 'cutover':
      return ja
        ? `新しいベンダーへの切替を行いました。${d.outage === true ? `切替で${h(d.outageHours)}止まりました。` : '切替で止まることはありませんでした。'}${d.conversionDefect === true ? 'データ移行で記録の一部が壊れました。' : ''}`
        : `The systems were cut over to a new vendor.${d.outage === true ? ` The cutover stopped them for ${h(d.outageHours)}.` : ' The cutover stopped nothing.'}${d.conversionDefect === true ? ' The data conversion corrupted some records.' : ''}`;
    case 'demandSurge':
      return ja
        ? `災害のため${names.service(str(d.service))}の申請が${digits(Number(d.extraRequests))}件増え、${str(d.overDays)}日にわたって続きます。`
        : `The disaster brings ${digits(Number(d.extraRequests))} extra requests for ${names.service(str(d.service))} over ${str(d.overDays)} days.`;
    case 'evacuationListUnreachable':
      return ja
        ? `避難行動要支援者名簿を持つシステムに災害直後の${h(d.hours)}つながらず、紙の名簿が事前に共有されていない要支援者${formatPersons(Number(d.residentsUncovered), 'ja')}の安否確認に使えませんでした。`
        : `The system holding the evacuation-support list could not be reached for ${h(d.hours)} after the disaster; ${formatPersons(Number(d.residentsUncovered), 'en')} on the list had no paper copy shared in advance.`;
    case 'staffWork': {
      const [task, id] = str(d.what).split(' ', 2) as [string, string | undefined];
      const t = TASKS[task]?.[lang] ?? task;
      const when = TIME_CLASS[d.timeClass as keyof typeof TIME_CLASS]?.[lang] ?? str(d.timeClass);
      return ja
        ? `町の職員を${id ? `${names.system(id)}の` : ''}${t}に呼び出しました(${when})。着手まで${h(d.waitedHours)}待ち、作業は${h(d.hours)}でした。`
        : `A member of the town's IT staff was called ${when} for the ${t}${id ? ` ${names.system(id)}` : ''}: ${h(d.waitedHours)} until work began, ${h(d.hours)} of work.`;
    }
    case 'vendorWork': {
      const [task, id] = str(d.what).split(' ', 2) as [string, string | undefined];
      const t = TASKS[task]?.[lang] ?? task;
      const contract = d.contract === 'premium' ? (ja ? '駆けつけ契約' : 'premium on-site contract') : ja ? '翌営業日対応の契約' : 'next-business-day contract';
      return ja
        ? `${names.vendor(str(d.vendor))}の技術者に${id ? `${names.system(id)}の` : ''}${t}を依頼しました(${contract})。到着まで${h(d.waitedHours)}待ち(契約による出動までの時間と、ほかの自治体の作業の順番待ちを含みます)、作業は${h(d.hours)}でした。`
        : `${names.vendor(str(d.vendor))} was asked for the ${t}${id ? ` ${names.system(id)}` : ''} (${contract}): ${h(d.waitedHours)} until an engineer arrived (the contract's start and any queue behind other towns included), ${h(d.hours)} of work.`;
    }
    case 'restoreFromBackup':
      return ja
        ? `${system()}は${names.site(str(d.backupSite))}に残っていた${d.offline === true ? 'オフラインの' : ''}バックアップから戻します。最後のバックアップ以降の${h(d.dataLostHours)}分の記録は失われ、入力し直しが必要です。`
        : `${system()} is restored from the ${d.offline === true ? 'offline ' : ''}backup that survived at ${names.site(str(d.backupSite))}; the last ${h(d.dataLostHours)} of records are lost and must be entered again.`;
    case 'noSurvivingBackup':
      return ja ? `${system()}には使えるバックアップが残っておらず、データを一から作り直します。` : `No usable backup of ${system()} survived: its data must be rebuilt from scratch.`;
    case 'providerQueue':
      return ja
        ? `${system()}の事業者は共同利用の${str(d.townsAhead)}団体を先に復旧し、町は${h(d.waitedHours)}順番を待ちました。`
        : `The operator of ${system()} restored ${str(d.townsAhead)} member towns first; the town waited ${h(d.waitedHours)} for its turn.`;
    case 'siteReplaced':
      return ja ? `${site()}の代わりの設備が使えるようになりました。` : `Replacement equipment for ${site()} is ready.`;
    case 'systemRestored':
      return ja ? `${system()}が復旧しました。` : `${system()} is back.`;
    case 'alternateOfficeOpened':
      return ja ? '代替庁舎を開設し、職員はそこから業務を再開しました。' : 'The alternate office opened and staff resumed work there.';
    default: {
      const details = Object.entries(d).map(([k, v]) => `${k}=${String(v)}`).join(', ');
      return details ? `${note.what} (${details})` : note.what;
    }
  }
}
