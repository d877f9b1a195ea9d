import type { Reference } from '../reference.ts';

/**
 * Public bodies' hardware-maintenance terms behind `people.vendors[].repairHours` (how long a contract gives
 * the vendor's engineer, once called, to put a failed server back into service), and the published counts
 * behind some systems' `persons`.
 */
export const R3_PEOPLE_REFERENCES: readonly Reference[] = [
  {
    id: 'oita-oss-maintenance-terms',
    publisher: '大分県 (expydoc.com による写し)',
    title: '保守条件書 (OSS連携システムサーバー等の賃貸借)',
    date: 'n.d.',
    address: 'https://expydoc.com/doc/10496334/',
    facts: {
      ja: '県の税務課が借りるOSS連携システムのサーバー等の保守条件。保守は県の勤務時間（平日8時30分〜17時15分）に行い、業者は職員の連絡から1時間以内に設置場所へ来て、連絡した日のうちに保守を終える（当日に終わらないときは協議で延長できる）。部品・交通費は賃借料に含む。',
      en: 'Maintenance terms for servers a prefecture\'s tax division leases: work is done in the prefecture\'s working hours (weekdays 8:30–17:15); the vendor must be on site within 1 h of the staff\'s call and finish the repair on the day of the call (longer only by agreement). Parts and travel are in the lease.',
    },
  },
  {
    id: 'lawinsider-hardware-restore-clause',
    publisher: 'Law Insider (公共調達の賃貸借・保守の契約から集めた条項例)',
    title: '保守内容 のサンプル条項',
    date: 'n.d.',
    address: 'https://lawinsider.com/zh/clause/保守内容',
    facts: {
      ja: '公的機関（大学）の機器賃貸借の保守条項例。ハードウェア障害の連絡を受けたら30分以内（別の例では2時間以内）に障害内容を確認し、4時間以内に正常に稼動する状態まで復旧する。部品調達で遅れるときは説明を要する。ハードディスク交換では導入時の状態まで動作を確認して引き渡す。',
      en: 'Sample maintenance clauses from a public body\'s (a university\'s) equipment leases: on a hardware-fault call the vendor confirms the fault within 30 min (2 h in another clause) and restores normal operation within 4 h; a delay for parts must be explained; after a disk swap the system is checked back to its installed state.',
    },
  },
  {
    id: 'nhk-covid-vaccination-2022',
    publisher: 'NHK',
    title: '新型コロナワクチン 国内で1回接種79% 2回目78%に',
    date: '2022-01-04',
    address: 'https://www3.nhk.or.jp/news/html/20220104/k10013415141000.html',
    facts: {
      ja: '政府が2022年1月4日に公表した集計で、新型コロナワクチンを少なくとも1回接種した人は1億119万9695人、全人口（接種対象年齢未満の子どもを含む）の79.9%。2回目を終えた人は78.5%、65歳以上では1回以上が93.6%。',
      en: 'By the government\'s count published on 2022-01-04, 101,199,695 people — 79.9% of the whole population, children too young for the vaccine included — had at least one COVID-19 dose; 78.5% had two, and 93.6% of those aged 65 or over had at least one.',
    },
  },
  {
    id: 'nakano-online-applications-2022',
    publisher: '中野区 (東京都)',
    title: '電子申請の利用状況について (令和4年度)',
    date: '2023-08-03',
    address: 'https://www.city.tokyo-nakano.lg.jp/dept/158100/d004096.html',
    facts: {
      ja: '区が条例に基づき公表する電子申請の利用状況。東京電子自治体共同運営電子申請サービスでの電子受付は令和2年度9,782件、令和3年度16,982件、令和4年度30,507件で、令和4年度は宿泊・自宅療養証明書や接種券発行など新型コロナ関連の手続で増えた。区の全手続（図書館予約、コンビニ交付、eLTAX等を含む）の受付は令和4年度2,441,639件。',
      en: 'The ward\'s yearly report on online applications: its general-purpose online-application service (shared by Tokyo\'s municipalities) took 9,782 applications in FY2020, 16,982 in FY2021 and 30,507 in FY2022, the rise coming from COVID-19 forms (isolation certificates, vaccination vouchers). All of the ward\'s procedures together (library bookings, convenience-store certificates, eLTAX included) counted 2,441,639 in FY2022.',
    },
  },
  {
    id: 'nakano-population-2020',
    publisher: '中野区 (東京都)',
    title: '中野区の人口と世帯',
    date: '2023-08-03',
    address: 'https://www.city.tokyo-nakano.lg.jp/dept/152000/d003461.html',
    facts: {
      ja: '令和2年国勢調査で中野区の人口は344,880人、世帯数は208,093世帯。単身世帯が62.3%、65歳以上が20.2%。',
      en: 'At the 2020 census 中野区 had 344,880 residents in 208,093 households; 62.3% of households were one person and 20.2% of residents were 65 or over.',
    },
  },
  {
    id: 'fnn-koseki-online-2020',
    publisher: 'FNNプライムオンライン (Yahoo!ニュース配信、rental-office.biz による引用)',
    title: '婚姻・離婚届 オンライン化へ 脱ハンコも',
    date: '2020-10-09',
    address: 'https://rental-office.biz/news/2207/',
    facts: {
      ja: '法務大臣は2020年10月9日の会見で、婚姻届・離婚届の押印欄をなくしてオンライン化を進める方針を示した。戸籍の届出のオンライン化は制度上すでに可能だったが、押印欄があるため、導入した市区町村はそれまでに一つもなかった。',
      en: 'On 2020-10-09 the Justice Minister said marriage and divorce notifications would lose their seal box so that they could go online. Online 戸籍 notifications were already allowed by the rules, but because of the seal box no municipality had introduced them.',
    },
  },
];
