import type { Reference } from '../reference.ts';

/** Statutes, commission rules and guidelines behind the response policy and the leak model. */
export const LAW_REFERENCES: readonly Reference[] = [
  {
    id: 'appi-rule',
    publisher: '個人情報保護委員会',
    title: '個人情報の保護に関する法律施行規則 (平成28年個人情報保護委員会規則第3号)',
    date: '2016-10',
    address: 'https://laws.e-gov.go.jp/law/428M60020000003',
    facts: {
      ja: '漏えい等の報告対象を定める。行政機関等は第43条: 要配慮個人情報(1号)、財産的被害のおそれ(2号)、不正の目的(3号)は1人から、4号は本人100人超、5号は条例要配慮個人情報。事業者の報告期限は第8条（速報・確報、確報は30日、不正目的は60日）。改正を重ねて現行。',
      en: 'Sets which 漏えい等 must be reported. For public bodies art. 43: sensitive data (item 1), risk of financial harm (2) and improper purpose (3) from one person, more than 100 persons (4), and ordinance-defined sensitive data (5). For businesses art. 8 sets a prompt report and a final report within 30 days (60 for improper purpose). Amended since.',
    },
  },
  {
    id: 'appi-act',
    publisher: 'デジタル庁 e-Gov 法令検索',
    title: '個人情報の保護に関する法律 (平成15年法律第57号)',
    date: '2003-05-30',
    address: 'https://laws.e-gov.go.jp/law/415AC0000000057',
    facts: {
      ja: '令和3年改正により、地方公共団体の機関も2023-04-01から同法の「行政機関等」として個人情報保護委員会の監督下に入り、第68条で漏えい等の委員会への報告と本人への通知を義務づけられた。',
      en: 'Since the 2021 amendment local bodies are "行政機関等" under the Act from 2023-04-01, supervised by the Personal Information Protection Commission; art. 68 obliges them to report 漏えい等 to the Commission and notify the persons.',
    },
  },
  {
    id: 'mynumber-rule',
    publisher: '個人情報保護委員会',
    title: '行政手続における特定の個人を識別するための番号の利用等に関する法律第二十九条の四第一項及び第二項に基づく特定個人情報の漏えい等に関する報告等に関する規則',
    date: '2015',
    address: 'https://elaws.jp/view/427M60020000005',
    facts: {
      ja: '特定個人情報(マイナンバーを含む情報)の漏えい等について委員会への報告と本人通知が必要な事態を第2条で定める。地方公共団体の個人番号利用事務のシステムからの漏えいは人数によらず対象、重大な事態には100人超が含まれる。',
      en: 'Art. 2 sets when a leak of My Number data must be reported to the Commission and the persons notified: a leak from a local body\'s My Number systems regardless of count, and serious cases including more than 100 persons.',
    },
  },
  {
    id: 'mynumber-serious-2015',
    publisher: '特定個人情報保護委員会',
    title: '特定個人情報の漏えい等報告について(事業者における重大事案等)',
    date: '2015',
    address: 'https://expydoc.com/doc/7997005/',
    facts: {
      ja: '2015年時点の重大事案の基準: 漏えい等が100人を超える場合、不特定多数に閲覧された場合、不正の目的による場合など。',
      en: 'The 2015 criteria of a serious My Number case: more than 100 persons, data viewable by anyone, or improper purpose.',
    },
  },
  {
    id: 'ppc-guideline-general',
    publisher: '個人情報保護委員会',
    title: '個人情報の保護に関する法律についてのガイドライン(通則編)',
    date: '2016-11',
    address: 'https://www.ppc.go.jp/personalinfo/legal/',
    facts: {
      ja: '3-5-1: 第三者に閲覧される前に回収したデータ(誤送信メールを開封前に削除させた等)は漏えいに当たらない。他に複製が残るデータの消失は滅失に当たらない。3-5-3-3: 速報は事態を知ってから概ね3〜5日以内。',
      en: '3-5-1: data recovered before any third party viewed it (e.g. a mis-sent mail deleted unread) is not a leak; losing data of which another copy survives is not 滅失. 3-5-3-3: the prompt report is due within about 3–5 days of becoming aware.',
    },
  },
  {
    id: 'ppc-faq-loss',
    publisher: '個人情報保護委員会',
    title: '「個人情報の保護に関する法律についてのガイドライン」に関するQ&A (Q4-5)',
    date: '2017-02',
    address: 'https://www.ppc.go.jp/all_faq_index/faq2-q4-5/',
    facts: {
      ja: '紛失・盗難したデータでも、高度な暗号化等の措置が講じられていれば報告は不要となる場合がある。',
      en: 'Lost or stolen data need not be reported where it was protected by strong encryption or similar measures.',
    },
  },
  {
    id: 'businesslawyers-appi-report',
    publisher: 'BUSINESS LAWYERS (弁護士ドットコム)',
    title: '個人情報保護法の漏えい等報告・本人通知の解説 (practice note 1433)',
    date: 'n.d.',
    address: 'https://www.businesslawyers.jp/practices/1433',
    facts: {
      ja: '改正個人情報保護法(2022-04施行)の報告義務の解説: 速報は概ね3〜5日以内、確報は30日(不正目的は60日)以内。報告事項は9項目。',
      en: 'A lawyer\'s explanation of the reporting duty of the amended APPI (in force 2022-04): prompt report within about 3–5 days, final report within 30 days (60 for improper purpose); nine items to report.',
    },
  },
  {
    id: 'shimabara-publication',
    publisher: '島原市',
    title: '個人情報の漏えい等事案の公表基準',
    date: '2025-07-01',
    address: 'https://www.city.shimabara.lg.jp/page20603.html',
    facts: {
      ja: '要配慮・財産的被害・不正目的・本人数100人超などは個別に即時公表、その他は半年ごとに一括公表。閲覧前に速やかに回収したものは公表しない。',
      en: 'Cases with sensitive data, financial harm, improper purpose or more than 100 persons are published at once; others in a half-yearly batch; data recovered quickly before anyone viewed it is not published.',
    },
  },
  {
    id: 'nagasaki-publication',
    publisher: '長崎市',
    title: '個人情報の漏えい等事案の公表について',
    date: 'n.d.',
    address: 'https://www.city.nagasaki.lg.jp/page/65955.html',
    facts: {
      ja: '原則公表。重大な事案(要配慮、財産的被害、不正目的、本人数100人超、著しく不適切な事務処理)は個別に直ちに、その他は半年ごとにまとめて公表する。',
      en: 'Publication is the rule: serious cases (sensitive data, financial harm, improper purpose, more than 100 persons, grossly improper handling) at once and one by one, the rest in a half-yearly list.',
    },
  },
];
