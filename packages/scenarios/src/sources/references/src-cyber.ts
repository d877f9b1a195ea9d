import type { Reference } from '../reference.ts';

/**
 * Ransomware surveys and cloud-zone outages behind `threats.ransomware` and `providers.cloud`: the share of
 * a government body's computers that an attack encrypts, and the single-zone events of the Tokyo region
 * that the government cloud runs in.
 */
export const CYBER_REFERENCES: readonly Reference[] = [
  {
    id: 'sophos-slg-ransomware-2024',
    publisher: 'Sophos',
    title: 'The State of Ransomware in State and Local Government 2024',
    date: '2024-08-14',
    address: 'https://news.sophos.com/en-us/2024/08/14/the-state-of-ransomware-in-state-and-local-government-2024/',
    facts: {
      ja: '州・地方政府の組織への調査（2024年）：ランサムウェア被害は34%（2023年は69%）。攻撃の98%でデータが暗号化された（2023年は76%）。攻撃を受けた組織ではコンピュータの平均56%が影響を受け、81%以上が影響を受けた組織は8%にとどまる。99%でバックアップも狙われ、その51%で侵害が成功した。',
      en: 'Survey of state and local government bodies, 2024: 34% hit by ransomware (69% in 2023); data encrypted in 98% of attacks (76% in 2023); on average 56% of a hit body\'s computers were affected, and only 8% saw 81% or more affected; backups were targeted in 99% of attacks, successfully in 51% of those.',
    },
  },
  {
    id: 'cafe-dc-aws-tokyo-2021',
    publisher: 'Cafe-dc',
    title: 'AWS東京リージョン障害は5時間で復旧',
    date: '2021-02-20',
    address: 'https://cafe-dc.com/security/aws-tokyo-region-failure-recovered-in-5-hours',
    facts: {
      ja: '2021年2月19日夜から20日未明、AWS東京リージョンの1つのアベイラビリティゾーン（apne1-az1）で冷却装置の電源喪失によりサーバールームの温度が上がり、一部のEC2インスタンスが停止した。約5時間でおおむね復旧。',
      en: 'From the night of 2021-02-19 into the early hours of the 20th, one availability zone of the AWS Tokyo region (apne1-az1) lost power to its cooling; the room heated up and some EC2 instances went down. Mostly back after about 5 h.',
    },
  },
  {
    id: 'publickey-aws-tokyo-2025',
    publisher: 'Publickey',
    title: 'AWS東京リージョンで約1時間続いた障害、原因は主電源と二次電源が遮断されたことが原因。AWSが明らかに',
    date: '2025-04-17',
    address: 'https://www.publickey1.jp/blog/25/aws1aws.html',
    facts: {
      ja: '2025年4月15日16時40分頃から約1時間（AWS Health Dashboardでは17時43分に収束）、東京リージョンの4つのアベイラビリティゾーンの1つ（apne1-az4）で一部のEC2インスタンスに接続できなくなった。原因は主電源と二次電源の遮断。',
      en: 'On 2025-04-15 from about 16:40 for about an hour (resolved at 17:43 by the AWS Health Dashboard), some EC2 instances in one of the Tokyo region\'s four availability zones (apne1-az4) could not be reached; both the main and the secondary power had been cut.',
    },
  },
  {
    id: 'global-creative-aws-tokyo-2025',
    publisher: 'global-creative.jp（ブログ）',
    title: 'AWS東京リージョン障害情報の最新動向と確認方法まとめ',
    date: '2025',
    address: 'https://global-creative.jp/?p=3124',
    facts: {
      ja: '2025年には4月15日と6月5日の2回、東京リージョン（ap-northeast-1）の一部のアベイラビリティゾーンで障害があり、いずれもAWSの公式ダッシュボードで経過が公表された。（ブログ記事。6月5日の障害の時間は読んでいない）',
      en: 'In 2025 parts of the Tokyo region (ap-northeast-1) had availability-zone failures twice, on 15 April and 5 June, both reported on AWS\'s official dashboard (a blog post; the length of the June event was not read).',
    },
  },
  {
    id: 'aws-us-east-1-2025',
    publisher: 'Amazon Web Services（Ernest Chiang の注釈付き転載で閲覧）',
    title: 'Summary of the Amazon DynamoDB Service Disruption in the Northern Virginia (US-EAST-1) Region',
    date: '2025-10',
    address: 'https://aws.amazon.com/message/101925/ (read at https://www.ernestchiang.com/en/posts/2025/summary-of-the-amazon-dynamodb-service-disruption-in-the-northern-virginia-us-east-1-region)',
    facts: {
      ja: '2025年10月19日23時48分から20日14時20分（米太平洋夏時間、約14.5時間）、バージニア北部リージョン全体でDynamoDBのDNS管理の競合状態を発端にEC2の起動やロードバランサーなどが段階的に障害となった。リージョン全体に及んだ制御系の障害。',
      en: 'From 23:48 on 19 October to 14:20 on 20 October 2025 (US Pacific daylight time, about 14.5 h), a race condition in DynamoDB\'s DNS management set off failures of EC2 launches, load balancers and other services across the whole Northern Virginia region: a region-wide control-plane failure.',
    },
  },
  {
    id: 'mbs-iseto-2024',
    publisher: 'MBSニュース（毎日放送）',
    title: 'イセトーのランサムウェア感染による徳島県・和歌山市などの情報漏えいの報道（題名は未確認）',
    date: '2024-07-03',
    address: 'https://mbs.jp/news/kansainews/20240703/GE00058620.shtml',
    facts: {
      ja: '自治体から納税通知書などの作成を受託していた京都市の印刷・情報処理会社イセトーが2024年5月にランサムウェアに感染し、徳島県の自動車税関係で約14万5,000人分、和歌山市の市民の氏名や給与などの情報約13万5,000人分が漏えいした。',
      en: 'イセトー, a Kyoto printing and data-processing contractor that prepared tax notices for local governments, was hit by ransomware in May 2024: data of about 145,000 persons (Tokushima prefecture, car tax) and about 135,000 residents of Wakayama city (names, pay and other details) leaked.',
    },
  },
  {
    id: 'agara-wakayama-census-2020',
    publisher: '紀伊民報（AGARA）',
    title: '和歌山県人口5年で4万人減 高齢化率は33・4%に',
    date: 'n.d.',
    address: 'https://agara.co.jp/article/166556',
    facts: {
      ja: '2020年国勢調査（10月1日現在）で和歌山県の人口は922,584人、市町村別の最多は和歌山市の356,729人。',
      en: 'By the 2020 census (1 October) Wakayama prefecture had 922,584 residents; the largest municipality, Wakayama city, had 356,729.',
    },
  },
];
