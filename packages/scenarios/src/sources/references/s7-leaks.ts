import type { Reference } from '../reference.ts';

/**
 * What a municipality's leaks carry and how they end, read case by case: which of 大阪市's monthly
 * errors carried a My Number, and whether the data of website exposures, everyday errors, thefts and
 * intrusions, and contractors' leaks went on to be misused.
 */
export const S7_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'security-next-osaka-2019',
    publisher: 'Security NEXT',
    title: '個人情報関連の事務処理ミス19件を公表 - 大阪市',
    date: '2019-06',
    address: 'https://www.security-next.com/115849',
    facts: {
      ja: '大阪市が4月21日〜5月20日に報告のあった個人情報の事務処理ミス19件を公表。例として、西成区役所が記載変更のため窓口で受け取った個人番号通知カードを紛失し、別人に交付した書類に混じっていたと後日判明した件、児童福祉施設の費用徴収額決定通知書や保育関係の通知の誤送付、精神通院医療の診断書の所在不明などを挙げる。',
      en: '大阪市 published 19 personal-data handling errors reported from 21 April to 20 May; among the examples, a ward office lost a My Number notification card taken in at the counter for an update, later found mixed into papers handed to another person; others are mis-sent childcare and fee notices and a missing psychiatric outpatient certificate.',
    },
  },
  {
    id: 'mynavi-application-id-2021',
    publisher: 'マイナビニュース',
    title: '[記事の内容による表題] マイナンバーカードの申請書IDとは',
    date: '2021-07-11',
    address: 'https://news.mynavi.jp/article/20210711-1905728',
    facts: {
      ja: 'マイナンバーカード交付申請書に記載される申請書IDは23桁で、12桁の個人番号とは別の番号であり、見られても本人の個人番号は分からないようにされている。',
      en: 'The My Number card application form carries a 23-digit application ID, a number distinct from the 12-digit My Number, designed so that seeing it does not reveal the person\'s number.',
    },
  },
  {
    id: 'tbs-fukuyama-homepage-exposure',
    publisher: 'TBS NEWS DIG',
    title: '[記事の内容による表題] 福山市ホームページで体験乗船イベントの応募用データから個人情報が閲覧可能だった件',
    date: 'n.d.',
    address: 'https://newsdig.tbs.co.jp/articles/-/2148152?display=1',
    facts: {
      ja: '福山市が体験乗船イベントの募集とともに市ホームページに載せたエクセルデータから、操作次第で個人・法人197件分の住所等が見えた。1日0時の公開から翌日16時ごろの市民の電話で判明し、PDFに差し替えた。悪用は確認されていない。',
      en: 'An Excel file 福山市 posted on its website with a boat-trip event notice let anyone who changed a setting see the addresses of 197 persons and firms; posted at midnight on the 1st, found through a resident\'s call around 16:00 the next day and replaced by a PDF; no misuse found.',
    },
  },
  {
    id: 'saga-shimbun-homepage-exposure',
    publisher: '佐賀新聞',
    title: '[記事の内容による表題] 佐賀市ホームページの不備で市民の個人情報を含む画像が閲覧可能だった件',
    date: 'n.d.',
    address: 'https://www.saga-s.co.jp/articles/-/639238',
    facts: {
      ja: '佐賀市のホームページの「電子提言箱」等にメールで送られた画像986件が第三者から閲覧できる状態で、うち123件はマイナンバーカードや運転免許証などの個人情報を含んでいた。少なくとも982件のアクセスがあったが、被害は確認されていない。',
      en: '986 images e-mailed to 佐賀市 through its website\'s suggestion box and enquiry forms could be viewed by third parties, 123 of them holding personal data such as My Number cards and driving licences; at least 982 accesses were logged, and no harm was found.',
    },
  },
  {
    id: 'misaki-dv-handover-2022',
    publisher: '津山朝日新聞',
    title: '美咲町 事務処理の誤り',
    date: '2022-08-02',
    address: 'https://tsuyamaasahi.co.jp/%e7%be%8e%e5%92%b2%e7%94%ba%e3%80%80%e4%ba%8b%e5%8b%99%e5%87%a6%e7%90%86%e3%81%ae%e8%aa%a4%e3%82%8a',
    facts: {
      ja: '美咲町の窓口で7月11日、DV等支援措置で発行を制限していた男性の戸籍の附票の写しを、加害者とされる妻に交付した。職員が交付直後に端末の警告に気付き庁舎内で回収したが、住所の履歴を見た可能性が高い。22日までに男性に被害は生じていない。',
      en: 'On 11 July 美咲町\'s counter issued a copy of the family-register annex of a man under DV protection to his wife, the alleged abuser; the clerk noticed the terminal\'s warning right after and took it back inside the building, but she had probably seen the address history; by the 22nd the man had come to no harm.',
    },
  },
  {
    id: 'suntv-minamiawaji-lost-2023',
    publisher: 'サンテレビ',
    title: '[記事の内容による表題] 南あわじ市が農家の個人情報を記載した書類を紛失',
    date: 'n.d.',
    address: 'https://sun-tv.co.jp/suntvnews/?p=62458',
    facts: {
      ja: '南あわじ市が国の補助金のため170集落の農家から集めた書類のうち、9集落分約300通（氏名・住所など）が市役所内で所在不明。見つかっておらず、被害の通報はない。',
      en: '南あわじ市 cannot find about 300 papers (names, addresses) from 9 of the 170 farming hamlets, collected for a national subsidy and kept in the city hall; they have not been found, and no harm has been reported.',
    },
  },
  {
    id: 'sbc-sakuho-usb',
    publisher: 'SBC信越放送 (TBS NEWS DIG)',
    title: '[記事の内容による表題] 佐久穂町が町民4,138人分の口座情報入りUSBメモリを紛失',
    date: 'n.d.',
    address: 'https://newsdig.tbs.co.jp/articles/sbc/771304?display=1',
    facts: {
      ja: '佐久穂町が口座振替業務で使う、町民4,138人分約4,700件の口座情報を記録したUSBメモリ（パスワードなし）を役場内で紛失。流出や不正使用の被害は確認されていない。',
      en: '佐久穂町 lost, inside the town hall, the USB stick (no password) used for direct debits, holding about 4,700 account records of 4,138 residents; no leak or fraudulent use has been found.',
    },
  },
  {
    id: 'mbc-kagoshima-lost-file',
    publisher: 'MBC南日本放送 (TBS NEWS DIG)',
    title: '[記事の内容による表題] 鹿児島市の給付金窓口で12人分の確認書類を紛失',
    date: 'n.d.',
    address: 'https://newsdig.tbs.co.jp/articles/-/1359038?display=1',
    facts: {
      ja: '鹿児島市谷山支所の給付金窓口で、受け付けた12人分の書類（氏名・住所・電話番号・口座・給付額）を入れたクリアファイルが、机上のトレーから無くなった。被害の情報はない。',
      en: 'At 鹿児島市\'s benefit counter in a branch office, a clear file with 12 applicants\' papers (names, addresses, phone numbers, bank accounts, amounts) went missing from a tray on the desk; no harm has been reported.',
    },
  },
  {
    id: 'sbs-kannami-cdr-2024',
    publisher: '静岡放送 (nordot)',
    title: '役場に届いた個人情報8件記録したCD-Rの郵便物紛失 外部から問い合わせで探すも見つからず=静岡・函南町',
    date: '2024-05-23',
    address: 'https://nordot.app/1166266413487833448',
    facts: {
      ja: '函南町が、県信用保証協会から届いた融資8件の個人情報入りCD-R（期限付きロックとパスワードあり）を庁舎内で紛失。流出などの被害の報告はない。',
      en: '函南町 lost, inside its offices, a CD-R from the prefectural credit guarantee corporation holding 8 loan records (time-locked and password-protected); no leak or other harm has been reported.',
    },
  },
  {
    id: 'yomiuri-minamialps-theft-2005',
    publisher: '読売新聞 (news.a902.net の転載)',
    title: '南アルプス市、市税滞納者56人分の情報を紛失',
    date: '2005-11-12',
    address: 'https://news.a902.net/a1/2005/1112-3.html',
    facts: {
      ja: '南アルプス市の徴収担当の嘱託職員が自宅前の車に置いた、市税滞納者56人分の滞納整理票（住所・氏名・滞納額）と5人分の保険証が、車上荒らしで盗まれた。悪用の連絡はない。',
      en: 'A 南アルプス市 tax collector left arrears sheets for 56 residents (addresses, names, amounts owed) and 5 insurance cards in her car at home; the car was broken into and they were stolen; no misuse had been reported.',
    },
  },
  {
    id: 'iga-younet-remote-2023',
    publisher: '伊賀タウン情報YOU',
    title: '[記事の内容による表題] 伊賀市の市民センターでパソコンが遠隔操作され住民自治協議会の個人情報が流出した可能性',
    date: '2023-05-22',
    address: 'https://www.iga-younet.co.jp/2023/05/22/75761/',
    facts: {
      ja: '伊賀市の市民センターの職員が偽のウイルス警告にだまされ遠隔操作ソフトを入れ、住民自治協議会のパソコン1台が約50分間操作可能になった。マイナンバー44人分を含む323人分の個人情報が流出した可能性があるが、被害の報告はない。',
      en: 'A 伊賀市 community-centre worker, fooled by a fake virus warning, installed remote-control software; a residents\' council PC was open for about 50 minutes, and data on 323 persons, 44 My Numbers among them, may have leaked; no harm has been reported.',
    },
  },
  {
    id: 'chibanippo-yotsukaido-remote-2026',
    publisher: '千葉日報',
    title: '[記事の内容による表題] 四街道市防犯協会のパソコンが不正アクセスに遭う',
    date: '2026-01-10',
    address: 'https://www.chibanippo.co.jp/node/1554608',
    facts: {
      ja: '四街道市防犯協会のパソコンで職員が偽の警告画面にだまされてソフトを入れ、回線を遮断するまで約30分間遠隔操作可能になった。防犯指導員や自治会長ら約1,700人分の個人情報が保存されていたが、流出被害の報告はない。',
      en: 'A worker at 四街道市\'s crime-prevention association, fooled by a fake warning, installed software that left the PC remotely controllable for about 30 minutes until it was cut off; it held about 1,700 persons\' data; no harm from a leak has been reported.',
    },
  },
  {
    id: 'mynavi-kanagawa-hdd-2019',
    publisher: 'マイナビニュース TECH+',
    title: '[記事の内容による表題] 神奈川県の行政データが残ったHDDが転売された件',
    date: '2019-12-06',
    address: 'https://news.mynavi.jp/techplus/article/20191206-934226',
    facts: {
      ja: '神奈川県がリース返却したサーバーのHDDについて、データ消去を請け負ったブロードリンクの従業員が18本をネットオークションで転売。9本は回収、残る9本は落札者3人が保有。納税などの個人情報を含むが、具体的な被害は確認していない。',
      en: 'An employee of ブロードリンク, the contractor paid to wipe the disks of 神奈川県\'s returned leased servers, sold 18 of them at online auction; 9 were recovered and 9 remain with three buyers; they hold tax and other personal data, but no concrete harm has been found.',
    },
  },
  {
    id: 'ppc-procx-2024',
    publisher: '個人情報保護委員会 (blog.b-son.net の転載)',
    title: '株式会社 NTT マーケティングアクト ProCX 等における不正持ち出し事案に対する個人情報の保護に関する法律に基づく行政上の対応について',
    date: '2024-09-11',
    address: 'https://blog.b-son.net/2024/09/sec2023-416-NTT-MARKETING-ACT-CORPORATION-Administrative-action-based-on-the-Act-on-the-Protection-of-Personal-Information-in-relation-to-the-incident-of-unauthorized-removal-of-personal-information-from-ProCX-etc.html',
    facts: {
      ja: 'コールセンター業務を受託するProCX社のシステムを保守するBS社の元派遣社員が、2013年7月頃から2023年2月頃にかけ、民間30社・独立行政法人1・地方公共団体38団体の顧客や住民等約928万人分の個人データを持ち出し、名簿業者に売却した。',
      en: 'A former temp at the firm maintaining ProCX\'s call-centre system took out, from about July 2013 to February 2023, personal data on about 9.28 million customers or residents of 30 companies, 1 agency and 38 local bodies, and sold it to list brokers.',
    },
  },
  {
    id: 'kyodo-procx-2023',
    publisher: '共同通信 (琉球新報の配信記事)',
    title: '[記事の内容による表題] NTT西子会社の元派遣社員が顧客情報約900万件を不正流出',
    date: '2023-10-17',
    address: 'https://ryukyushimpo.jp/kyodo/economics-k/entry-2387346.html',
    facts: {
      ja: 'NTTビジネスソリューションズの元派遣社員による約900万件の顧客情報の不正流出で、一部は名簿業者に渡った恐れがあるが、不正利用の被害は発表時点で確認されていない。被害顧客は企業や自治体とみられる59。',
      en: 'In the leak of about 9 million customer records by a former temp of NTTビジネスソリューションズ, part may have reached list brokers, but no fraudulent use had been confirmed at the announcement; 59 customers, companies and apparently local bodies, were affected.',
    },
  },
  {
    id: 'rcc-onomichi-handover',
    publisher: '中国放送 (nordot)',
    title: '「戸籍に不明なものが混じっている」別人の謄本を混在して交付 広島・尾道',
    date: 'n.d.',
    address: 'https://nordot.app/1156158491487912352',
    facts: {
      ja: '尾道市向島支所の窓口で、ほぼ同時刻に申請した別人の戸籍謄本を混ぜて交付した。受け取った人がその日のうちに不明な戸籍が混じっていると連絡して判明し、市が回収した。',
      en: 'At 尾道市\'s 向島 branch counter another applicant\'s family-register copy, requested at about the same time, was handed over mixed in; the recipient called the same day about the stranger\'s register, and the city took it back.',
    },
  },
  {
    id: 'sbs-izu-handover-2024',
    publisher: '静岡新聞 (アットエス)',
    title: '[記事の内容による表題] 伊豆市役所で別人の戸籍証明書を誤って交付',
    date: '2024-08',
    address: 'https://www.at-s.com/life/article/ats/1562737.html',
    facts: {
      ja: '伊豆市の市民課窓口（受託業者の職員）が2024年8月23日、戸籍証明書に別人の証明書を一緒にとじて交付した。30日に受け取った人が別人のものが混じっていたと返却に来て判明した。',
      en: 'On 2024-08-23 伊豆市\'s counter, staffed by a contractor, bound another person\'s family-register certificate into the one it handed over; on the 30th the recipient brought it back, saying someone else\'s certificate was mixed in.',
    },
  },
  {
    id: 'tsuyama-handover-wide-area',
    publisher: 'news-pic.com (岡山の報道)',
    title: '戸籍証明書を誤交付 「広域交付」の業務 請求者に返却要請中/岡山・津山市',
    date: 'n.d.',
    address: 'https://news-pic.com/news/local/article-269278',
    facts: {
      ja: '津山市が戸籍の広域交付で、請求者に対象外の叔父の戸籍証明書を交付した。請求者が同日再来庁した際に別の職員が気付いたが、証明書はまだ返却されておらず、市が返却を求めている。',
      en: '津山市, under the wide-area family-register service, issued the applicant his uncle\'s certificate, which he was not entitled to; another clerk noticed when he came back the same day, but the certificate had not been returned and the city was asking for it.',
    },
  },
  {
    id: 'scan-kyoto-support-site-2020',
    publisher: 'ScanNetSecurity',
    title: '[記事の内容による表題] 京都市「中小企業等支援策活用サポートセンター」の関係者サイトで相談者情報が閲覧可能だった件',
    date: '2020-07-31',
    address: 'https://scan.netsecurity.ne.jp/article/2020/07/31/44381.html',
    facts: {
      ja: '京都市の委託先の再委託先（情報システム会社）が、関係者サイトのURLを誤って「公開」として検索サイトに通知し、トップ以外のページをパスワード保護していなかったため、89の相談者の情報が2020年6月16日の開設から7月16日に相談者の指摘で判明するまで第三者から閲覧できた。',
      en: 'A subcontracted systems firm of 京都市\'s contractor told search engines the stakeholders\' site was public and left all but its top page without a password: records of 89 consultees could be viewed by anyone from the site\'s opening on 2020-06-16 until a consultee pointed it out on 07-16.',
    },
  },
  {
    id: 'nagahama-kids-app-2021',
    publisher: '長浜市 (kosodate-nagahama.com に転載)',
    title: '[お知らせの内容による表題] 子育て応援アプリ「ながまるキッズ!」への第三者からのアクセスについて',
    date: '2021-04-23',
    address: 'http://www.kosodate-nagahama.com/nagahamashi/r3-4-23/',
    facts: {
      ja: '長浜市が両備システムズに運営を委託する子育てアプリで、受託事業者のクラウド管理システムのセキュリティ設定の不備により、2020年11月8日から25日に第三者から133回の接続があり、うち45回はデータベースに入り、2人分の個人情報が参照された可能性がある。設定は2021年2月1日に直された。2人に二次被害はない。',
      en: 'In 長浜市\'s parenting app, run by 両備システムズ, a security setting of the contractor\'s cloud system let a third party connect 133 times from 2020-11-08 to 11-25, 45 of them into the database, possibly reading 2 persons\' data; the setting was fixed on 2021-02-01; the 2 came to no secondary harm.',
    },
  },
  {
    id: 'kamakura-form-2023',
    publisher: '鎌倉市 (blog.b-son.net の転載)',
    title: '鎌倉市 鎌倉版フォルケホイスコーレ事業における個人情報の流出について',
    date: '2023-11',
    address: 'https://blog.b-son.net/2023/11/2023-431.html',
    facts: {
      ja: '鎌倉市の委託事業者がGoogleのフォームで作った参加申込画面で、申込者19名と緊急連絡先19名の個人情報が閲覧できる状態だった。2023年10月20日、ホームページを見ていた人からの連絡で判明した。',
      en: 'The application page a 鎌倉市 contractor built with Google\'s form tool let anyone see the data of 19 applicants and their 19 emergency contacts; found on 2023-10-20 when a visitor to the website told the city.',
    },
  },
  {
    id: 'yic-aisapo-form-2023',
    publisher: 'セキュリティ事件簿 (blog.b-son.net、県の発表の転載)',
    title: '[記事の内容による表題] 交流イベント「あいサポランド」の委託事業者が申込フォームの設定を誤り申込者の個人情報が閲覧可能だった件',
    date: '2023-09',
    address: 'https://blog.b-son.net/2023/09/2023-2792023721.html',
    facts: {
      ja: '県が委託した交流イベントの申込フォームを委託事業者（学校法人YIC学院）が設定を誤り、申込者34名分の保護者・子供の氏名、住所、電話番号、配慮事項などが2023年7月13日から19日までの7日間、他の申込者から閲覧できた。申込者の一人から委託事業者への電話で判明した。',
      en: 'The contractor (学校法人YIC学院) running a prefecture\'s inclusive children\'s event set its application form wrongly, so 34 applicants\' details (parents\' and children\'s names, addresses, phone numbers, care notes) could be seen by other applicants for the 7 days from 13 to 19 July 2023; an applicant\'s call to the contractor revealed it.',
    },
  },
  {
    id: 'shijonawate-missent-2024',
    publisher: '四條畷市',
    title: 'なわてファミリー・サポート・センター保有の個人情報の誤送信について',
    date: '2024-06',
    address: 'https://www.city.shijonawate.lg.jp/site/kosodate/31533.html',
    facts: {
      ja: '2024年6月25日、市のファミリー・サポート・センターが依頼会員1名に活動内容をメールで知らせる際、他の会員202世帯207人分の氏名・電話番号・支援内容を載せたデータを誤って添付した。受け取った会員は閲覧せずに削除し、第三者への流出や不正利用などの二次被害は確認されていない。',
      en: 'On 25 June 2024 the city\'s family-support centre, e-mailing one member her activity schedule, attached data on 207 persons of 202 other member households (names, phone numbers, kinds of help); the recipient deleted it unread, and no onward leak, misuse or other secondary harm has been found.',
    },
  },
  {
    id: 'shinmai-saku-taken-2017',
    publisher: '信濃毎日新聞',
    title: '持ち去り公文書 既に発見 佐久市内の女性所持',
    date: '2017-09-26',
    address: 'http://www.shinmai.co.jp/news/nagano/20170926/KT170925FTI090028000.php',
    facts: {
      ja: '県佐久合同庁舎から佐久市職員をかたる人物が市あての公文書8件を持ち去った。2日後、再び来庁した女性の車から、16世帯分の特別児童扶養手当の個人情報を含む7件が見つかった。悪用の形跡はない。',
      en: 'Someone posing as a 佐久市 employee took 8 official papers addressed to the city from the prefecture\'s 佐久 office; two days later 7 of them, including 16 households\' special child-allowance data, were found in the car of a woman who came back; no sign of misuse.',
    },
  },
  {
    id: 'mainichi-kiyose-theft-2012',
    publisher: '毎日新聞 (mimizun.com の掲示板過去ログに転載)',
    title: '<窃盗>駅トイレに出生届などのコピー 清瀬市が被害届',
    date: '2012-12-28',
    address: 'http://mimizun.com/log/2ch/news/1356566246/106',
    facts: {
      ja: '清瀬市が受理した出生届・婚姻届・死亡届などのコピー151通が、JR立川駅の男子トイレで紙袋に入って見つかった。市は鍵の掛かる文書庫から届け出なしに持ち出されたとみて被害届を出した。',
      en: '151 copies of birth, marriage and death registrations received by 清瀬市 were found in a paper bag in a men\'s toilet at JR 立川 station; the city, judging they had been taken from its locked archive without the required sign-out, reported a theft.',
    },
  },
  {
    id: 'kobe-kobepost-2021',
    publisher: '神戸市',
    title: '情報共有アプリ「KOBEぽすと」システムへの第三者によるアクセスについて',
    date: '2021-05-31',
    address: 'https://www.city.kobe.lg.jp/a57337/shise/press/908644162304.html',
    facts: {
      ja: '神戸市の情報共有アプリ「KOBEぽすと」（2019年4月運用開始、登録者12,157人）はSalesforceのクラウド型会員情報管理システムで運用しており、委託事業者（両備システムズ）のアクセスログ解析で第三者のアクセスにより1名の個人情報が参照された可能性が判明した。原因の設定変更は2021年2月1日に完了。本人に連絡し、二次被害等が生じていないことを確認した。',
      en: '神戸市\'s information-sharing app KOBEぽすと (running since April 2019, 12,157 users) is run on Salesforce\'s cloud membership system; the contractor\'s (両備システムズ) log analysis found that an outsider\'s access may have looked at one person\'s data; the setting at fault was changed by 1 February 2021; the city contacted the person and confirmed there was no secondary harm.',
    },
  },
  {
    id: 'kumamoto-aquadome-skate-2024',
    publisher: '熊本市',
    title: '[報道資料の内容による表題] アクアドームくまもとのスケート教室申込者等データが漏えいした疑い',
    date: '2024',
    address: 'https://www.city.kumamoto.jp/hpKiji/pub/detail.aspx?c_id=5&id=55936&class_set_id=3&class_id=535',
    facts: {
      ja: '熊本市総合屋内プールの指定管理者（熊本市文化スポーツ財団）がスケート教室の実施要項として誤った形式のファイルを財団ホームページに載せたため、申込者・参加者111人（50世帯）の氏名・住所・電話番号・生年月日などが、2024年2月10日から5月31日までダウンロードすれば読める状態だった。検索エンジンからのアクセスは計30件。',
      en: 'The designated manager of 熊本市\'s indoor pool (the city\'s culture and sports foundation) posted a skating class\'s notice on its website in the wrong file format, so the names, addresses, phone numbers and birth dates of 111 applicants and participants (50 households) could be read by downloading it from 10 February to 31 May 2024; search engines accessed it 30 times.',
    },
  },
];
