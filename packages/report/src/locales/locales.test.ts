import {
  ACTIONS,
  BASIS_KINDS,
  DATA_CLASSES,
  HOSTING_KINDS,
  INCIDENT_CAUSE_TRAITS,
  INCIDENT_CAUSES,
  INCIDENT_KINDS,
  METRIC_IDS,
  MODEL_ASSUMPTIONS,
  NOTE_KINDS,
  REASONS,
  outcomeCause,
  tableColumns,
  type NoteDetails,
  type NoteKind,
} from '@machi/scenarios';
import { quietTown } from '@machi/scenarios/testing';
import { describe, expect, it } from 'vitest';
import { caseNames } from '../case/case-names.ts';
import { scriptedTown } from '../case/test-support.ts';
import { noteText } from '../case/note-text.ts';
import { reasonLabel } from '../case/reason-label.ts';
import type { CaseNote } from '../case/virtual-case.ts';
import { causeLabel } from '../cause-label.ts';
import { csvHeading } from '../csv-heading.ts';
import { actionLabel, dataClassLabel, kindLabel, metricLabel, variantLabel } from '../labels.ts';
import { LANGS } from '../lang.ts';
import { localeOf } from './locale-of.ts';
import type { ReportLocale } from './report-locale.ts';

/** A detail of every kind of note, as the model writes it (a new kind without one fails the type check). */
const NOTE_DETAILS: { readonly [K in NoteKind]: NoteDetails[K] } = {
  earthquake: { magnitude: 7.8, officeIntensity: 6.12, tsunamiHeightM: 9 },
  tsunamiInundation: { site: 'townhall', depthM: 2.5 },
  'site-destroyed': { site: 'townhall' },
  'site-flooded': { site: 'townhall' },
  eruption: { volcano: 'Tarumae', size: 'large' },
  evacuated: { site: 'townhall', days: 30 },
  heavySnow: { hours: 48 },
  gridOutage: { powerRegion: 'hokkaido', hours: 10 },
  noGenerator: { site: 'townhall', afterHours: 0 },
  generatorFuelOut: { site: 'townhall', afterHours: 24 },
  lineCut: { link: 'line-dc', route: 1, routes: 2, repairHours: 12 },
  lgwanOutage: { hours: 6 },
  hardwareFailure: { system: 'registry' },
  ransomware: { entry: 'internet', reached: 'internet', dataTheft: true, containmentHours: 48 },
  encrypted: { system: 'registry' },
  leak: { cause: 'mis-sending', persons: 150 },
  vendorCompromise: { vendor: 'vendor-a', townsServed: 10, persons: 300 },
  zoneOutage: { site: 'cloud', zone: 'a', hours: 4 },
  failoverFailed: { system: 'registry' },
  regionOutage: { site: 'cloud', hours: 8 },
  facilityOutage: { site: 'housing-dc', hours: 5 },
  vendorExit: { vendor: 'vendor-a', noticeMonths: 12, systems: 3 },
  cutover: { outage: true, outageHours: 24, conversionDefect: true },
  applicationRelease: { package: 'tax-package', defect: 'wrongNotices', outageHours: 0, wrongNotices: 2200 },
  batchFailure: { package: 'tax-package', delayHours: 3 },
  softwareWrongIssuance: { package: 'certificates', documents: 3, persons: 5, myNumber: true },
  maintenanceWindow: { site: 'townhall', hours: 4, overrunHours: 10 },
  hardwareRenewal: { site: 'townhall', systems: 6, hours: 36, overrunHours: 0 },
  misconfigurationExposure: { site: 'townhall', exposureHours: 2000 },
  staffWork: { what: 'rebuild registry', timeClass: 'night', waitedHours: 2, hours: 24 },
  vendorWork: { what: 'repair registry', vendor: 'vendor-a', waitedHours: 30, hours: 4, contract: 'premium' },
  restoreFromBackup: { system: 'registry', backupSite: 'cloud', offline: true, dataLostHours: 20 },
  noSurvivingBackup: { system: 'registry' },
  providerQueue: { system: 'registry', townsAhead: 3, waitedHours: 16 },
  siteReplaced: { site: 'townhall' },
  systemRestored: { system: 'registry' },
  alternateOfficeOpened: {},
  jukiNetOutage: { hours: 6 },
  restoredAtBackupSite: { system: 'registry', site: 'cloud' },
  failedOver: { system: 'registry' },
  demandSurge: { service: 'certificates', extraRequests: 2700, overDays: 90 },
  evacuationListUnreachable: { hours: 72, residentsUncovered: 270 },
  insiderMisuse: { act: 'takeOut', persons: 460, undetectedHours: 72 },
  staffAbsent: { absent: 2, staff: 2 },
  riverFlood: { hours: 36 },
  floodDepth: { site: 'townhall', depthM: 1.8, aboveFloorM: 0.8 },
  generatorFlooded: { site: 'townhall', afterHours: 0 },
  typhoon: { powerRegion: 'hokkaido' },
  sitePowerCut: { site: 'townhall', hours: 300 },
  fire: { site: 'townhall', roomLost: false, damageHours: 96, officeUnusableHours: 168 },
  'site-burnt': { site: 'townhall' },
  'site-wind-damaged': { site: 'townhall' },
};

// The scenarios' quiet test town with its systems, sites, vendors and services named.
const scenario = scriptedTown();
const at = { hours: 0, date: { year: 2027, month: 4, day: 1, hour: 0, minute: 0, weekday: 4 }, timeClass: 'night' } as const;
const note = <K extends NoteKind>(what: K): CaseNote => ({ at, what, detail: NOTE_DETAILS[what] }) as CaseNote;

/** Each vocabulary-keyed table of a locale, and the vocabulary it must word exactly. */
const TABLES: readonly [keyof ReportLocale, readonly string[]][] = [
  ['causes', INCIDENT_CAUSES],
  ['reasons', REASONS],
  ['notes', Object.keys(NOTE_KINDS)],
  ['metrics', METRIC_IDS],
  ['actions', ACTIONS],
  ['dataClasses', DATA_CLASSES],
  ['incidentKinds', INCIDENT_KINDS],
  ['dataHarm', INCIDENT_KINDS],
  ['hostingKinds', HOSTING_KINDS],
  ['basisKinds', BASIS_KINDS],
  ['cohorts', ['under15', 'from15to64', 'over65']],
  ['timeClasses', ['workday', 'night', 'holiday']],
  ['timeWhen', ['workday', 'night', 'holiday']],
];

// English words that are their own ids: the incident kinds and the count of incidents.
const SAME_IN_ENGLISH = new Set(['leak', 'loss', 'damage', 'outage', 'incidents']);

describe('report locales', () => {
  for (const lang of LANGS) {
    const t = localeOf(lang);

    it(`the ${lang} tables word exactly the entries of their vocabularies, none empty`, () => {
      for (const [table, vocabulary] of TABLES) {
        const words = t[table] as Readonly<Record<string, unknown>>;
        expect(Object.keys(words).sort(), table).toEqual([...vocabulary].sort());
        for (const key of vocabulary) if (typeof words[key] === 'string') expect((words[key] as string).trim(), `${table}.${key}`).not.toBe('');
      }
    });

    it(`the ${lang} words of the model's assumptions cover every one of them and every choice among words`, () => {
      expect(Object.keys(t.modelAssumptions.items).sort()).toEqual(Object.keys(MODEL_ASSUMPTIONS).sort());
      const choices = Object.values(MODEL_ASSUMPTIONS).flatMap((a) => (typeof a.value === 'string' ? [a.value] : []));
      expect(Object.keys(t.modelAssumptions.choices).sort()).toEqual([...new Set(choices)].sort());
      for (const words of [...Object.values(t.modelAssumptions.items), ...Object.values(t.modelAssumptions.choices)]) expect(words.trim()).not.toBe('');
    });

    it(`every kind of note reads as a ${lang} sentence, with names and without the raw fields`, () => {
      const names = caseNames(scenario, lang);
      for (const what of Object.keys(NOTE_KINDS) as NoteKind[]) {
        const text = noteText(note(what), lang, names);
        expect(text.trim(), what).not.toBe('');
        expect(text, what).not.toMatch(/undefined|NaN|\w+=/);
        expect(text.startsWith(what), what).toBe(false);
      }
    });

    it(`no ${lang} label prints the id of a vocabulary entry`, () => {
      const labelled: [string, string][] = [
        ...INCIDENT_CAUSES.map((c): [string, string] => {
          const cause = INCIDENT_CAUSE_TRAITS[c].perScenarioCause ? outcomeCause(c, 'mis-sending') : outcomeCause(c);
          return [cause, causeLabel(cause, lang, scenario)];
        }),
        ...REASONS.map((r): [string, string] => [r, reasonLabel(r, lang)]),
        ...ACTIONS.map((a): [string, string] => [a, actionLabel(a, lang)]),
        ...DATA_CLASSES.map((c): [string, string] => [c, dataClassLabel(c, lang)]),
        ...INCIDENT_KINDS.map((k): [string, string] => [k, kindLabel(k, lang)]),
        ...HOSTING_KINDS.map((k): [string, string] => [k, variantLabel(k, lang)]),
        ...tableColumns(scenario).map((c): [string, string] => [c, metricLabel(c, lang, scenario)]),
      ];
      for (const [id, label] of labelled) {
        expect(label.trim(), id).not.toBe('');
        if (lang === 'ja') expect(label, id).not.toContain(id);
        else if (!SAME_IN_ENGLISH.has(id)) expect(label, id).not.toBe(id);
      }
    });

    it(`every CSV heading of a scenario's table is worded in ${lang}, its column name kept in brackets`, () => {
      const heading = csvHeading(lang, scenario);
      for (const column of ['variant', 'replication', 'year', ...tableColumns(scenario)]) {
        const [words, name] = heading(column).split(' [');
        expect(name, column).toBe(`${column}]`);
        if (lang === 'ja') expect(words, column).not.toContain(column);
        else expect(words, column).toMatch(/^[A-Za-z]/);
      }
    });
  }

  it('words each kind of note as a sentence with its numbers and names', () => {
    const sentences = (lang: 'ja' | 'en') => (Object.keys(NOTE_KINDS) as NoteKind[]).map((what) => `${what}: ${noteText(note(what), lang, caseNames(scenario, lang))}`);
    expect(sentences('ja')).toMatchInlineSnapshot(`
      [
        "earthquake: マグニチュード7.8の地震が発生し、庁舎では計測震度6.1（震度6強）を観測しました。津波の高さは沿岸で9mです。",
        "tsunamiInundation: 津波が役場サーバ室に達し、サーバ室の床上2.5mまで浸水しました。",
        "site-destroyed: 役場サーバ室は揺れで損壊し、そこにあった機器とバックアップは失われました。",
        "site-flooded: 役場サーバ室は浸水で使えなくなり、そこにあった機器とバックアップは失われました。",
        "eruption: Tarumaeが噴火しました（大規模）。",
        "evacuated: 役場サーバ室は避難指示の区域に入り、30日間立ち入れません。",
        "heavySnow: 大雪が48時間続き、職員の参集に時間がかかります。",
        "gridOutage: 役場サーバ室などのある電力区域が10時間停電しました。",
        "noGenerator: 役場サーバ室では非常用発電機が動かず、すぐに電源を失いました。",
        "generatorFuelOut: 役場サーバ室の非常用発電機は24時間後に燃料が尽きました。",
        "lineCut: 役場サーバ室からhousing-dc・community-dc・ガバメントクラウドへの回線が切断されました（2経路中1経路目）。修理に12時間かかります。",
        "lgwanOutage: LGWANが全国で6時間停止しました。",
        "jukiNetOutage: 住基ネットが全国で6時間停止しました。",
        "hardwareFailure: 住民記録の機器が故障しました。",
        "ransomware: ランサムウェアがインターネット接続系のネットワークから侵入しました（到達：インターネット接続系）。データが持ち出されました。封じ込めに48時間かかります。",
        "encrypted: 住民記録が暗号化されました。同じ場所のオンラインのバックアップも暗号化されています。",
        "leak: 個人データの漏えい等が判明しました（150人）。",
        "vendorCompromise: 委託先 地場ベンダー が不正侵入を受け、保管していた町の住民300人分のデータが流出しました。このベンダーは10の自治体を担当しています。",
        "zoneOutage: ガバメントクラウドのゾーン1（3ゾーンのうち）が4時間停止しました。",
        "failoverFailed: 住民記録は別のゾーンへの切替に失敗しました。",
        "regionOutage: ガバメントクラウドのリージョン全体が8時間停止しました。",
        "facilityOutage: housing-dcの設備が5時間停止しました。",
        "vendorExit: ベンダー 地場ベンダー がサービスの終了を通知しました（12か月前の予告、対象システム 3 件）。",
        "cutover: 新しいベンダーへの切替を行いました。切替で24時間止まりました。データ移行で記録の一部が壊れました。",
        "insiderMisuse: 職員または委託先が住民の記録を持ち出しました（460人）。72時間（3日）後に発覚しました。",
        "typhoon: 台風が役場サーバ室などのある電力区域を襲い、強風と倒木で停電と回線断が広がりました。",
        "sitePowerCut: 役場サーバ室は停電し、電気が戻るまで300時間（12.5日）かかります。",
        "fire: 役場サーバ室で火災が発生しました。煙と消火の水、電源断で機器が96時間（4日）止まります。庁舎は168時間（7日）使えません。",
        "site-burnt: 役場サーバ室は火災で焼損し、そこにあった機器とバックアップは失われました。",
        "site-wind-damaged: 役場サーバ室は強風で損壊し、そこにあった機器とバックアップは失われました。",
        "applicationRelease: パッケージのリリース（法改正対応など）を適用しました。計算の不具合で2,200人に誤った通知書を送り、訂正とお詫びの通知を送り直します。",
        "batchFailure: パッケージの夜間バッチが異常終了しました。窓口が開いてから再実行が終わるまで3時間、システムが使えません。",
        "softwareWrongIssuance: パッケージの証明書発行の不具合で、3通の証明書が別人の情報で交付されました（5人分の記録）。マイナンバーが記載された証明書を含みます。",
        "maintenanceWindow: 役場サーバ室で予告した4時間の計画メンテナンスを行いました。作業は予定を10時間超過しました。",
        "hardwareRenewal: 役場サーバ室のサーバ機器を更改しました（システム 6 件、切替36時間）。",
        "misconfigurationExposure: 役場サーバ室の設定誤りで、記録が2,000時間（83.3日）外部から見える状態でした。",
        "staffWork: 町の職員を住民記録の再構築に呼び出しました（夜間）。着手まで2時間待ち、作業は24時間でした。",
        "vendorWork: 地場ベンダーの技術者に住民記録の修理を依頼しました（駆けつけ契約）。到着まで30時間待ち（契約による出動までの時間と、ほかの自治体の作業の順番待ちを含みます）、作業は4時間でした。",
        "restoreFromBackup: 住民記録はガバメントクラウドに残っていたオフラインのバックアップから戻します。最後のバックアップ以降の20時間分の記録は失われ、入力し直しが必要です。",
        "noSurvivingBackup: 住民記録には使えるバックアップが残っておらず、データを一から作り直します。",
        "providerQueue: 住民記録の事業者は共同利用の3団体を先に復旧し、町は16時間順番を待ちました。",
        "siteReplaced: 役場サーバ室の代わりの設備が使えるようになりました。",
        "systemRestored: 住民記録が復旧しました。",
        "alternateOfficeOpened: 代替庁舎を開設し、職員はそこから業務を再開しました。",
        "failedOver: 住民記録は別のゾーンに切り替わり、止まりませんでした。",
        "restoredAtBackupSite: 住民記録はデータセンターの再建までガバメントクラウドで稼働します。",
        "staffAbsent: 作業の依頼時、町の情報担当職員2人のうち2人が病気や休暇で不在でした。",
        "demandSurge: 災害のため住民票・印鑑証明等の申請が2,700件増え、90日にわたって続きます。",
        "evacuationListUnreachable: 避難行動要支援者名簿を持つシステムに災害直後の72時間（3日）つながらず、紙の名簿が事前に共有されていない要支援者270人の安否確認に使えませんでした。",
        "riverFlood: 洪水・内水氾濫で、水が引くまで36時間かかりました。",
        "floodDepth: 役場サーバ室は地面から1.8m浸水しました（サーバ室の床上0.8m）。",
        "generatorFlooded: 役場サーバ室の非常用発電機は水没して動かず、すぐに電源を失いました。",
      ]
    `);
    expect(sentences('en')).toMatchInlineSnapshot(`
      [
        "earthquake: A magnitude 7.8 earthquake struck; the town hall measured instrumental intensity 6.1 (JMA 6+). The tsunami was 9 m high at the coast.",
        "tsunamiInundation: The tsunami reached Town-hall server room and flooded it to 2.5 m above the server-room floor.",
        "site-destroyed: Town-hall server room was wrecked by the shaking, with the equipment and backups kept there.",
        "site-flooded: Town-hall server room was lost to the flood, with the equipment and backups kept there.",
        "eruption: Tarumae erupted (large eruption).",
        "evacuated: Town-hall server room lies in the evacuation zone: no entry for 30 days.",
        "heavySnow: Heavy snow for 48 h; staff take longer to get in.",
        "gridOutage: The grid in the power area of Town-hall server room and other sites was down for 10 h.",
        "noGenerator: At Town-hall server room the generator did not start: the site lost power at once.",
        "generatorFuelOut: The generator at Town-hall server room ran out of fuel after 24 h.",
        "lineCut: The line from Town-hall server room to housing-dc and community-dc and Government cloud was cut (route 1 of 2); repairs take 12 h.",
        "lgwanOutage: The LGWAN was down nationwide for 6 h.",
        "jukiNetOutage: 住基ネット, the resident-registry network, was down nationwide for 6 h.",
        "hardwareFailure: Resident registry suffered a hardware failure.",
        "ransomware: Ransomware entered through the internet segment (reached: internet segment). Data was stolen. Containment takes 48 h.",
        "encrypted: Resident registry was encrypted, with the online backups kept beside it.",
        "leak: A personal-data incident came to light (150 persons).",
        "vendorCompromise: Vendor Local vendor was compromised, exposing the data it held on 300 persons of the town; it serves 10 municipalities.",
        "zoneOutage: Zone 1 of 3 of Government cloud was down for 4 h.",
        "failoverFailed: Resident registry failed to fail over to another zone.",
        "regionOutage: The whole region of Government cloud was down for 8 h.",
        "facilityOutage: The facility at housing-dc was down for 5 h.",
        "vendorExit: Vendor Local vendor gave notice that it ends its service (12 months ahead; 3 systems).",
        "cutover: The systems were cut over to a new vendor. The cutover stopped them for 24 h. The data conversion corrupted some records.",
        "insiderMisuse: Records were taken out by staff or a contractor (460 persons); it came to light 72 h (3 days) later.",
        "typhoon: A typhoon swept the power area of Town-hall server room and other sites: wind and fallen trees cut power and lines.",
        "sitePowerCut: Town-hall server room lost power; it takes 300 h (12.5 days) to come back.",
        "fire: A fire broke out at Town-hall server room. Smoke, extinguishing water and the power cut stop the equipment for 96 h (4 days). The hall cannot be used for 168 h (7 days).",
        "site-burnt: Town-hall server room was burnt out, with the equipment and backups kept there.",
        "site-wind-damaged: Town-hall server room was wrecked by the wind, with the equipment and backups kept there.",
        "applicationRelease: A release of an application package (legal update) went live. A calculation defect sent wrong notices to 2,200 persons; each gets a corrected notice and an apology.",
        "batchFailure: The nightly batch of an application package failed: the system was unusable until it was rerun, 3 h after the counters opened.",
        "softwareWrongIssuance: A fault in an application package issued 3 certificates with another person's data (5 persons). One of them bore a My Number.",
        "maintenanceWindow: Announced maintenance of 4 h at Town-hall server room. The work overran by 10 h.",
        "hardwareRenewal: The servers at Town-hall server room were renewed (6 systems, a 36 h cutover).",
        "misconfigurationExposure: A misconfiguration at Town-hall server room left records visible from outside for 2,000 h (83.3 days).",
        "staffWork: A member of the town's IT staff was called at night for the rebuild of Resident registry: 2 h until work began, 24 h of work.",
        "vendorWork: Local vendor was asked for the repair of Resident registry (premium on-site contract): 30 h until an engineer arrived (the contract's start and any queue behind other towns included), 4 h of work.",
        "restoreFromBackup: Resident registry is restored from the offline backup that survived at Government cloud; the last 20 h of records are lost and must be entered again.",
        "noSurvivingBackup: No usable backup of Resident registry survived: its data must be rebuilt from scratch.",
        "providerQueue: The operator of Resident registry restored 3 member towns first; the town waited 16 h for its turn.",
        "siteReplaced: Replacement equipment for Town-hall server room is ready.",
        "systemRestored: Resident registry is back.",
        "alternateOfficeOpened: The alternate office opened and staff resumed work there.",
        "failedOver: Resident registry failed over to another zone and kept running.",
        "restoredAtBackupSite: Resident registry runs at Government cloud until its data centre is rebuilt.",
        "staffAbsent: 2 of the town's 2 IT staff were absent (illness or leave) when the work was called for.",
        "demandSurge: The disaster brings 2,700 extra requests for Residence certificates over 90 days.",
        "evacuationListUnreachable: The system holding the evacuation-support list could not be reached for 72 h (3 days) after the disaster; 270 persons on the list had no paper copy shared in advance.",
        "riverFlood: A river or inland flood: the water took 36 h to recede.",
        "floodDepth: Town-hall server room stood in 1.8 m of water, 0.8 m above the server-room floor.",
        "generatorFlooded: At Town-hall server room the generator was under water: the site lost power at once.",
      ]
    `);
  });

  it('a leak cause is named by the scenario, else by its preset name, else by the scenario’s own id', () => {
    const usb = { ...scenario.threats.leaks[0]!, id: 'usb', name: { ja: 'USBメモリの紛失', en: 'lost USB stick' } };
    const named = quietTown({ threats: { ...scenario.threats, leaks: [usb] } });
    expect(causeLabel('leak.usb', 'ja', named)).toBe('個人情報の漏えい等（USBメモリの紛失）');
    expect(causeLabel('leak.mis-sending', 'en', scenario)).toBe('Personal-data incident (mis-sent letter or e-mail)');
    expect(causeLabel('leak.shredder', 'en', scenario)).toBe('Personal-data incident (shredder)');
    expect(causeLabel('meteor', 'ja')).toBe('meteor');
  });
});
