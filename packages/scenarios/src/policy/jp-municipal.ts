import type { Condition } from './condition.ts';
import type { IncidentKind } from './incident-kind.ts';
import type { Policy } from './policy-schema.ts';

// Where the rules come from: each basis cites the project's references as `[id]` (publisher, document,
// date and address in `REFERENCES`).
const appiRule = (article: string) => `[appi-rule] ${article}`;
const MYNUMBER_RULE = '[mynumber-rule] art. 2';
const PPC_GUIDELINE_LOSS = '[ppc-guideline-general] 3-5-1; [ppc-faq-loss] Q4-5';
const DEADLINES = `${appiRule('art. 8 (businesses; the public-body article 44 was not retrieved)')}; 3-5 days for 速やか: [ppc-guideline-general] 3-5-3-3, [businesslawyers-appi-report]`;
const PUBLICATION_STANDARDS = '[shimabara-publication] (cases from 2025-07-01); [nagasaki-publication]';
const PRESS_CASES =
  'with a press conference: [amagasaki-press-2022] 460,517 persons (2022-06-23/24), [handa-press-2021] ransomware (2021-10-31), [osaka-hospital-2022] ransomware (2022-10-31); without one: [nagayo-2025] 480 addresses, [nishikawa-2025] 486, [toyosato-2024] 646';

// 漏えい・滅失・毀損 all count as 漏えい等 (rule art. 43); an outage alone never does. The model lists
// `loss`/`damage` only when no surviving copy restores the data: the PPC guideline says data kept
// elsewhere is not 滅失, so a destroyed server restored from a copy is no 漏えい等 at all.
const DATA_INCIDENT: IncidentKind[] = ['leak', 'loss', 'damage'];

// The legal duties do not apply to highly encrypted data (rule art. 43(1)) nor to data recovered
// before any third party viewed it, which is not a leak at all (PPC 通則編 guideline 3-5-1-1).
const LEGAL_BREACH: Condition = { kindsAny: DATA_INCIDENT, highlyEncrypted: false, recoveredUnviewed: false };

// Press-conference tier (documented cases; the 1,000-person threshold is a modelling assumption). No
// count of municipal press conferences is published. What can be checked: local bodies filed 997
// reports to the PPC in FY2023 (PPC annual report, summarised at
// https://www.newton-consulting.co.jp/itilnavi/flash/id=7237), about 0.12 a year for a town of 15,000,
// and most are mis-sent or lost papers of a few persons, so a conference should follow well under one
// reportable case in ten: a few hundredths a year for such a town.
const LARGE_LEAK: Condition = { kindsAny: ['leak'], highlyEncrypted: false, recoveredUnviewed: false, personsAffectedAtLeast: 1000 };
const MYNUMBER_SERIOUS: Condition = { ...LEGAL_BREACH, dataClassesAny: ['myNumber'], personsAffectedAbove: 100 };
const SERVICE_STOPPING_ATTACK: Condition = { maliciousIntent: true, criticalDowntimeHoursAtLeast: 24 };

/**
 * The default response policy of a Japanese municipality (地方公共団体), in three tiers. The legal
 * duties of 行政機関等 since 2023-04-01 (APPI art. 68, PPC rule art. 43 items 1-5, and the My Number
 * Act art. 29-4 with its reporting rule art. 2): report to the Personal Information Protection
 * Commission and notify the persons for 漏えい・滅失・毀損 or its possibility (おそれ) of more than 100
 * persons, or from one person for 要配慮 / 財産的被害 / 不正目的 / 特定個人情報 data. Publication
 * (ホームページ公表・記者発表・資料提供) of every 漏えい等 that reached anyone, except data recovered
 * unviewed (島原市 基準), and of every malicious attack. A press conference (記者会見) only for what
 * municipalities are documented to hold one for: a leak of about 1,000 persons or more (an assumption
 * drawn from the cases), a My Number 重大事態 (more than 100 persons) and an attack that stops a
 * critical service for a day or more. Loss with a surviving copy triggers nothing (the model does not
 * call it `loss`); loss without one is reportable like any 漏えい等 but is no leak: no press conference
 * on its count, no leak call centre (the call-centre cost belongs to leaks only). Compensation, council
 * reports and BCP activation have no firm source and are marked `confirmed: false`. Deadlines live in
 * two rules of their own, so the legal triggers stay `confirmed` while the deadlines, only assumed for
 * 行政機関等, do not. Rule ids are stable: reports and towns' policies refer to them.
 *
 * @example
 * evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] });
 */
export const jpMunicipalPolicy: Policy = {
  id: 'jp-municipal',
  name: { ja: '地方公共団体の既定の対応基準', en: 'Default response policy of a Japanese municipality' },
  rules: [
    {
      id: 'appi-sensitive',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['sensitive'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい・滅失・毀損（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外。',
        en: 'APPI art. 68(1)-(2), rule art. 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt.',
        source: appiRule('art. 43(1)'),
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-financial',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['financial'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条2号：財産的被害が生じるおそれのある漏えい等は1人から報告・本人通知。',
        en: 'APPI art. 68(1)-(2), rule art. 43(2): a leak, loss or damage risking financial harm (財産的被害) must be reported and notified from one person.',
        source: appiRule('art. 43(2)'),
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-malicious',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, maliciousIntent: true },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条3号：不正の目的をもって行われたおそれがある行為による漏えい等（おそれを含む）は件数によらず1人から報告・本人通知。ランサムウェアによる暗号化は毀損に当たり、窃取が確認されなくても持ち出しのおそれがあるため対象となる。隔離しただけのシステムからの窃取も同じ。',
        en: 'APPI art. 68(1)-(2), rule art. 43(3): a leak, loss or damage, or its possibility, caused by an act possibly done with an improper purpose is reportable and must be notified whatever the count. Ransomware encryption is damage (毀損) and leaves a possible leak even when no theft is proven; theft from a system that was only isolated counts too.',
        source: appiRule('art. 43(3)'),
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-over-100-persons',
      when: { ...LEGAL_BREACH, personsAffectedAbove: 100 },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条4号：行政機関等では本人の数が100人を超える漏えい・滅失・毀損は報告・本人通知（民間は1,000人超）。滅失・毀損は同じデータが別に保管され復元できる場合は当たらない（ガイドライン3-5-1）。',
        en: 'APPI art. 68(1)-(2), rule art. 43(4): for public bodies a leak, loss or damage of more than 100 persons must be reported and notified (more than 1,000 for businesses). Loss and damage do not arise when the same data kept elsewhere restores it (PPC guideline 3-5-1).',
        source: `${appiRule('art. 43(4)')}; ${PPC_GUIDELINE_LOSS}`,
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-ordinance-sensitive',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['ordinanceSensitive'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '施行規則43条5号：地方公共団体の機関では、条例要配慮個人情報の漏えい等（おそれを含む）は1人から報告・本人通知。この区分は町の条例が定めた場合にだけ存在するため、町のデータにこの区分があれば適用される。',
        en: 'Rule art. 43(5): for an organ of a local body, a leak, loss or damage (or its possibility) of ordinance-defined sensitive data (条例要配慮個人情報) is reportable from one person. The category exists only where the town\'s ordinance defines it, so the rule applies whenever the town\'s data holds that class.',
        source: appiRule('art. 43(5)'),
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'mynumber-specific-personal-info',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['myNumber'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '番号法29条の4第1項・第2項、特定個人情報漏えい等報告規則2条1号ロ：個人番号利用事務のシステムで保有する特定個人情報の漏えい・滅失・毀損（おそれを含む）は件数によらず（1人から）報告・本人通知。自治体が保有するマイナンバー区分のデータはこれに当たるものとする。',
        en: 'My Number Act art. 29-4(1)-(2), reporting rule art. 2(1)(ロ): a leak, loss or damage (or its possibility) of specific personal information (特定個人情報) held in systems for My Number administration is reportable and must be notified whatever the count; a town\'s myNumber data is taken to be such data.',
        source: MYNUMBER_RULE,
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'ppc-report-deadlines',
      when: {
        ...LEGAL_BREACH,
        personsAffectedAtLeast: 1,
        maliciousIntent: false,
        anyOf: [
          { personsAffectedAbove: 100 },
          { dataClassesAny: ['sensitive', 'ordinanceSensitive', 'myNumber', 'financial'] },
        ],
      },
      actions: ['reportToCommission'],
      deadlines: [
        { action: 'reportToCommission', stage: 'preliminary', days: 5 },
        { action: 'reportToCommission', stage: 'final', days: 30 },
      ],
      basis: {
        ja: '速報は把握から概ね3〜5日以内（5日とする）、確報は30日以内（施行規則8条、民間事業者）。行政機関等の規定（44条）は確認できておらず、同じ構造と仮定（未確認）。災害による滅失は不正目的ではないため30日。',
        en: 'Preliminary report within roughly 3-5 days of awareness (5 used here), final report within 30 days (rule art. 8, businesses); the article for public bodies (art. 44) was not retrieved and is assumed to be the same. Loss in a disaster is not malicious: 30 days.',
        source: DEADLINES,
        kind: 'law',
        confirmed: false,
      },
    },
    {
      id: 'ppc-report-deadlines-malicious',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, maliciousIntent: true },
      actions: ['reportToCommission'],
      deadlines: [
        { action: 'reportToCommission', stage: 'preliminary', days: 5 },
        { action: 'reportToCommission', stage: 'final', days: 60 },
      ],
      basis: {
        ja: '不正目的のおそれがある事態の確報は60日以内（施行規則8条）。他の事由にも当たる場合も60日とする読み（このため30日の期限の規則は不正目的の場合に発火しない）。行政機関等への適用は仮定（未確認）。',
        en: 'The final report on a possibly malicious case is due within 60 days (rule art. 8); read as 60 days even when another trigger also applies, which is why the 30-day deadline rule excludes malicious cases. Assumed, not confirmed, for public bodies.',
        source: DEADLINES,
        kind: 'law',
        confirmed: false,
      },
    },
    {
      id: 'practice-apology-to-affected',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1 },
      actions: ['notifyIndividuals'],
      basis: {
        ja: '自治体の実務：1人でも影響があれば本人全員に謝罪・通知する（南部町22人は全件回収後も全員に電話・訪問、長与町480人には謝罪メール）。法定の免除（暗号化・閲覧前回収）にかかわらず行う。',
        en: 'Municipal practice: apologise to and notify every affected person whenever anyone is affected (Nanbu called or visited all 22 even after recovering every letter; Nagayo e-mailed all 480), legal exemptions notwithstanding.',
        source: '[nanbu-2024]; [nagayo-2025]',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-public-notice',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1, recoveredUnviewed: false },
      actions: ['publishNotice'],
      basis: {
        ja: '自治体の実務（公表の段階）：1人からホームページ公表・記者発表・資料提供で公表する（長崎市は原則公表し重大でない事案は半年ごとの一括公表）。第三者に閲覧される前に回収され二次被害のおそれがない事案は公表しない（島原市の公表基準の除外事由）。法律上の義務ではない。',
        en: 'Municipal practice (notice tier): publish a notice on the web, by press release or by handing material to the press from one person (Nagasaki publishes in principle, minor cases in a half-yearly batch); a case recovered before any third party viewed it, with no risk of secondary harm, is not published (Shimabara\'s exemption). Not a legal duty.',
        source: PUBLICATION_STANDARDS,
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-publish-attack',
      when: { maliciousIntent: true, kindsAny: ['leak', 'damage'] },
      actions: ['publishNotice'],
      basis: {
        ja: '自治体の実務（公表の段階）：不正アクセス・ランサムウェア等の攻撃は、個人データへの影響人数によらず公表する（長崎市・島原市の基準は不正目的の事案を個別に公表）。',
        en: 'Municipal practice (notice tier): an attack (unauthorised access, ransomware) is published whatever the number of persons affected (the Nagasaki and Shimabara standards publish malicious cases individually).',
        source: PUBLICATION_STANDARDS,
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-press-large-leak',
      when: LARGE_LEAK,
      actions: ['pressConference'],
      basis: {
        ja: '自治体の実務（記者会見の段階）：記者会見が記録されているのは数万人以上の漏えい（尼崎市46万人、島根県立中央病院約2.4万人、半田病院約8.5万人）で、数百人の事案（長与町480人、西川町486人、豊郷町646人）は公表と謝罪にとどまる。1,000人以上という閾値はこれらの事例から置いたモデルの仮定（みやき町600人の会見は例外）。',
        en: 'Municipal practice (press-conference tier): documented press conferences are for leaks of tens of thousands or more (Amagasaki 460,517; Shimane prefectural hospital about 24,000; Handa hospital about 85,000), while cases of a few hundred (Nagayo 480, Nishikawa 486, Toyosato 646) got a notice and apologies. The 1,000-person threshold is a modelling assumption drawn from these cases (Miyaki\'s conference on 600 is the exception).',
        source: PRESS_CASES,
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-press-mynumber-serious',
      when: MYNUMBER_SERIOUS,
      actions: ['pressConference'],
      basis: {
        ja: '特定個人情報の漏えい等で100人を超えるもの（旧・重大事態の第一類型「101人以上」）は記者会見の段階とする。法律上の義務ではなく、重大事態の区分に合わせたモデルの仮定。',
        en: 'A leak, loss or damage of specific personal information (特定個人情報) of more than 100 persons, the first class of the former 重大事態 ("101 persons or more"), is put in the press-conference tier. Not a legal duty: a modelling assumption that follows that class.',
        source: `${MYNUMBER_RULE}; [mynumber-serious-2015]`,
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-press-service-stopping-attack',
      when: SERVICE_STOPPING_ATTACK,
      actions: ['publishNotice', 'pressConference'],
      basis: {
        ja: '自治体の実務（記者会見の段階）：重要業務を1日以上止めた攻撃は当日に記者会見している（つるぎ町立半田病院2021年、大阪急性期・総合医療センター2022年のランサムウェア）。',
        en: 'Municipal practice (press-conference tier): attacks that stopped critical services for a day or more were announced at a press conference on the day (ransomware at the Tsurugi town Handa hospital, 2021, and the Osaka General Medical Center, 2022).',
        source: PRESS_CASES,
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-compensation-direct-harm',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1, directHarm: true, dataClassesAny: ['financial'] },
      actions: ['compensateResidents'],
      basis: {
        ja: '市区町村による住民への金銭補償の例は見つからない（資金は委託業者から自治体へ流れる）。民間の500円相場（ベネッセ2014年）を踏まえ、財産的データで直接の被害が生じた場合に限り補償すると仮定。',
        en: 'No case of a municipality compensating residents was found (money flows from the vendor to the town); following the private-sector 500-yen precedent (Benesse, 2014), compensation is assumed only when financial data caused direct harm.',
        source: 'assumption; the corporate precedent [benesse-2014]',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'assumed-council-report',
      when: { anyOf: [LARGE_LEAK, MYNUMBER_SERIOUS, { criticalDowntimeHoursAtLeast: 24 }] },
      actions: ['reportToCouncil'],
      basis: {
        ja: '仮定：記者会見の段階の漏えい等、または重要業務のシステムが24時間以上停止した場合は議会に報告する。記録された例は半田病院の調査報告が町議会全員協議会に示された1件（2022年）のみ。',
        en: 'Assumption: report to the council on a press-conference-tier leak or when a critical service is down for 24 hours or more. The one documented instance is the Handa hospital inquiry report presented to the town council\'s plenary meeting (2022).',
        source: 'assumption; [handa-council-2022] the 半田病院 report to the つるぎ町 council 2022-06-07',
        kind: 'assumption',
        confirmed: false,
      },
    },
    {
      id: 'assumed-bcp-activation',
      when: { criticalDowntimeHoursAtLeast: 12 },
      actions: ['activateBcp'],
      basis: {
        ja: '仮定：重要業務のシステムが12時間以上停止したらICT-BCPを発動する。総務省ICT-BCPガイドラインは目標復旧時間を各団体が定めるとし全国の既定値はない。12時間は初動版の72時間の初動期間の早い段階で通常の障害対応の限界を超えたとみなす値。',
        en: 'Assumption: activate the ICT-BCP when a critical service is down for 12 hours or more. The MIC ICT-BCP guideline leaves recovery targets to each municipality and no national default exists; 12 hours marks routine incident handling as exhausted early in the 72-hour initial-response window.',
        source: 'assumption; [soumu-ict-bcp]',
        kind: 'assumption',
        confirmed: false,
      },
    },
  ],
};
