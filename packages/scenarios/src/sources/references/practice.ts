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
];
