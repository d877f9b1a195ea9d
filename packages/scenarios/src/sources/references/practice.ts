import type { Reference } from '../reference.ts';

/** How IT work is done and paid: patch cycles, how often changes fail, overtime of local staff, how long the sick stay off. */
export const PRACTICE_REFERENCES: readonly Reference[] = [
  {
    id: 'dora-2019-state-of-devops',
    publisher: 'DevOps.com (Google Cloud DORA「Accelerate State of DevOps 2019」の紹介)',
    title: 'DORA Report: DevOps Maturity Levels Rise',
    date: '2019-08',
    address: 'https://devops.com/dora-report-devops-maturity-levels-rise/',
    facts: {
      ja: 'DORA の2019年の調査(約31,000人の回答)では、変更のうち障害や手直しにつながった割合(変更失敗率)が、エリート層で0〜15%、低パフォーマンス層で46〜60%だった。低パフォーマンス層の本番反映は月1回から半年に1回。',
      en: 'The 2019 DORA survey (about 31,000 respondents) found change failure rates — the share of changes that led to a failure needing remediation — of 0–15% for elite performers and 46–60% for low performers, who deploy between once a month and once in six months.',
    },
  },
  {
    id: 'ms-patch-tuesday',
    publisher: 'myseq (GitHub)',
    title: 'MS Patch Tuesday (README)',
    date: 'n.d.',
    address: 'https://github.com/myseq/ms_patch_tuesday',
    facts: {
      ja: 'Microsoft はソフトウェアのセキュリティ更新を毎月第2火曜日(Patch Tuesday)にまとめて公開する。',
      en: 'Microsoft publishes its security updates together once a month, on the second Tuesday (Patch Tuesday).',
    },
  },
  {
    id: 'mie-overtime-allowance',
    publisher: '三重県 人事委員会・総務部',
    title: '時間外勤務手当 (職員の給与に関する条例第14条)',
    date: 'n.d.',
    address: 'https://www.pref.mie.lg.jp/JINJI/HP/37447030550.htm',
    facts: {
      ja: '地方公務員の時間外勤務手当の例。勤務1時間当たりの給与額に支給割合を掛ける。正規の勤務日の終業後22時までは125/100、22時から5時は150/100、それ以外の日は135/100と160/100。月60時間を超える分は割増しが上がる。',
      en: 'An example of local civil servants\' overtime pay: the hourly salary times a rate — 125/100 after hours on a working day until 22:00, 150/100 from 22:00 to 05:00, 135/100 and 160/100 on other days; higher beyond 60 hours a month.',
    },
  },
  {
    id: 'social-care-covid-isolation-2022',
    publisher: 'social-care.biz (福祉新聞系ニュース)',
    title: 'コロナ療養7日間に短縮 全数把握9/26に一律見直し',
    date: '2022-09-08',
    address: 'https://social-care.biz/2022/09/08/',
    facts: {
      ja: '2022年9月6日、首相は新型コロナ感染者の療養期間を原則10日間から7日間に短縮すると表明した。無症状なら検査で陰性を確認して5日間とする。',
      en: 'On 2022-09-06 the Prime Minister announced that COVID-19 patients\' isolation would be cut from 10 days as a rule to 7, and to 5 for those without symptoms who test negative.',
    },
  },
  {
    id: 'lawinsider-nonfunctional-clause',
    publisher: 'Law Insider (公共調達の仕様書から集めた条項例)',
    title: '非機能要件 のサンプル条項',
    date: 'n.d.',
    address: 'https://lawinsider.com/ja/clause/非機能要件',
    facts: {
      ja: '自治体向けシステムの調達仕様書の非機能要件の条項例。国内の耐震・耐火のデータセンターで24時間365日運用、稼働率99.5%以上(別の例では99%以上)、日次のデータバックアップ、障害時におおむね1時間以内の初期対応、マルチキャリアの回線とバックアップ回線、機器の二重化、2系統の電源と自家発電を求める。',
      en: 'Sample non-functional clauses from public system procurement specifications: run in a domestic earthquake- and fire-resistant data centre 24 hours a day, availability 99.5% or more (99% in another), a daily data backup, first response to a fault within about an hour, lines from more than one carrier with a backup line, duplicated hardware, two power feeds and a generator.',
    },
  },
  {
    id: 'sasaguri-work-hours',
    publisher: '篠栗町 (福岡県)',
    title: '職員の勤務時間等に関する規則 (平成元年規則第3号)',
    date: '1989-10-01',
    address: 'http://www.town.sasaguri.fukuoka.jp/reiki/reiki_honbun/q028RG00000086.html',
    facts: {
      ja: '町職員の正規の勤務時間は1週間38時間45分、1日7時間45分に割り振る(地方公務員の標準的な勤務時間)。',
      en: "A town's staff work 38 h 45 min a week, 7 h 45 min a day — the usual working time of local civil servants.",
    },
  },
  {
    id: 'lawinsider-maintenance-clause',
    publisher: 'Law Insider (自治体の機器賃貸借・保守の契約から集めた条項例)',
    title: '保守業務 のサンプル条項',
    date: 'n.d.',
    address: 'https://lawinsider.com/zh/clause/保守業務',
    facts: {
      ja: '自治体の機器保守の条項例。24時間365日稼働のサーバは常時連絡が取れる体制とし、連絡から障害対応開始まで1時間以内。故障時は直ちに担当者を派遣して復旧し、午前中に受けた依頼は当日午後に、午後に受けた依頼は翌業務日の午前中に対応するのを基本とする。定期点検を年2回行う例もある。',
      en: 'Sample maintenance clauses from municipal equipment contracts: for servers running around the clock the vendor must be reachable at all times and start on a fault within an hour of the call; on a failure it sends staff at once, as a rule attending a request received in the morning that afternoon and one received in the afternoon the next working morning. Another clause adds inspections twice a year.',
    },
  },
];
