import type { Condition } from './condition.ts';
import type { IncidentKind } from './incident-kind.ts';
import type { Policy } from './policy-schema.ts';

// 漏えい・滅失・毀損 all count as 漏えい等 (jp-facts.md#1.0); an outage alone never does.
const DATA_INCIDENT: IncidentKind[] = ['leak', 'loss', 'damage'];

// The legal duties do not apply to highly encrypted data (jp-facts.md#1.1) nor to data recovered
// before any third party viewed it, which is not a leak at all (jp-facts.md#1.1, #1.3).
const LEGAL_BREACH: Condition = { kindsAny: DATA_INCIDENT, highlyEncrypted: false, recoveredUnviewed: false };

// A "重大" case in municipal practice (jp-facts.md#1.4, after the 長崎市 基準 in #1.2).
const SERIOUS_CASE: Condition = {
  ...LEGAL_BREACH,
  personsAffectedAtLeast: 1,
  anyOf: [
    { personsAffectedAbove: 100 },
    { dataClassesAny: ['sensitive', 'myNumber', 'financial'] },
    { maliciousIntent: true },
  ],
};

// Ransomware-like: malicious and the data made unusable (jp-facts.md#1.0).
const RANSOMWARE_LIKE: Condition = { kindsAny: ['damage'], maliciousIntent: true };

/**
 * The default response policy of a Japanese municipality (地方公共団体), from jp-facts.md §1: the
 * APPI duties of 行政機関等 since 2023-04-01 (report to the Personal Information Protection
 * Commission and notify the persons: more than 100 persons, or from one person for 要配慮 /
 * 財産的被害 / 不正目的 data), the My Number Act duty (特定個人情報, from one person), and documented
 * municipal practice for apology, publication and press conferences. Compensation, council reports
 * and BCP activation have no firm source and are marked `confirmed: false`. Deadlines live in two
 * rules of their own, so the legal triggers stay `confirmed` while the deadlines, only assumed for
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
        ja: '個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい等（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外（jp-facts.md#1.1）。',
        en: 'APPI art. 68(1)-(2), rule 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt (jp-facts.md#1.1).',
        source: 'jp-facts.md#1.2',
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
        en: 'APPI art. 68(1)-(2), rule 43(2): a leak, loss or damage risking financial harm (財産的被害) must be reported and notified from one person.',
        source: 'jp-facts.md#1.2',
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-malicious',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, maliciousIntent: true },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条3号：不正の目的によるおそれがある漏えい等（不正アクセス、持ち出し等）は1人から報告・本人通知。',
        en: 'APPI art. 68(1)-(2), rule 43(3): a leak, loss or damage possibly done with malicious intent (unauthorised access, insider theft) must be reported and notified from one person.',
        source: 'jp-facts.md#1.2',
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-over-100-persons',
      when: { ...LEGAL_BREACH, personsAffectedAbove: 100 },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '個人情報保護法68条1項・2項、施行規則43条4号：行政機関等では本人の数が100人を超える漏えい等は報告・本人通知（民間は1,000人超）。',
        en: 'APPI art. 68(1)-(2), rule 43(4): for public bodies a leak, loss or damage of more than 100 persons must be reported and notified (more than 1,000 for businesses).',
        source: 'jp-facts.md#1.2',
        kind: 'law',
        confirmed: true,
      },
    },
    {
      id: 'appi-ordinance-sensitive',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['ordinanceSensitive'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '施行規則43条に地方公共団体の機関について条例要配慮個人情報の漏えい等を報告対象とする号があると考えられるが未確認（GAP）。要配慮個人情報と同様に1人から報告するものと仮定。',
        en: 'Rule 43 probably makes a leak of ordinance-defined sensitive data (条例要配慮個人情報) of a local body reportable; not confirmed (GAP). Treated like sensitive data: reportable from one person.',
        source: 'jp-facts.md#1.2',
        kind: 'law',
        confirmed: false,
      },
    },
    {
      id: 'mynumber-specific-personal-info',
      when: { ...LEGAL_BREACH, personsAffectedAtLeast: 1, dataClassesAny: ['myNumber'] },
      actions: ['notifyIndividuals', 'reportToCommission'],
      basis: {
        ja: '番号法29条の4第1項・第2項、特定個人情報漏えい等報告規則2条：個人番号利用事務のシステム等で保有する特定個人情報の漏えい等は件数によらず（1人から）報告・本人通知。自治体が保有するマイナンバー区分のデータはこれに当たるものとする。',
        en: 'My Number Act art. 29-4(1)-(2), reporting rule art. 2: a leak of specific personal information (特定個人情報) held in systems for My Number administration is reportable and must be notified whatever the count (from one person); a town\'s myNumber data is taken to be such data.',
        source: 'jp-facts.md#1.3',
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
        ja: '速報は把握から概ね3〜5日以内（5日とする）、確報は30日以内（施行規則8条、民間事業者）。行政機関等・番号法の報告にも同じ構造が適用されると仮定（未確認）。',
        en: 'Preliminary report within roughly 3-5 days of awareness (5 used here), final report within 30 days (rule 8, businesses); assumed, not confirmed, to be the same for public bodies and for My Number reports.',
        source: 'jp-facts.md#1.1',
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
        en: 'The final report on a possibly malicious case is due within 60 days (rule 8); read as 60 days even when another trigger also applies, which is why the 30-day deadline rule excludes malicious cases. Assumed, not confirmed, for public bodies.',
        source: 'jp-facts.md#1.1',
        kind: 'law',
        confirmed: false,
      },
    },
    {
      id: 'practice-apology-to-affected',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1 },
      actions: ['notifyIndividuals'],
      basis: {
        ja: '自治体の実務：1人でも影響があれば本人全員に謝罪・通知する（みやき町600人、つくば市25人、鹿児島市12人、南部町22人。南部町は全件回収後も全員に電話・訪問）。法定の免除（暗号化・閲覧前回収）にかかわらず行う。',
        en: 'Municipal practice: apologise to and notify every affected person whenever anyone is affected (Miyaki 600, Tsukuba 25, Kagoshima 12, Nanbu 22, where all letters were recovered and every person was still called or visited), legal exemptions notwithstanding.',
        source: 'jp-facts.md#1.4',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-public-notice',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1 },
      actions: ['publishNotice'],
      basis: {
        ja: '自治体の実務：1人からウェブ・報道発表で公表する（長崎市は原則公表で重大でない事案は半年ごとの一括公表、島原市は閲覧前に回収された事案を除く）。法律上の義務ではない（jp-facts.md#1.4）。',
        en: 'Municipal practice: publish a notice (web or press release) from one person (Nagasaki publishes in principle, minor cases in a half-yearly batch; Shimabara exempts cases recovered unviewed). Not a legal duty (jp-facts.md#1.4).',
        source: 'jp-facts.md#1.2',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-press-serious-case',
      when: SERIOUS_CASE,
      actions: ['pressConference'],
      basis: {
        ja: '自治体の実務：重大な事案（100人超、要配慮・特定個人情報・財産的被害・不正目的）は首長が記者会見する。高度な暗号化・閲覧前の回収は二次被害のおそれがないため重大に当たらないとする。',
        en: 'Municipal practice: the mayor holds a press conference for a serious case (more than 100 persons, or sensitive, My Number, financial or malicious); highly encrypted or recovered-unviewed cases carry no risk of secondary harm and are not counted as serious.',
        source: 'jp-facts.md#1.4',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-press-ransomware',
      when: RANSOMWARE_LIKE,
      actions: ['publishNotice', 'pressConference'],
      basis: {
        ja: '自治体の実務：ランサムウェア等（不正目的による毀損）は影響人数によらず常に公表し記者会見する。住民全体のデータセットの事案は100人超の規則で捕捉される。',
        en: 'Municipal practice: ransomware-like cases (malicious damage) are always published with a press conference, whatever the count; whole-population datasets are caught by the over-100-persons rule.',
        source: 'jp-facts.md#1.4',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'practice-compensation-direct-harm',
      when: { kindsAny: DATA_INCIDENT, personsAffectedAtLeast: 1, directHarm: true, dataClassesAny: ['financial'] },
      actions: ['compensateResidents'],
      basis: {
        ja: '市区町村による住民への金銭補償の例は見つからない（資金は委託業者から自治体へ流れる）。民間の500円相場（ベネッセ、ローソン）を踏まえ、財産的データで直接の被害が生じた場合に限り補償すると仮定。',
        en: 'No case of a municipality compensating residents was found (money flows from the vendor to the town); following the private-sector 500-yen precedents (Benesse, Lawson), compensation is assumed only when financial data caused direct harm.',
        source: 'jp-facts.md#1.4',
        kind: 'practice',
        confirmed: false,
      },
    },
    {
      id: 'assumed-council-report',
      when: { anyOf: [SERIOUS_CASE, RANSOMWARE_LIKE, { criticalDowntimeHoursAtLeast: 24 }] },
      actions: ['reportToCouncil'],
      basis: {
        ja: '仮定（出典なし）：記者会見を行う事案、または重要業務のシステムが24時間以上停止した場合は議会に報告する。議会報告の有無・時期は未調査（GAP 7）。',
        en: 'Assumption (no source): report to the council when a press conference is held or a critical service is down for 24 hours or more; whether and when towns report to the council was not researched (gap 7).',
        source: 'jp-facts.md#5',
        kind: 'assumption',
        confirmed: false,
      },
    },
    {
      id: 'assumed-bcp-activation',
      when: { criticalDowntimeHoursAtLeast: 12 },
      actions: ['activateBcp'],
      basis: {
        ja: '仮定：重要業務のシステムが12時間以上停止したらICT-BCPを発動する。総務省ICT-BCPガイドラインは目標復旧時間を各団体が定めるとし全国の既定値はない（GAP）。12時間は初動版の72時間の初動期間の早い段階で通常の障害対応の限界を超えたとみなす値。',
        en: 'Assumption: activate the ICT-BCP when a critical service is down for 12 hours or more. The MIC ICT-BCP guideline leaves recovery targets to each municipality and no national default exists (GAP); 12 hours marks routine incident handling as exhausted early in the 72-hour initial-response window.',
        source: 'jp-facts.md#2',
        kind: 'assumption',
        confirmed: false,
      },
    },
  ],
};
