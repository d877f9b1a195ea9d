import type { Reference } from '../reference.ts';

/**
 * Operations, seventh round: published municipal outages that show how long overnight work, renewals,
 * power faults and server faults kept counters without their systems, how long restores took, and how
 * often a change of systems went wrong.
 */
export const S7_OPS_REFERENCES: readonly Reference[] = [
  {
    id: 'tokushima-np-host-down',
    publisher: '徳島新聞',
    title: '徳島市でシステム障害 証明書が一時発行できず',
    date: 'n.d.',
    address: 'http://www.topics.or.jp/articles/-/24797',
    facts: {
      ja: '徳島市役所で20日午前9時10分ごろホストコンピューターが停止し、本庁と14支所で住民票・印鑑証明・税証明などが発行できなくなった。午前11時ごろまで約2時間業務が滞った。市は、住民票や税の情報などを更新するシステムのトラブルが原因と説明。同市では2012年にもホストが一時停止しており、現行システムは2015年に更新したもの。',
      en: 'At Tokushima city hall the host computer went down at about 09:10 on the 20th and certificates (residence, seal, tax) could not be issued at the main counters or the 14 branches until about 11:00, some 2 h. The city put it down to a fault in the system that updates the resident and tax data. The host had also stopped once in 2012; the present system was renewed in 2015.',
    },
  },
  {
    id: 'ibaraki-np-family-register-maintenance',
    publisher: '茨城新聞（nordot 配信）',
    title: '戸籍システムに障害 書類発行できず つくばや守谷など茨城県内自治体',
    date: 'n.d.',
    address: 'https://nordot.app/1077562982443581449?c=899922300288598016',
    facts: {
      ja: '富士フイルムシステムサービスの戸籍システムを使う茨城県内の市町(つくば、守谷、神栖、鉾田、稲敷、潮来、八千代など)で、21日午前に戸籍謄本などが発行できなくなった。つくば市は午前10時10分ごろ〜11時半ごろ、守谷市は午前8時半ごろ〜11時ごろ。いずれも11時ごろには復旧。前夜20日深夜から21日未明のサーバー保守点検が原因とみられる。',
      en: 'Towns in Ibaraki using one vendor\'s family-register system (Tsukuba, Moriya, Kamisu, Hokota, Inashiki, Itako, Yachiyo and others) could not issue register certificates on the morning of the 21st: Tsukuba from about 10:10 to 11:30, Moriya from about 08:30 to 11:00; all were back by about 11:00. The cause was thought to be server maintenance done late on the 20th into the small hours of the 21st.',
    },
  },
  {
    id: 'hokkaido-np-sapporo-renewal-2019',
    publisher: '北海道新聞（anzendaiichi.blog.shinobi.jp の転載）',
    title: '札幌市がシステム障害で証明書発行停止 4日夜に復旧',
    date: '2019-01-05',
    address:
      'https://anzendaiichi.blog.shinobi.jp/%E4%BA%8B%E4%BE%8B%EF%BC%88%E6%83%85%E5%A0%B1%E9%80%9A%E4%BF%A1%EF%BC%89/2018%E5%B9%B41%E6%9C%884%E6%97%A5%E3%80%80%E5%8C%97%E6%B5%B7%E9%81%93%E6%9C%AD%E5%B9%8C%E5%B8%82%E3%81%A7%E6%98%A8%E5%B9%B4%E6%9C%AB%E3%81%AB%E6%9B%B4%E6%96%B0%E3%81%97%E3%81%9F%E3%83%97',
    facts: {
      ja: '札幌市は2018年12月29・30日に証明書発行用の中央サーバーと区役所などの端末約250台を更新し、直後の確認では正常だった。正月休み明けの2019年1月4日、開庁の午前8時45分ごろから19の窓口で住民票・印鑑登録・市税の証明書が発行できなくなり、午後7時半に復旧した。原因は入れ替えた運用ソフトの一部プログラムの誤作動。コンビニ交付は別サーバーで影響なし。',
      en: 'Sapporo replaced the central certificate server and about 250 ward terminals on 29–30 December 2018; checks right after were clean. On 4 January 2019, the first working day after the new-year holiday, 19 counters could not issue residence, seal or city-tax certificates from opening at about 08:45 until the system came back at 19:30. A program in the replaced operating software had misbehaved. Convenience-store issuance ran on another server and was not hit.',
    },
  },
  {
    id: 'ota-city-2023-ssd-failure',
    publisher: '大田区',
    title: '令和5年10月に発生した情報システムの障害について',
    date: '2024-04-17',
    address: 'http://www.city.ota.tokyo.jp/oshirase/mokutekibetsu/other/system_20231010.html',
    facts: {
      ja: '2023年10月9日(祝)から10日未明にかけ、情報システム基盤のSSD3本がほぼ同時に故障し、基盤上のシステムのデータが全損した。10日は住民記録・国保年金・税務・介護保険・生活保護の各システムが使えず、12日に住民記録・国保年金・税務、15日に介護保険・生活保護が使えるようになり、停止中に受け付けた処理は17日に終え、18日に完全復旧とした。',
      en: 'Between 9 October 2023 (a holiday) and the small hours of the 10th, three SSDs of the ward\'s system platform failed almost together and the data of the systems on it was wholly lost. On the 10th the resident-registry, national-health-insurance/pension, tax, long-term-care and public-assistance systems were unusable; registry, insurance and tax came back on the 12th, care and assistance on the 15th; the work held during the stop was cleared on the 17th and full recovery declared on the 18th.',
    },
  },
  {
    id: 'khb-higashimatsushima-server-fault',
    publisher: 'khb東日本放送',
    title: '[記事の内容による表題] 東松島市役所でシステム障害 窓口手続きの一部が停止',
    date: 'n.d.',
    address: 'https://www.khb-tv.co.jp/news/15879609',
    facts: {
      ja: '東松島市で1日午後6時ごろ窓口業務のシステムに障害が起き、2日朝から転入・転出後の証明書発行、印鑑登録、マイナンバーカード交付などができなくなった。原因は運用を委託する民間企業のデータセンターでのサーバーの不具合。復旧作業は2日いっぱいかかり、3日朝から通常どおりの見込み。',
      en: 'At Higashimatsushima a fault hit the counter system at about 18:00 on the 1st; from the morning of the 2nd certificates after moves, seal registration and My Number card handover could not be done. The cause was a server fault at the data centre of the company running the system. Recovery was to take all of the 2nd, with normal work expected from the morning of the 3rd.',
    },
  },
  {
    id: 'minyu-minamisoma-power-2018',
    publisher: '福島民友',
    title: '南相馬市役所で「証明書」発行一時できず 電源設備一部故障で',
    date: '2018-09-14',
    address: 'http://www.minyu-net.com/news/news/FM20180914-306906.php',
    facts: {
      ja: '南相馬市役所で13日午前9時ごろ、本庁舎地下の電源設備室の部品(経年劣化したヒューズとみられる)が故障し、サーバー室の電源が止まった。予備電源はなかった。各種証明書の発行は午後3時20分まで、財務会計システムなどは午後0時30分ごろまで使えず、128人が証明書を受け取れなかった。電源設備室は月1回点検しており、8月23日の点検では異常はなかった。',
      en: 'At about 09:00 on the 13th a part (probably an aged fuse) failed in the power room under Minamisoma city hall and the server room lost power; there was no standby supply. Certificates could not be issued until 15:20 and the financial system was down until about 12:30; 128 visitors left without certificates. The power room is inspected monthly and was found sound on 23 August.',
    },
  },
  {
    id: 'nikkei-computer-2005-merger-system-troubles',
    publisher: '日経コンピュータ（ITpro）',
    title: '[記事の内容による表題] 合併自治体のシステム統合トラブル 緊急アンケート',
    date: '2005-08-08',
    address: 'http://itpro.nikkeibp.co.jp/members/NC/ITARTICLE/20050808/166040/',
    facts: {
      ja: '2005年4月1日〜7月7日に合併で誕生した63自治体にアンケートを送り、回答した58自治体のうち18市町村でシステム統合に伴う何らかのトラブルが起きていた。原因はデータ移行の失敗、運用上のトラブル、ハード障害、プログラムミスなど。旧自治体のベンダーから新市のベンダーへのデータ移行での変換ミスの例もある。',
      en: 'A survey sent to the 63 municipalities formed by merger between 1 April and 7 July 2005: of the 58 that answered, 18 had had some system trouble from merging their systems — failed data migration, operational trouble, hardware faults, program errors — including conversion errors when data moved from a former town\'s vendor to the new city\'s vendor.',
    },
  },
  {
    id: 'netsecurity-ipa-2019h1-failures',
    publisher: 'ScanNetSecurity',
    title: '[記事の内容による表題] IPA「情報システムの障害状況 2019年前半データ」公開',
    date: '2019-09-25',
    address: 'https://scan.netsecurity.ne.jp/article/2019/09/25/42970.html',
    facts: {
      ja: 'IPAの集計では2019年1〜6月に報道された情報システム障害は33件。これとは別に、改元に伴うシステム改修に関連する障害が17件報道され、ほとんどが自治体のシステム。うち10件は表示の誤りなど軽微なもので、残りは申請手続きが当日できない、納税証明書の誤り、下水道料金納付書のバーコード誤りでコンビニ納付ができないなど市民生活に影響した。',
      en: 'IPA counted 33 reported system failures in January–June 2019. Separately, 17 failures tied to the era-name change were reported, almost all in municipal systems: 10 were minor (wrong display and the like); the rest affected residents — applications that could not be made that day, wrong tax certificates, sewer-bill barcodes that convenience stores could not read.',
    },
  },
  {
    id: 'jpki-maintenance-2024-12',
    publisher: '地方公共団体情報システム機構 公的個人認証サービス ポータルサイト',
    title: '【お知らせ】利用者クライアントソフトの一部機能の停止について(令和6年12月15日(日) 3:00 ~ 4:00)',
    date: '2024-12',
    address: 'https://www2.jpki.go.jp/',
    facts: {
      ja: '公的個人認証サービスシステムのメンテナンス作業のため、2024年12月15日(日)3:00〜4:00(1時間)、利用者クライアントソフトの一部機能(電子証明書の有効性確認、失効申請など)を停止する。進捗により早く終わることがある。',
      en: 'For maintenance of the public personal-authentication system, some functions of the user client software (certificate validity checks, revocation requests and others) stop on Sunday 15 December 2024 from 03:00 to 04:00, one hour, possibly ending earlier.',
    },
  },
  {
    id: 'hakodate-voucher-maintenance-2025',
    publisher: '函館市プレミアム付電子商品券 事務局サイト',
    title: '【電子商品券(二次販売)ご購入者様向け】サーバメンテナンスのお知らせ(※終了しました)',
    date: '2025-09-05',
    address: 'https://hakodate-premium.com/',
    facts: {
      ja: '一部のサーバ機器のメンテナンスのため、2025年9月9日(火)2:00〜8:00(予定、6時間)、電子商品券の購入手続きや購入完了メールの送信などを休止する。',
      en: 'For maintenance of some server equipment, the purchase of the city\'s electronic vouchers and the purchase-confirmation mail stop on Tuesday 9 September 2025 from 02:00 to 08:00 (planned), six hours.',
    },
  },
  {
    id: 'shinshunan-hikari-power-cut',
    publisher: '日刊新周南（ameblo.jp の転載）',
    title: '光市役所で停電3時間、業務に支障 下松市、周南市は自家発電装置',
    date: 'n.d.',
    address: 'https://ameblo.jp/trainbridge1/entry-12910131941.html',
    facts: {
      ja: '光市で変圧器の故障により市役所を含む350戸が9日午前9時から午後0時27分まで停電した。本庁舎に非常用発電設備はなく、停電中と復旧後の午後4時過ぎまで、戸籍・住民記録・印鑑登録証明などの証明書発行に支障が出て80人の手続きに影響した。下松市と周南市は72時間運転できる自家発電装置を持つ。',
      en: 'A transformer fault cut power to 350 premises in Hikari, the city hall among them, from 09:00 to 12:27 on the 9th. The main building has no standby generator; certificate issuance (family register, resident records, seal certificates) was impaired during the cut and until after 16:00, affecting 80 people. Kudamatsu and Shunan have generators with 72 h of fuel.',
    },
  },
  {
    id: 'nikkei-xtech-2019-tax-rise-troubles',
    publisher: '日経クロステック',
    title: '[記事の内容による表題] 2019年10月1日の消費増税に関する主なシステム障害',
    date: '2019-10',
    address: 'https://tech.nikkeibp.co.jp/atcl/nxt/column/18/00990/100100013/',
    facts: {
      ja: '2019年10月1日の消費増税(軽減税率、ポイント還元と同時)でITトラブルに見舞われた店舗・団体は日経 xTECHの調べで計19。主な10件の表では、POSレジの停止(ドトール)、自動券売機の一時使用不能(大阪メトロ、名鉄)、システム改修の不具合による全店の開店見合わせ(ヤオヒコ)が停止、ミニストップの税率計算誤り、京成の窓口処理機の税率8%のまま、バス9社の増税前の誤徴収、スシローの税率0%会計が誤った計算、島村楽器のレジ不具合とEストアーの作業3時間遅れがその他。',
      en: 'Nikkei xTECH counted 19 shops and bodies hit by IT trouble on 1 October 2019, when the consumption tax rose together with the reduced rate and point rebates. Its table of the 10 main cases: four stopped a system — Doutor\'s POS registers, ticket machines of Osaka Metro and of Meitetsu, and a supermarket chain (Yaohiko) that could not open its stores after a faulty modification; four computed wrong amounts — Ministop, Keisei\'s counter machines still at 8%, nine bus companies charging the new fares early, Sushiro at 0%; and two others — a register fault at Shimamura Music and an e-commerce operator\'s work running 3 h late.',
    },
  },
  {
    id: 'robot-payment-maintenance-2025',
    publisher: '株式会社ROBOT PAYMENT カスタマーサポート課',
    title: '【2025年版】決済サーバ定期メンテナンススケジュールのご案内',
    date: '2024-12-06',
    address: 'https://jpayment.zendesk.com/hc/ja/articles/40836823441945--2025%E5%B9%B4%E7%89%88-%E6%B1%BA%E6%B8%88%E3%82%B5%E3%83%BC%E3%83%90%E5%AE%9A%E6%9C%9F%E3%83%A1%E3%83%B3%E3%83%86%E3%83%8A%E3%83%B3%E3%82%B9%E3%82%B9%E3%82%B1%E3%82%B8%E3%83%A5%E3%83%BC%E3%83%AB%E3%81%AE%E3%81%94%E6%A1%88%E5%86%85',
    facts: {
      ja: '加盟店が共同で使う決済サービスの2025年の定期メンテナンス予定。1月から12月まで毎月1回、計12回、いずれも2時55分〜4時30分(約1.6時間)で、その間は全ての決済処理とコントロールパネルが使えない。作業状況で終了時刻が前後することがある。',
      en: 'The 2025 schedule of planned maintenance of a payment service its member merchants share: one window a month from January to December, 12 in all, each 02:55–04:30 (about 1.6 h), during which no payment can be processed and the control panel is closed; the end may move with the progress of the work.',
    },
  },
  {
    id: 'osaka-kyoiku-maintenance-plan-2024',
    publisher: '大阪教育大学 情報基盤センター',
    title: '【重要】令和6年度 情報システムの停止及び保守作業の計画について(通知)',
    date: '2023-09-01',
    address: 'https://www.osaka-kyoiku.ac.jp/~ipc/2024system-maintenance-plan',
    facts: {
      ja: '大学の情報基盤センターが学内に示した令和6年度の停止・保守計画。月次保守は月ごとに6時間程度(第3日曜日の12時〜18時)で4〜7月、9〜1月、3月の計10回、定期保守は6か月ごとに2日間程度(8月と2月)、ほかに緊急時の臨時保守。脆弱性の補修やバックアップの点検を先送りせず、予定日を周知して実施する方針。',
      en: 'A university information centre\'s plan of stops and maintenance for its 2024 year: monthly maintenance of about 6 h (third Sunday, 12:00–18:00) in April–July, September–January and March, 10 in all; half-yearly maintenance of about two days (August and February); and unplanned maintenance in emergencies. It schedules vulnerability fixes and backup checks on announced dates rather than putting them off.',
    },
  },
  {
    id: 'susono-convenience-fee-revision',
    publisher: '裾野市',
    title: 'コンビニでの証明書などの交付(コンビニ交付)',
    date: 'n.d.',
    address: 'https://www.city.susono.shizuoka.jp/soshiki/2/2/5/7/1743.html',
    facts: {
      ja: '市のコンビニ交付の案内。手数料の減額が9月30日で終わり10月2日から1件300円に戻るため、10月1日は手数料改定に伴うシステム改修で終日利用できない。10月5日もシステムメンテナンスで終日利用できない。通常の利用時間は6時30分〜23時(メンテナンス日と年末年始を除く)。',
      en: 'The city\'s page on certificates at convenience stores. As the reduced fee ends on 30 September and returns to 300 yen from 2 October, the service is unavailable all day on 1 October for the system modification of the fee revision; it is also unavailable all day on 5 October for system maintenance. Normal hours are 06:30–23:00, maintenance days and the New Year holidays aside.',
    },
  },
  {
    id: 'ddia-2e-hardware-faults',
    publisher: "O'Reilly Media",
    title: 'Designing Data-Intensive Applications, 2nd edition (Martin Kleppmann, Chris Riccomini), chapter 2, Hardware and Software Faults',
    date: 'n.d.',
    address: 'https://learning.oreilly.com/library/view/designing-data-intensive-applications/9781098119058/ch02.html',
    facts: {
      ja: '機械式ハードディスクは年に約2〜5%、SSDは年に約0.5〜1%が故障する。電源、RAIDコントローラ、メモリモジュールもディスクほどではないが故障する。ECCメモリでも年に1%を超えるマシンが訂正できないメモリエラーに遭い、たいていマシンが落ちてモジュールの交換が要る。約1,000台に1台は時々誤った計算をするCPUコアを持つ。',
      en: 'About 2–5% of magnetic hard drives fail a year and about 0.5–1% of SSDs; power supplies, RAID controllers and memory modules also fail, less often than drives. Even with ECC memory more than 1% of machines meet an uncorrectable memory error in a year, which typically crashes the machine and needs the module replaced. About one machine in 1,000 has a CPU core that occasionally computes wrong results.',
    },
  },
  {
    id: 'itagent-2025-patch-rollback',
    publisher: 'itagent.com (blog)',
    title: "If It Ain't Breaking Stuff, Fix It",
    date: '2025-07-14',
    address: 'https://www.itagent.com/post/if-it-aint-breaking-stuff-fix-it',
    facts: {
      ja: 'Microsoftが、2月のWindows Server 2022更新で一部の仮想マシンが適用後に再起動しなくなる問題を異例に告知したことを受けた論考。ロールバックが必要になるパッチは2%未満で、98%は問題なく適用できるとし、パッチ適用をためらう理由は障害への恐れだと論じる。',
      en: 'A post prompted by Microsoft\'s unusual warning that some February Windows Server 2022 updates kept virtual machines from rebooting after installation. It states that fewer than 2% of patches need rolling back and 98% deploy safely, and argues that fear of disruption, not resources, is why teams patch slowly.',
    },
  },
  {
    id: 'networkworld-2010-ms-patch-problems',
    publisher: 'Network World (community blog)',
    title: '[表題はアドレスによる] Half of Microsoft security patches have problems',
    date: '2010',
    address: 'http://www.networkworld.com/community/blog/half-of-microsoft-security-patches-have-problems',
    facts: {
      ja: 'Microsoftは2010年にその時点までに45のセキュリティ更新を出し、うち20は既知の問題付きで出たが、修正して出し直すほど重大だったのは2つ(MS10-024とMS10-025)だけ。MS10-024は利用者からシステムが壊れたとの報告を受けて7月に再リリース、MS10-025は脆弱性を完全に直していなかったため2週間後に再リリースされた。',
      en: 'Microsoft had released 45 security updates in 2010 by then; 20 shipped with a known problem, but only two (MS10-024 and MS10-025) had issues severe enough to be fixed and re-released: MS10-024 in July after users reported it broke their systems, MS10-025 two weeks later because it had not fully fixed the vulnerability.',
    },
  },
];
