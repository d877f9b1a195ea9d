import type { Reference } from '../reference.ts';

/**
 * What a municipality's everyday personal-data errors carry and how they end, read case by case: the
 * shares of health or care data and of bank details in 大阪市's monthly list, the letters of traced
 * mis-sendings retrieved unopened, and how many lost media were protected.
 */
export const S6_LEAKS_REFERENCES: readonly Reference[] = [
  {
    id: 'osaka-city-leaks-2024-07-named',
    publisher: 'news.3rd-in.co.jp (大阪市の一括公表の報道)',
    title: '大阪市、個人情報事務処理誤り27件を公表!令和6年7月分は制度の抜本的な見直しを迫る事態か',
    date: '2024-07',
    address: 'https://news.3rd-in.co.jp/article/351c4284-3dbe-11ef-bf5c-9ca3ba083d71',
    facts: {
      ja: '2024-05-21〜06-20の大阪市の事務処理誤り27件について、具体例を書類名で挙げる（読めたのは最初の22件）。健康・介護・障がいに関わるものは要介護認定調査票、生活保護法医療券、精神通院医療受給者証等交付者リスト、特別支援教育就学奨励費交付額決定通知書の4件。口座情報を含むのは幼稚園給食の口座振替開始のお知らせ1件。ほかは住民異動届、保険料・税の通知や納付書、督促状、マイナンバーカード交付申請書の誤交付を含む申請書など、紙の書類のほか、情報提供資料の個人情報の非公開処理漏れ1件と、市立小学校の欠席連絡等アプリによる保護者への連絡の誤送信1件。紛失は3件（ドライブレコーダーのマイクロSDカード、口座振替開始のお知らせの一時紛失、国民健康保険料減免申請書等）で、記録媒体は1件、一時紛失（後に見つかった）は1件。',
      en: 'Names, paper by paper, examples of the 27 errors 大阪市 published for 2024-05-21 to 06-20; of the first 22 named (the part read), four carry health, care or disability data (a care-need assessment sheet, a public-assistance medical ticket, a list of psychiatric outpatient certificate holders, a special-needs schooling grant notice); one carries bank details (a notice that a school-meal direct debit starts). The rest are papers — a residence notification, premium and tax notices or payment slips, reminders and application forms, one of them a My Number card application form handed to the wrong person — besides one redaction left undone in materials released and one message sent to the wrong parents through a primary school\'s absence-contact app. Three are losses: a drive recorder\'s microSD card (the one medium), the direct-debit notice (a temporary loss, found again) and premium reduction applications.',
    },
  },
  {
    id: 'gunma-missent-2024-11',
    publisher: '群馬県',
    title: '個人情報を含む通知文書の誤送付について(農政課・総務事務管理課)',
    date: '2024-11-15',
    address: 'https://www-pref-gunma-jp.cache.yimg.jp/site/houdou/674908.html',
    facts: {
      ja: '農薬適正使用推進員更新研修の通知文書を、宛名と照合せずに封入して別人あてに送付。受け取った全員に電話で確かめたところ、正しく届いたのは1者、別人の文書が届いたのは22者、未開封は1者。',
      en: 'Training notices for certified pesticide advisers were put in envelopes without checking the names; calling every recipient, the prefecture found 1 correct, 22 who had received someone else\'s notice, and 1 still unopened.',
    },
  },
  {
    id: 'matsumoto-missent',
    publisher: 'news-pic.com (長野の放送局の報道)',
    title: '封筒の宛名と中の資料の名前が違う!松本市で誤送付…対象の115人すべて違っていた【長野】',
    date: 'n.d.',
    address: 'https://news-pic.com/news/local/article-92396',
    facts: {
      ja: '松本市が重度心身障害者の自動車燃料費助成の通知を115人に送った際、全員の封筒に別人の書類（氏名、住所、障害の程度）を入れた。開封していたのは53人。悪用の報告はない。',
      en: '松本市 sent a fuel-subsidy notice for people with severe disabilities to 115 people, each envelope holding another person\'s papers (name, address, degree of disability); 53 had opened theirs; no misuse was reported.',
    },
  },
  {
    id: 'i-forum-losses-2017-07',
    publisher: 'i-forum.club (個人情報漏えい事件簿)',
    title: '個人情報漏えい事件簿 :原因別 2017年7月',
    date: '2017-07',
    address: 'https://i-forum.club/report1707.htm',
    facts: {
      ja: '2017年7月に報じられた漏えいを原因別に数える。官庁・自治体は紛失19件（PC・メモリ等3件、書類16件）、誤送27件（郵送26件、メール1件）、誤交付19件、盗難1件、廃棄2件。',
      en: 'Counts the leaks reported in July 2017 by cause; for ministries and local governments: 19 losses (3 PCs or memory sticks, 16 papers), 27 mis-sendings (26 by post, 1 by mail), 19 wrong handovers, 1 theft, 2 disposals.',
    },
  },
  {
    id: 'kashiwa-usb-2015',
    publisher: 'jtrustc.sakura.ne.jp (情報セキュリティ報道の要約)',
    title: '柏市、個人情報20名分含むUSBメモリー紛失',
    date: '2015-07',
    address: 'http://jtrustc.sakura.ne.jp/ip_wp_2015/security-n/15072701',
    facts: {
      ja: '柏市の下水道維持管理課が、貸付金利用者20名の氏名・口座番号を保存したUSBメモリを課内の金庫から紛失。起動にはIDとパスワードの入力が必要。',
      en: '柏市\'s sewer maintenance section lost, from its safe, a USB stick holding 20 loan users\' names and bank account numbers; the stick needs an ID and password to open.',
    },
  },
  {
    id: 'mutsu-usb-2022',
    publisher: 'デーリー東北',
    title: '個人情報入りUSB紛失 むつ市、高齢者549人分',
    date: '2022-10',
    address: 'https://daily-tohoku.news/archives/131766',
    facts: {
      ja: 'むつ市が後期高齢者医療の加入者549人分（被保険者番号、氏名、口座情報、高額療養費支給額）を入れたUSBメモリを紛失。パスワードによるロックはかかっていない。',
      en: 'むつ市 lost a USB stick with 549 elderly insured people\'s numbers, names, bank details and refund amounts; it had no password lock.',
    },
  },
  {
    id: 'gifu-usb-2024',
    publisher: 'Security NEXT',
    title: '公民館で個人情報含むUSBメモリが所在不明に - 岐阜市',
    date: '2024-03-12',
    address: 'https://www.security-next.com/154755',
    facts: {
      ja: '岐阜市の公民館で、利用者160人分の氏名・住所・電話番号を含むUSBメモリが所在不明。データの暗号化などは実施していなかった。',
      en: 'A 岐阜市 community centre cannot find a USB stick with 160 users\' names, addresses and phone numbers; the data were not encrypted.',
    },
  },
  {
    id: 'usa-usb-2024',
    publisher: 'vlcank.com (NHK等の報道の要約)',
    title: '福祉保健部、振込先などデータ含むUSB紛失 発見に至らず【大分県宇佐市】',
    date: 'n.d.',
    address: 'https://vlcank.com/security_information/2656/',
    facts: {
      ja: '宇佐市の職員が補助事業194事業所の振込先などを入れたUSBメモリを庁外へ持ち出して紛失。持ち出しに必要な許可とファイルの暗号化をしていなかった。',
      en: 'A 宇佐市 official took out, and lost, a USB stick with 194 subsidised providers\' bank details; the required permission and file encryption had not been done.',
    },
  },
];
