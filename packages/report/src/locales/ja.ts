import { digits, unitDigits } from '../format/digits.ts';
import { formatMagnitude } from '../format/magnitude.ts';
import type { ReportLocale } from './report-locale.ts';
import { uncertaintyJa } from './uncertainty-ja.ts';

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const era = (text: string | undefined) => (text ? `（${text}）` : '');
const joiner = (separator: string) => (items: readonly string[]) => items.join(separator);

/**
 * Japanese (です・ます in cases, である in figure descriptions) for every word the report prints.
 *
 * Parentheses: full-width （ ） wherever they sit in Japanese text — around Japanese, around numbers or
 * Latin words inside a Japanese sentence or label (「95%区間（Wilson）」「年度（令和10年）」), with no
 * space on either side. Half-width ( ) only in code and notation that is not Japanese prose: inside
 * `code` spans, commands, and strings without a Japanese character (「P(A<B)」). Pinned by
 * full-width-parentheses.test.ts, which reads every string of this file.
 */
export const ja: ReportLocale = {
  causes: {
    earthquake: '地震',
    eruption: '火山の噴火',
    heavySnow: '大雪',
    powerOutage: '広域停電',
    lgwanOutage: 'LGWANの障害',
    jukiNetOutage: '住基ネットの障害',
    lineCut: '回線の切断',
    hardwareFailure: '機器の故障',
    ransomware: 'ランサムウェア攻撃',
    leak: '個人情報の漏えい等',
    vendorCompromise: '委託先ベンダーへの不正侵入',
    vendorExit: 'ベンダーのサービス終了',
    zoneOutage: 'クラウドのゾーン障害',
    regionOutage: 'クラウドのリージョン障害',
    facilityOutage: 'データセンター設備の障害',
    staffShortage: '情報担当職員の不在',
    insiderMisuse: '職員・委託先による不正な閲覧・持ち出し',
    riverFlood: '洪水・内水氾濫',
    typhoon: '台風・強風',
    fire: '火災',
    applicationRelease: '法改正対応などのリリース',
    batchFailure: '夜間バッチの異常終了',
    softwareWrongIssuance: 'ソフトウェアの不具合による誤交付',
    maintenanceWindow: '計画メンテナンス',
    hardwareRenewal: 'サーバ機器の更改',
  },
  namedCause: (cause, name) => `${cause}（${name}）`,
  reasons: {
    'site-destroyed': '設置場所の損壊',
    'site-flooded': '浸水',
    power: '停電（非常用発電も停止）',
    evacuated: '避難による立入禁止',
    facility: 'データセンター設備の障害',
    'zone-outage': 'クラウドのゾーン障害',
    'region-outage': 'クラウドのリージョン障害',
    hardware: '機器の故障',
    encrypted: '暗号化（ランサムウェア）',
    isolated: '感染拡大を防ぐためのネットワーク遮断',
    restoring: '復旧作業中',
    'line-cut': '回線断',
    'lgwan-outage': 'LGWANの障害',
    'juki-net-outage': '住基ネットの障害',
    cutover: 'システム移行の切替',
    'site-burnt': '火災による焼損',
    'fire-damage': '火災（煙・消火水・電源断）',
    'site-wind-damaged': '強風による損壊',
    maintenance: '計画停止（メンテナンス）',
    'maintenance-overrun': 'メンテナンスの予定超過',
    application: 'アプリケーションの不具合',
  },
  notes: {
    earthquake: (d, w) =>
      `マグニチュード${w.magnitude(d.magnitude)}の地震が発生し、庁舎では計測震度${w.digits(d.officeIntensity, 1)}（震度${w.jmaClass(d.officeIntensity)}）を観測しました。` +
      (d.tsunamiHeightM > 0 ? `津波の高さは沿岸で${w.digits(d.tsunamiHeightM, 2)}mです。` : ''),
    tsunamiInundation: (d, w) => `津波が${w.site(d.site)}に達し、サーバ室の床上${w.digits(d.depthM, 2)}mまで浸水しました。`,
    'site-flooded': (d, w) => `${w.site(d.site)}は浸水で使えなくなり、そこにあった機器とバックアップは失われました。`,
    'site-destroyed': (d, w) => `${w.site(d.site)}は揺れで損壊し、そこにあった機器とバックアップは失われました。`,
    lineCut: (d, w) => `${w.link(d.link)}が切断されました（${d.routes}経路中${d.route}経路目）。修理に${w.hours(d.repairHours)}かかります。`,
    gridOutage: (d, w) => `${w.powerRegion(d.powerRegion)}が${w.hours(d.hours)}停電しました。`,
    noGenerator: (d, w) => `${w.site(d.site)}では非常用発電機が動かず、すぐに電源を失いました。`,
    generatorFuelOut: (d, w) => `${w.site(d.site)}の非常用発電機は${w.hours(d.afterHours)}後に燃料が尽きました。`,
    ransomware: (d, w) =>
      `ランサムウェアが${w.segments(d.entry)}のネットワークから侵入しました（到達：${w.segments(d.reached)}）。` +
      `${d.dataTheft ? 'データが持ち出されました。' : ''}封じ込めに${w.hours(d.containmentHours)}かかります。`,
    encrypted: (d, w) => `${w.system(d.system)}が暗号化されました。同じ場所のオンラインのバックアップも暗号化されています。`,
    leak: (d, w) => `個人データの漏えい等が判明しました（${w.persons(d.persons)}）。`,
    vendorCompromise: (d, w) =>
      `委託先 ${w.vendor(d.vendor)} が不正侵入を受け、保管していた町の住民${w.persons(d.persons)}分のデータが流出しました。` +
      `このベンダーは${d.townsServed}の自治体を担当しています。`,
    hardwareFailure: (d, w) => `${w.system(d.system)}の機器が故障しました。`,
    zoneOutage: (d, w) => `${w.site(d.site)}の${w.zone(d.site, d.zone)}が${w.hours(d.hours)}停止しました。`,
    failoverFailed: (d, w) => `${w.system(d.system)}は別のゾーンへの切替に失敗しました。`,
    failedOver: (d, w) => `${w.system(d.system)}は別のゾーンに切り替わり、止まりませんでした。`,
    regionOutage: (d, w) => `${w.site(d.site)}のリージョン全体が${w.hours(d.hours)}停止しました。`,
    facilityOutage: (d, w) => `${w.site(d.site)}の設備が${w.hours(d.hours)}停止しました。`,
    eruption: (d) => `${d.volcano}が噴火しました（${d.size === 'large' ? '大規模' : '小規模'}）。`,
    evacuated: (d, w) => `${w.site(d.site)}は避難指示の区域に入り、${w.digits(d.days, 1)}日間立ち入れません。`,
    heavySnow: (d, w) => `大雪が${w.hours(d.hours)}続き、職員の参集に時間がかかります。`,
    lgwanOutage: (d, w) => `LGWANが全国で${w.hours(d.hours)}停止しました。`,
    jukiNetOutage: (d, w) => `住基ネットが全国で${w.hours(d.hours)}停止しました。`,
    vendorExit: (d, w) =>
      `ベンダー ${w.vendor(d.vendor)} がサービスの終了を通知しました（${w.digits(d.noticeMonths, 1)}か月前の予告、対象システム ${d.systems} 件）。`,
    cutover: (d, w) =>
      `新しいベンダーへの切替を行いました。${d.outage ? `切替で${w.hours(d.outageHours)}止まりました。` : '切替で止まることはありませんでした。'}` +
      (d.conversionDefect ? 'データ移行で記録の一部が壊れました。' : ''),
    insiderMisuse: (d, w) =>
      `${d.act === 'lookup' ? '職員が業務外の目的で住民の記録を閲覧しました' : '職員または委託先が住民の記録を持ち出しました'}（${w.persons(d.persons)}）。` +
      `${w.hours(d.undetectedHours)}後に発覚しました。`,
    typhoon: (d, w) => `台風が${w.powerRegion(d.powerRegion)}を襲い、強風と倒木で停電と回線断が広がりました。`,
    sitePowerCut: (d, w) => `${w.site(d.site)}は停電し、電気が戻るまで${w.hours(d.hours)}かかります。`,
    fire: (d, w) =>
      `${w.site(d.site)}で火災が発生しました。` +
      (d.roomLost ? '室内は焼損しました。' : `煙と消火の水、電源断で機器が${w.hours(d.damageHours)}止まります。`) +
      (d.officeUnusableHours > 0 ? `庁舎は${w.hours(d.officeUnusableHours)}使えません。` : ''),
    'site-wind-damaged': (d, w) => `${w.site(d.site)}は強風で損壊し、そこにあった機器とバックアップは失われました。`,
    'site-burnt': (d, w) => `${w.site(d.site)}は火災で焼損し、そこにあった機器とバックアップは失われました。`,
    applicationRelease: (d, w) =>
      `${w.applicationPackage(d.package)}のリリース（法改正対応など）を適用しました。` +
      (d.defect === 'outage'
        ? `不具合でシステムが止まり、復旧まで${w.hours(d.outageHours)}かかります。`
        : d.defect === 'wrongNotices'
          ? `計算の不具合で${w.persons(d.wrongNotices)}に誤った通知書を送り、訂正とお詫びの通知を送り直します。`
          : ''),
    batchFailure: (d, w) => `${w.applicationPackage(d.package)}の夜間バッチが異常終了しました。窓口が開いてから再実行が終わるまで${w.hours(d.delayHours)}、システムが使えません。`,
    softwareWrongIssuance: (d, w) =>
      `${w.applicationPackage(d.package)}の証明書発行の不具合で、${d.documents}通の証明書が別人の情報で交付されました（${w.persons(d.persons)}分の記録）。` +
      (d.myNumber ? 'マイナンバーが記載された証明書を含みます。' : ''),
    maintenanceWindow: (d, w) =>
      `${w.site(d.site)}で予告した${w.hours(d.hours)}の計画メンテナンスを行いました。` +
      (d.overrunHours > 0 ? `作業は予定を${w.hours(d.overrunHours)}超過しました。` : ''),
    hardwareRenewal: (d, w) =>
      `${w.site(d.site)}のサーバ機器を更改しました（システム ${d.systems} 件、切替${w.hours(d.hours)}）。` +
      (d.overrunHours > 0 ? `切替は予定を${w.hours(d.overrunHours)}超過しました。` : ''),
    misconfigurationExposure: (d, w) => `${w.site(d.site)}の設定誤りで、記録が${w.hours(d.exposureHours)}外部から見える状態でした。`,
    demandSurge: (d, w) => `災害のため${w.service(d.service)}の申請が${w.digits(d.extraRequests)}件増え、${d.overDays}日にわたって続きます。`,
    evacuationListUnreachable: (d, w) =>
      `避難行動要支援者名簿を持つシステムに災害直後の${w.hours(d.hours)}つながらず、` +
      `紙の名簿が事前に共有されていない要支援者${w.persons(d.residentsUncovered)}の安否確認に使えませんでした。`,
    riverFlood: (d, w) => `洪水・内水氾濫で、水が引くまで${w.hours(d.hours)}かかりました。`,
    floodDepth: (d, w) =>
      `${w.site(d.site)}は地面から${w.digits(d.depthM, 2)}m浸水しました` +
      (d.aboveFloorM > 0
        ? `（サーバ室の床上${w.digits(d.aboveFloorM, 2)}m）。`
        : `（サーバ室の床まではあと${w.digits(-d.aboveFloorM, 2)}m）。`),
    generatorFlooded: (d, w) => `${w.site(d.site)}の非常用発電機は水没して動かず、すぐに電源を失いました。`,
    staffWork: (d, w) => {
      const system = w.taskSystem(d.what);
      return (
        `町の職員を${system ? `${system}の` : ''}${w.task(d.what)}に呼び出しました（${w.when(d.timeClass)}）。` +
        `着手まで${w.hours(d.waitedHours)}待ち、作業は${w.hours(d.hours)}でした。`
      );
    },
    vendorWork: (d, w) => {
      const system = w.taskSystem(d.what);
      return (
        `${w.vendor(d.vendor)}の技術者に${system ? `${system}の` : ''}${w.task(d.what)}を依頼しました（${w.contract(d.contract)}）。` +
        `到着まで${w.hours(d.waitedHours)}待ち（契約による出動までの時間と、ほかの自治体の作業の順番待ちを含みます）、作業は${w.hours(d.hours)}でした。`
      );
    },
    restoreFromBackup: (d, w) =>
      `${w.system(d.system)}は${w.site(d.backupSite)}に残っていた${d.offline ? 'オフラインの' : ''}バックアップから戻します。` +
      `最後のバックアップ以降の${w.hours(d.dataLostHours)}分の記録は失われ、入力し直しが必要です。`,
    noSurvivingBackup: (d, w) => `${w.system(d.system)}には使えるバックアップが残っておらず、データを一から作り直します。`,
    providerQueue: (d, w) => `${w.system(d.system)}の事業者は共同利用の${d.townsAhead}団体を先に復旧し、町は${w.hours(d.waitedHours)}順番を待ちました。`,
    siteReplaced: (d, w) => `${w.site(d.site)}の代わりの設備が使えるようになりました。`,
    systemRestored: (d, w) => `${w.system(d.system)}が復旧しました。`,
    alternateOfficeOpened: () => '代替庁舎を開設し、職員はそこから業務を再開しました。',
    restoredAtBackupSite: (d, w) => `${w.system(d.system)}はデータセンターの再建まで${w.site(d.site)}で稼働します。`,
    staffAbsent: (d) => `作業の依頼時、町の情報担当職員${d.staff}人のうち${d.absent}人が病気や休暇で不在でした。`,
  },
  metrics: {
    costYen: '年間費用（運用+インシデント）',
    runningCostYen: '運用費用',
    incidentCostYen: 'インシデント費用',
    downtimeHours: '重要業務の延べ停止時間',
    residentHoursWithoutService: '住民がサービスを受けられなかった延べ時間',
    residentsWithoutService: 'サービスを受けられなかった住民の延べ人数',
    personsAffected: '個人データが漏えい・滅失・毀損した本人の数',
    // 複製から戻したシステムについての合計。残った複製がないシステムは別に数える。
    dataLostHours: '失われた更新（時間）',
    systemsLost: '残った複製がなく失われたシステム',
    residentsWithRecordsLost: '記録が失われた住民（残った複製なし）',
    incidents: 'インシデント件数',
    evacuationListUnreachableHours: '避難行動要支援者名簿を参照できない時間',
    evacuationSupportResidentsUncovered: '名簿を参照できない間の要支援者数',
    plannedDowntimeHours: '重要業務の計画停止時間（予告したメンテナンス）',
  },
  actions: {
    notifyIndividuals: '本人への通知・謝罪',
    reportToCommission: '個人情報保護委員会への報告',
    publishNotice: '公表',
    pressConference: '記者会見',
    compensateResidents: '住民への補償',
    reportToCouncil: '議会への報告',
    activateBcp: 'BCP（業務継続計画）の発動',
  },
  dataClasses: {
    general: '一般の個人情報',
    sensitive: '要配慮個人情報',
    ordinanceSensitive: '条例要配慮個人情報',
    myNumber: '特定個人情報（マイナンバー）',
    financial: '財産的被害のおそれのある情報',
  },
  incidentKinds: { leak: '漏えい', loss: '滅失', damage: '毀損', outage: '停止' },
  dataHarm: { leak: '漏えい', loss: '滅失', damage: '毀損', outage: '停止' },
  hostingKinds: {
    onprem: '庁舎内設置（オンプレミス）',
    housing: 'ハウジング（データセンター）',
    'community-cloud': '自治体クラウド（共同利用）',
    'public-cloud': 'ガバメントクラウド',
  },
  costItems: {
    equipment: '機器の再調達',
    staff: '職員の作業',
    vendor: 'ベンダーの作業',
    notificationLetters: '通知の郵送',
    callCentre: 'コールセンター',
    pressConference: '記者会見',
    compensation: '補償',
    responseStaff: '対応の職員時間',
    forensics: 'フォレンジック調査',
    migration: 'システム移行',
    correctionLetters: '訂正通知の郵送',
    renewal: '機器更改の移行作業',
  },
  basisKinds: { law: '法令', guideline: 'ガイドライン', practice: '自治体の実務', 'town-decision': '町の決定', assumption: '仮定' },
  cohorts: { under15: '15歳未満の住民', from15to64: '15〜64歳の住民', over65: '65歳以上の住民' },
  timeClasses: { workday: '勤務時間内', night: '夜間', holiday: '閉庁日' },
  timeWhen: { workday: '勤務時間内', night: '夜間', holiday: '閉庁日' },
  tasks: { triage: '状況確認', rebuild: '再構築', repair: '修理' },
  contracts: { premium: '駆けつけ契約', 'next-business-day': '翌営業日対応の契約' },
  deadlineStages: { preliminary: '速報', final: '確報' },
  measureKinds: {
    'line-routes': '回線の経路数',
    'alternate-office': '代替庁舎',
    backup: '追加の複製',
    'generator-hours': '発電機の運転時間',
    'fuel-resupply': '燃料の優先供給協定',
    'vendor-contract': 'ベンダーの保守契約',
  },

  largestIncident: (metric) => `最大の単一インシデント：${metric}`,
  personsOfClass: (metric, dataClass) => `${metric}（${dataClass}）`,
  serviceDowntime: (service) => `${service}の停止時間`,
  actionCount: (action) => `${action}（件数）`,

  format: {
    yen: (yen, finer = 0) => {
      const a = Math.abs(yen);
      if (a >= 1e12) return `${unitDigits(yen / 1e12, finer)}兆円`;
      if (a >= 1e8) return `${unitDigits(yen / 1e8, finer)}億円`;
      if (a >= 1e4) return `${unitDigits(yen / 1e4, finer)}万円`;
      return `${digits(yen)}円`;
    },
    hours: (hours, days) => `${hours}時間${days ? `（${days}日）` : ''}`,
    persons: (count) => `${count}人`,
    residentHours: (count) => `${count}人時`,
    range: (low, high) => `${low}〜${high}`,
    estimate: (centre, range) => `${centre}（95%区間 ${range}）`,
    estimateCell: (centre, range) => `${centre}\n（95%区間 ${range}）`,
    notSeen: '試行中に発生なし',
    timesAYear: (perYear) => `年に${perYear}回程度`,
    onceIn: (years) => `${years}年に1度程度`,
    perYear: (denominator) => `1/${denominator}年`,
    date: (d) => `${d.year}年${era(d.era)}${d.month}月${d.day}日（${WEEKDAYS[d.weekday]}）${d.time}`,
    fiscalYear: (fiscalYear, fiscalEra) => `${fiscalYear}年度${era(fiscalEra)}`,
    withHoliday: (date, holiday) => `${date}（${holiday}）`,
    yenUnits: [
      [1e12, '兆円'],
      [1e8, '億円'],
      [1e4, '万円'],
      [1, '円'],
    ],
    yenTick: (sign, value, unit) => `${sign}${value}${unit}`,
    zeroYen: '0円',
    hoursTick: '時間',
    personsTick: '人',
  },
  list: { comma: joiner('、'), semicolon: joiner('、'), and: joiner('・'), or: joiner('・'), short: joiner('・') },

  words: {
    variant: '案',
    metric: '指標',
    mean: '年平均（期待値）',
    interval95: '95%信頼区間',
    median: '中央値',
    p90: '10年に1度の悪い年',
    p99: '100年に1度の悪い年',
    max: '最大',
    maxYear: '最大の年',
    action: '対応',
    annualProbability: '年間発生確率',
    difference: '差（A − B）',
    aBetter: 'Aの方が小さい年の割合',
    equal: '同じ',
    returnPeriod: '再現期間',
    valueAtRisk: 'その年の値（VaR）',
    tailValueAtRisk: 'それより悪い年の平均（TVaR）',
    notAvailable: '試行数不足',
    replications: '試行数',
    fiscalYear: '年度',
    runningCost: '運用費用',
    incidentCost: 'インシデント費用',
    totalCost: '合計',
    exceedanceProbability: '年超過確率',
    everyYear: '毎年',
    zeroOffLog: '0以下の値は対数目盛に表示しない',
    band95: '網掛け：95%区間',
    mean95: '年平均と95%信頼区間',
    noDifference: '差なし',
    runningMean: '累積平均',
    target: '精度目標',
    cause: '原因',
    statistic: '統計量',
  },
  csv: {
    variant: '案ID',
    variantLabel: '案',
    replication: '試行',
    year: '年（0から）',
    fiscalYear: '年度（その年の期間の大半が属する年度）',
    fiscalYearOfStart: '年度（開始日の属する年度）',
    metric: '指標ID',
    metricLabel: '指標',
    epType: 'EP種別（ORD EPType）',
    epTypeLabel: 'EP種別',
    returnPeriodYears: '再現期間（年）',
    value: '値',
    yearsSimulated: 'シミュレーションした年数',
    incident: 'インシデントID',
    cause: '原因ID',
    causeLabel: '原因',
    start: '開始（日本時間）',
    durationHours: '継続時間（時間）',
    criticalDowntimeHours: '重要業務の最長停止時間（時間）',
    dataClasses: 'データの区分',
    actions: '必要な対応',
    ongoing: '期間終了時に継続中（1=はい）',
  },
  csvEpTypes: {
    '1': '最大の単一インシデント（OEP）のVaR',
    '2': '最大の単一インシデント（OEP）のTVaR',
    '3': '年間合計（AEP）のVaR',
    '4': '年間合計（AEP）のTVaR',
  },
  csvStatistics: {
    mean: '年平均',
    ciLow: '年平均の95%信頼区間・下限',
    ciHigh: '年平均の95%信頼区間・上限',
    sd: '年ごとの標準偏差',
    var100: '100年に1度の悪い年（VaR）',
    tvar100: '100年に1度より悪い年の平均（TVaR）',
    probability: '年確率',
    probabilityLow: '年確率の95%信頼区間・下限',
    probabilityHigh: '年確率の95%信頼区間・上限',
  },
  csvListSeparator: '、',
  csvStatisticSeparator: ':',
  tables: {
    actionsTitle: '対応が必要になる年の確率（年間）',
    actionsNote: '区間はWilsonの方法による95%信頼区間です。',
    driversTitle: (action) => `「${action}」につながった原因`,
    driversNote: '各欄：全試行での件数（その案での割合）。',
    comparisonsTitle: '案どうしの比較（同じ災害・事故を受けた場合の差）',
    comparisonsNote: '差が負なら A の方が小さい（よい）。区間はモンテカルロ誤差のみを示します。',
    convergenceTitle: '推定の精度（停止規則）',
    estimate: '推定値',
    halfWidth: '95%半幅',
    target: '目標',
    verdict: '判定',
    met: '達成',
    notMet: '未達',
    fiscalTitle: '年度ごとの費用の期待値',
    fiscalNote: '年度は4月〜翌3月。各年度の値は全試行の平均です。',
    returnPeriodTitle: (metric) => `${metric}:何年に1度の悪い年か`,
    returnPeriodNote: (valueAtRisk, tailValueAtRisk) => `各欄：${valueAtRisk}（括弧内：${tailValueAtRisk}）。`,
    metricNote:
      '10年に1度・100年に1度の悪い年は、試行したすべての年を並べ、悪い方から年数の1/10・1/100の年を除いた次の年の値（VaR、補間しない順序統計量）で、' +
      '「何年に1度の悪い年か」の表と同じ値です。試行した年数が10倍に満たない期間は求めません（試行数不足）。',
    convergenceNote: '各欄：推定値 ± 95%半幅。2行目：目標の半幅と判定。',
    convergenceTarget: (target, verdict) => `目標 ± ${target}：${verdict}`,
    fiscalCellNote: '各欄：合計、その下の括弧内に運用費用とインシデント費用。',
    fiscalCell: (total, running, incident) => `${total}\n（運用 ${running}・インシデント ${incident}）`,
    baselineComparisonsNote: (baseline) =>
      `各欄：その案 − 「${baseline}」の差（負ならその案の方が小さい＝よい）と95%区間。2行目：その案の方が小さい年の割合と同じ年の割合。区間はモンテカルロ誤差のみを示します。`,
    comparisonShares: (lower, equal) => `小さい年 ${lower}・同じ ${equal}`,
  },
  figures: {
    actionsTitle: '対応が必要になる年間確率',
    actionsDescription: (actions, variants, top) =>
      `${actions}種類の対応について、その対応が必要になる年の確率を${variants}案ごとに95%信頼区間（Wilson）とともに示す。` +
      `最も起こりやすい対応：${top.map((t) => `${t.variant}は${t.action}（年${t.probability}）`).join('、')}。`,
    distributionTitle: (metric) => `年間の分布：${metric}`,
    distributionDescription: (metric, variants, rows) =>
      `${metric}の年平均（期待値）と95%信頼区間、中央値、10年に1度・100年に1度の年、最大の年を${variants}案について示す。` +
      `年平均：${rows.map((r) => `${r.label} ${r.mean}（100年に1度の年 ${r.p99}）`).join('、')}。`,
    convergenceTitle: (metric) => `推定値の収束：${metric}`,
    convergenceDescription: (metric, rows) =>
      `${metric}の年平均の推定値が試行数とともにどう落ち着いたかを、累積平均と95%信頼区間（網掛け）で示す。` +
      `最終の推定値：${rows.map((r) => `${r.label} ${r.mean}（${r.replications}試行）`).join('、')}。`,
    aepTitle: (metric) => `年超過確率（AEP）：${metric}`,
    oepTitle: (metric) => `発生超過確率（OEP・最大の単一インシデント）：${metric}`,
    exceedanceDescription: (curve, metric, variants, at, values) => {
      const what = curve === 'aep' ? '年超過確率曲線（AEP、年間合計）' : '発生超過確率曲線（OEP、その年最大の単一インシデント）';
      const each = curve === 'aep' ? '年間合計' : '最大インシデントの規模';
      const readout = at === undefined ? '' : `${at}の値：${values.join('、')}。`;
      return `${metric}の${what}を${variants.length}案（${variants.join('、')}）について示す。各線は縦軸の年確率（対数目盛）で超える${each}、網掛けは95%区間。${readout}`;
    },
    differenceNote: (better, equal) => `有利な年 ${better}（同じ ${equal}）`,
    differenceAxis: (baseline) => `年平均の差（各案 − ${baseline}）`,
    differenceTitle: (baseline, metric) => `${baseline}との差：${metric}`,
    differenceDescription: (metric, baseline, rows) =>
      `${metric}の年平均について、各案と${baseline}との差（各案 − ${baseline}、負なら有利）を、同じ乱数で対にした試行から求めた95%信頼区間とともに示す。` +
      `各行の右は各案の方が小さかった年の割合。${rows.map((r) => `${r.label} ${r.difference}（有利な年 ${r.better}）`).join('、')}。`,
  },

  report: {
    intro: (version, runs, years, seed) => `Machi ${version} による仮想自治体のリスク評価レポート。${runs}回の試行 × ${years}年、乱数の種 ${seed}。`,
    actionsHeading: '対応が必要になる確率',
    metricsHeading: '指標ごとの結果',
    comparisonsHeading: '案どうしの比較',
    fiscalHeading: '年度ごとの費用',
    standardisationNote:
      '運用費用には、支払う年度の一時的な費用（補助金を差し引いた標準準拠システムへの移行経費など）を含みます。幅でしか分からない運用経費は、' +
      '反復ごとに一度ずつ抽出しています。地方公共団体情報システムの標準化に関する法律（令和3年法律第40号）と国の標準化基本方針により、' +
      '標準化対象の20業務は移行期限（令和7年度末。特定移行支援システムはその後）以降、標準準拠システムで行わなければなりません。' +
      'これらの業務について、今のパッケージを庁舎のサーバで使い続けることはもはや選べず、オンプレミスの案は比較のためにだけ示しています。' +
      'それ以外のシステムは自由に選べます。',
    convergenceHeading: '収束と精度',
    convergenceIntro: (stoppedBy) => `停止理由：${stoppedBy}。試行を増やしたときの推定値の動きと、その95%区間です。`,
  },
  summary: {
    heading: '要約（意思決定者向け）',
    intro: (variants, runs, years, total) => `${variants}つの案を、同じ災害・事故の起こり方（${runs}通り × ${years}年 = ${total}年分）に通して比べました。`,
    variant: (v) =>
      `${v.name}：年間費用は平均${v.meanCost}、` +
      `${v.badYearCost === undefined ? '100年に1度程度の悪い年の費用は、この試行数では求められません' : `100年に1度程度の悪い年は${v.badYearCost}`}。` +
      `重要業務の延べ停止時間（各業務の停止時間の合計）は年平均${v.meanDowntime}。` +
      `記者会見が必要になる年は${v.pressProbability}（${v.pressReturnPeriod}）。`,
    best: (b) =>
      `重要業務の延べ停止時間が最も短いのは「${b.best}」です。` +
      `基準とした「${b.baseline}」と比べて年平均${b.downtimeDifference}${b.shorter ? '短く' : '長く'}、` +
      `同じ災害・事故を受けた年のうち${b.shorterOrEqualShare}で短いか同じでした。` +
      (b.costChange === 'unclear'
        ? `年間費用の差は${b.costDifference}で、高いか安いかはこの試行数では分かりません。`
        : // "その代わり" only when the cost goes the other way from the downtime: a trade-off, not a bonus.
          `${b.shorter === (b.costChange === 'more') ? 'その代わり' : 'しかも'}年間費用は${b.costDifference}${b.costChange === 'more' ? '高く' : '安く'}なります。`),
    topScore: (name, score, rankingCanChange) =>
      `安全スコア（0〜100、高いほど安全）が最も高いのは「${name}」で、スコアは${score}です。` +
      `重みを1つずつ半分・2倍にしても順位が${rankingCanChange ? '変わる場合があります（「安全スコア」の節）' : '変わりません'}。`,
    intervals: '区間は試行回数によるシミュレーションの誤差だけを示し、入力した前提（発生率・費用など）の不確かさは含みません。前提は「前提と出典」の節にあります。',
  },
  safety: {
    heading: '安全スコア',
    none: '試行がないため計算できません。',
    formula:
      '安全スコア（0〜100）は、試行ごとに次の式で計算し、その平均と95%信頼区間を示します。' +
      '何も起きなければ100、被害が大きいほど0に近づきます。どの指標でも劣らない案のスコアが低くなることはありません。',
    symbols: 'x_m は指標 m のその試行での年平均値、s_m はその指標の項が50点になる値（尺度）、w_m は重みです。',
    scoresTitle: '案ごとの安全スコア',
    rank: '順位',
    score: 'スコア',
    weightsTitle: '重みと尺度',
    weight: '重み w',
    scale: '尺度 s（50点になる年間値）',
    setBy: '設定',
    weightsNote: '重みと尺度はシナリオの safetyScore.weights / safetyScore.scales で町ごとに変更できます。',
    setByScenario: 'シナリオで設定',
    setByDefault: '既定（仮定）',
    sensitivity: (changed, cases) => `重みを1つずつ半分・2倍にしたとき、順位が変わるのは${cases}通り中${changed}通りです。`,
    sensitivityTitle: '重みを動かしたときの順位（スコア）',
    change: '変更',
    rankingChanged: '順位の変化',
    asSet: '設定どおりの重み',
    weightTimes: (metric, factor) => `${metric}の重み ×${factor}`,
    yes: '変わる',
    no: '同じ',
    defaultsAreAssumptions: '既定の重み・尺度は仮定（assumption）です。町の優先順位に合わせて設定してください。',
  },
  assumptions: {
    heading: '前提と出典',
    none: 'このシナリオには出典の情報がありません（コードで組み立てたシナリオなど）。',
    counts: (total, sourced, assumed) =>
      `数値${total}件のうち、出典のある数値が${sourced}件、出典のない仮定（assumption）が${assumed}件です。仮定の値は町の実情に合わせて見直してください。`,
    field: '項目',
    value: '値',
    source: '出典・根拠',
    assumedTitle: '仮定（出典なし）',
    sourcedTitle: '出典のある数値',
    webPages: '出典のウェブページ',
  },
  bibliography: {
    heading: '参考文献',
    intro: (count) => `上の数値・対応基準・モデルが引用する${count}件の文献です。番号は表の [n] に対応し、Machi が各文献から採った事実を要約しています。`,
    noDate: '日付なし',
  },
  modelAssumptions: {
    intro: (total, sourced, assumed) =>
      `このほか、モデル自体に組み込まれた数値が${total}件あります（シナリオでは変えられません）。出典のあるものが${sourced}件、仮定が${assumed}件です。`,
    title: 'モデルに組み込まれた前提',
    items: {
      feltJmaIntensity: '被害が出始める計測震度（これより弱い地震は記録しない）',
      tsunamiHeightFactor: '町の沿岸での津波の高さの、地域の推定値に対する倍率',
      serverTriageHours: '故障したサーバの状況確認とベンダーへの連絡にかかる時間',
      rebuildTriageHours: 'システムの再構築・復元の前に職員が状況を確認する時間',
      localWeatherRadiusKm: '町と同じ大雪に見舞われる拠点の範囲',
      otherTownCallsWithinHours: '広域の地震のあと、ベンダーがほかの自治体から呼ばれる時間帯',
      evacuationListWindowHours: '災害直後に避難行動要支援者名簿が必要な時間',
      evacuationListCheckHours: '名簿に届くかどうかを確かめる間隔',
      scriptedQuakeDepthKm: '深さを指定しないシナリオ上の地震の震源の深さ',
      backupOffsetHours: '時刻を指定しないバックアップを取る時刻（0時からの時間）',
      scriptedQuakeFaultType: '種別を指定しないシナリオ上の地震の震源種別',
      crustalDipDeg: '傾斜を指定しない地殻内地震の断層面の傾斜角（度）',
      interplateDipDeg: '傾斜を指定しないプレート間地震の断層面の傾斜角（度）',
      intraslabDipDeg: '傾斜を指定しないプレート内（スラブ内）地震の断層面の傾斜角（度）',
      sharedSiteRestoreCrews: 'シナリオが指定しないとき、共同利用拠点の事業者が同時に復旧する構成団体の数',
    },
    choices: { crustal: '地殻内地震' },
    intensity: (value) => `計測震度${value}`,
    km: (value) => `${value}km`,
    factor: (low, high) => `${low}〜${high}倍（一様分布）`,
  },
  limits: {
    heading: 'この結果の限界',
    monteCarloOnly: '信頼区間はシミュレーションの試行回数による誤差だけを示します。発生率・被害・費用などの入力の不確かさは含みません。',
    noExtrapolation: '100年に1度程度などの値は、シミュレーションした年数の1/10より稀な頻度については示しません（外挿しません）。',
    unconfirmed: (rule, basis) => `未確認の法的論点：${rule} — ${basis}`,
  },
  calibration: {
    heading: '付録：全国の観測値との照合（キャリブレーション）',
    intro: (runs, years, seed) =>
      `全国1,741市区町村を人口規模の区分に分け、区分ごとに代表するプリセットを${runs}試行×${years}年（seed ${seed}）模擬し、区分の団体数（人口比例の量は人口）で拡大して全国で合計した。これを公表された全国の年間件数と比べる。比が0.5〜2なら2倍以内とする。`,
    rowsTitle: '全国の年間件数：観測と模擬',
    classesTitle: '市区町村の区分と代表するプリセット',
    howCounted: '模擬の数え方',
    columns: {
      quantity: '量',
      observed: '観測（年あたり, 95%区間）',
      simulated: '模擬の全国平均（95%区間）',
      ratio: '比（模擬÷観測）',
      verdict: '判定',
      source: '出典',
      class: '区分',
      bodies: '団体数',
      meanPopulation: '平均人口',
      representedBy: '代表するプリセット',
    },
    verdicts: {
      within2x: '2倍以内',
      insideObservedInterval: '2倍を超えるが観測の区間内',
      withinBounds: '観測の下限・上限の範囲内',
      tooHigh: '高すぎる',
      tooLow: '低すぎる',
      undetermined: '模擬の件数が少なく判定できない（試行を増やす）',
      notComparable: '比較できない',
    },
    scalings: {
      perResident: '人口で按分（住民1人年あたり × 区分の人口）',
      perTown: '団体数で拡大（1団体年あたり × 団体数）',
      perPlatform: '共同基盤ごとに1件（構成団体1町あたり × 基盤数）',
      national: '全国で1件（全団体に同時に及ぶ事象）',
    },
    yearBasis: { fiscal: '年度', calendar: '暦年' },
    atLeast: (found, low, ceiling) => `判明分 ${found}（下限 ${low}${ceiling === null ? '' : `、上限 ${ceiling}`}）`,
    shareRange: '市区町村の割合の幅を含む区間',
    representedBy: (preset, population, hosting) => `${preset}（人口${population}）：${hosting}`,
    rowsNote:
      '観測の区間は件数の正確なポアソン区間（割合が幅で与えられる場合はその幅も含む）。' +
        '模擬の区間はモンテカルロ誤差のみ（模擬の件数が20件未満なら、その件数の正確なポアソン区間。1件も模擬されなくても、試行を増やせば観測の率が出うる場合は低すぎとしない）。' +
        '下限しかない観測（公表事例）では、模擬が下限の半分未満なら低すぎ、上限の2倍超なら高すぎとする。プリセットの模擬の1年は4月1日に始まる年度。暦年の件数とは年あたりの率として比べる。',
    classesNote: '人口比例の量は「区分の平均人口 ÷ プリセットの人口」を掛ける。区分に近い規模のプリセットがない場合は最も近いプリセットで代表させている。',
  },
  stamp: {
    heading: '再現のための情報',
    title: '実行の記録',
    item: '項目',
    value: '値',
    version: 'Machi のバージョン',
    scenario: 'シナリオ',
    hash: 'シナリオのハッシュ（SHA-256）',
    seed: '乱数の種（seed）',
    replications: '試行数',
    years: '1試行の年数',
    variants: '案',
    stoppedBy: '停止理由',
    regenerate:
      'このレポートの隣にある scenario.resolved.json から、次のコマンドで同じ result.json を作り直せます（どの計算機・ワーカー数でも同じバイト列になります）。',
  },

  case: {
    title: (town, period) => `${town} 仮想事例：${period}`,
    intro: (c) =>
      `これは Machi のシミュレーションが作った仮想の1年で、実際の出来事ではありません。` +
      `案「${c.variant}」の反復${c.replication}（乱数の種 ${c.seed}）、${c.horizonYears}年間のうち年${c.year}（0から数えた番号で、コマンドの --year と同じ）、${c.from}から${c.to}までです。` +
      `図上訓練では、各事故の見出しの日時に自分たちが何をするかを話し合ってから、その先を読んでください。`,
    among: (replications, years) => `${replications}回の試行×${years}年`,
    worst: (metric, among, value) => `この年は、${among}のうち「${metric}」が最も大きかった年です（${value}）。`,
    p99: (metric, among, value) => `この年は、${among}の「${metric}」の99パーセンタイル、100年に1度の年です（${value}）。`,
    typical: (metric, among, value) => `この年は、${among}の「${metric}」の中央値の年、典型的な年です（${value}）。`,
    withAction: (metric, among, value, action, candidates) =>
      `この年は、${among}のうち「${action}」が必要になった${candidates}年の中で「${metric}」が中央値の年です（${value}）。`,
    reproduce: '次のコマンドで同じ事例を作り直せます。',
    summaryHeading: '1年のまとめ',
    ganttHeading: '止まっていた期間',
    timelineHeading: 'タイムライン',
    notesHeading: '数値の読み方',
    carriedOver: '前の年から続いている事故があります。',
    carriedOverItem: (start, cause, systems) => `${start} ${cause}：${systems}`,
    noIncident: 'この年には事故はありませんでした。',
    readingNotes: [
      '数値はすべてこの反復のシミュレーション記録（事故ごとの結果と年ごとの指標）の値です。',
      'サービスを受けられなかった住民の数は、需要の率から求めた期待値を丸めたものです。',
      '通報・報告の期限は、事故の始まった時点で町が把握したものとして数えています。',
      '登場する住民は、町の年齢構成と事故の内容から選んだ架空の人物です。',
    ],
    metricsTitle: (period) => `${period}の指標`,
    thisYear: 'この年の値',
    incidentsTitle: 'この年の事故',
    incidentColumns: {
      start: '発生',
      cause: '事故',
      kinds: '種類',
      persons: 'データの本人',
      downtime: '重要業務の最長停止',
      cost: '費用',
      actions: '必要な対応',
    },
    names: {
      link: (from, to) => `${from}から${to}への回線`,
      anyLink: '回線',
      powerRegion: (site, others) => `${site}${others > 0 ? 'など' : ''}のある電力区域`,
      anyPowerRegion: '電力区域',
      applicationPackage: (system, others) => `${system}${others > 0 ? `など${others + 1}システム` : ''}のパッケージ`,
      anyApplicationPackage: 'パッケージ',
      zone: (index, zones) => `ゾーン${index}（${zones}ゾーンのうち）`,
      anyZone: 'ゾーンのひとつ',
      segments: { myNumber: 'マイナンバー利用事務系', lgwan: 'LGWAN接続系', internet: 'インターネット接続系' },
    },
    footnotes: {
      heading: '注',
      intro: '本文の（注n）は対応を求めた規則とその根拠を、[n]はその出典を指します。',
      marker: (numbers) => `（注${numbers.join('、')}）`,
      rule: (number, basis, rule, meta, source) =>
        `注${number} ${basis.replace(/。$/, '')}（規則「${rule}」、${meta}）。${source ? `出典：${source}` : '出典の記載はありません。'}`,
      sourcesHeading: '出典',
    },
    span: (from, to) => `${from}〜${to}`,
    drift: (fiscalYear) =>
      `シミュレーションの1年は8,760時間（365日）で、年度（4月1日〜3月31日、うるう年を含む年度は366日）とは始まりと終わりがずれます。` +
      `この1年の大部分は${fiscalYear}です。`,
  },
  incident: {
    magnitude: (magnitude) => `（マグニチュード${formatMagnitude(magnitude)}）`,
    title: (start, when, what) => `${start}（${when}）${what}`,
    headings: {
      happened: '何が起きたか',
      stopped: '何が止まり、なぜ止まったか',
      affected: '誰が影響を受けたか',
      recovery: '復旧に必要だったもの・待ったもの',
      costs: '費用',
      thresholds: '超えた対応基準（規則・根拠・期限）',
      meaning: '住民にとっての意味',
    },
    siteIntensity: (site, intensity, jmaClass) => `${site} ${digits(intensity, 1)}（震度${jmaClass}）`,
    intensities: (sites) => `各拠点の計測震度：${sites}`,
    flags: {
      maliciousIntent: '不正の目的によるもの',
      directHarm: '直接の被害あり',
      highlyEncrypted: 'データは高度に暗号化されていた',
      recoveredUnviewed: '見られる前に回収された',
    },
    nature: (flags) => `事故の性質：${flags}`,
    happened: (cause) => `${cause}が起きました。`,
    window: (reason, from, to) => `${reason} ${from} – ${to}`,
    systemPastRto: (rto) => `目標復旧時間 ${rto}を超えました`,
    systemWithinRto: (rto) => `目標復旧時間 ${rto}以内`,
    servicePastRto: (rto) => `目標復旧時間 ${rto}を超えました`,
    serviceWithinRto: (rto) => `目標復旧時間 ${rto}以内`,
    system: (name, site, down, rto, windows) => `システム「${name}」（${site}）：${down}止まりました（${rto}）。理由：${windows}`,
    critical: '（重要業務）',
    service: (name, critical, down, rto) => `住民向けサービス「${name}」${critical}：窓口で${down}使えませんでした${rto ? `（${rto}）` : ''}。`,
    noSystemStopped: 'システムの停止はありませんでした。',
    residents: (persons, residentHours) => `サービスを受けられなかった住民：延べ約${persons}（待ち時間の合計 ${residentHours}）`,
    persons: (harm, persons, classes) => `個人データが${harm}した本人：${persons}（${classes}）`,
    noResidentAffected: '住民への影響はありませんでした。',
    allDataLost: (system) => `失われたデータ（${system}）：残った複製がなく、記録の全体が失われました`,
    recordsLost: (systems, residents) => `残った複製がなく失われたシステム：${systems}、記録が失われた住民：${residents}`,
    dataLost: (system, hours) => `失われたデータ（${system}）：最新の残ったバックアップ以降の${hours}分`,
    ongoing: 'シミュレーション期間が終わってからさらに同じ長さの間追いかけても、まだ復旧していませんでした。',
    done: (end) => `${end}にすべての対応が終わりました。`,
    costItem: (item, yen) => `${item} ${yen}`,
    costs: (total, items) => `合計 ${total}${items ? `（${items}）` : ''}。`,
    noThreshold: '対応基準に当たるものはありませんでした。',
    unconfirmed: '未確認',
    deadline: (stage, days, due) => `${stage}は${days}日以内（${due}まで）`,
    action: (action, deadlines, notes) => `${action}${deadlines ? ` — 期限：${deadlines}` : ''}${notes}。`,
    noPersonas: 'この事故で暮らしに目立った影響はありませんでした。',
  },
  personas: {
    who: (label, cohort, cohortResidents) => `${label}さんは町の${cohort}${digits(cohortResidents)}人のひとりで、`,
    listSystem: '名簿のシステム',
    evacuationSupport: (p) =>
      `${p.who}避難行動要支援者名簿に載っています。災害の直後、名簿を持つ「${p.system}」に${p.hours}つながらず、` +
      `名簿が紙で事前に共有されていなかった${p.residents}の安否確認と避難の支援は、記憶と聞き取りに頼るしかありませんでした。${p.label}さんもそのひとりです。`,
    disasterCertificate: (p) =>
      `${p.who}家が被害を受け、世帯を代表して「${p.service}」を申請しに窓口に来ました。` +
      `その窓口は${p.hours}使えず、災害で増えた${p.extraRequests}件の申請が${p.overDays}日にわたって続く中、延べ約${p.residents}が同じように待ちました。` +
      `証明がなければ支援金や仮設住宅の手続きも進みません。`,
    counterVisitor: (p) => `${p.who}「${p.service}」のために窓口に来ましたが、${p.hours}使えませんでした。同じように受けられなかった住民は延べ約${p.residents}です。`,
    dataSubject: (p) =>
      `${p.who}${p.dataClasses}がこの事故で${p.kinds}した${p.residents}分のデータに含まれていました。` +
      `${p.notified ? '町から通知とおわびの手紙が届きます。' : '本人への通知は求められていません。'}${p.compensated ? '補償の対象にもなります。' : ''}`,
  },
  differences: {
    heading: '比較案の違い',
    intro:
      '数字の前に、各案が何であるかを示します。各案を実行したときのシナリオ（配置、案ごとの設定、対策）から導いた表で、プリセットの中に違いが隠れないようにしています。各項目の名前の下に、すべての案で同じかどうかを示します。',
    title: '比較案の違い',
    note:
      '対策の費用は、その対策だけを外したときに案の年間運用費用が下がる額です。回線の経路は回線ごとの経路単価で、' +
        '代替庁舎はその拠点と回線の費用でモデルが計上し、対策はそれ以外の自らの費用だけを加えます（二重には数えません）。' +
        'すでに費用を払っている拠点に置く複製は費用を増やしません。一時費用は使用年数で按分します。',
    aspect: '項目',
    itemSeparator: '；',
    same: '（全案で共通）',
    differs: '（案により異なる）',
    none: 'なし',
    aspects: {
      placement: 'システムの置き場所',
      lines: '回線（経路数）',
      backups: 'データの複製',
      alternateOffice: '代替庁舎・燃料',
      generators: '発電機（自前燃料の運転時間）',
      vendors: 'ベンダーの保守契約',
      measures: '対策と年間費用',
      runningCost: '年間運用費用',
    },
    placement: (site, deployment, systems) => `${site}${deployment ? `（${deployment}）` : ''}：${systems}`,
    multiAz: 'マルチAZ',
    zone: (zone) => `ゾーン ${zone}`,
    line: (from, to, routes) => `${from} → ${to}：${routes} 経路`,
    measureWithTarget: (name, target) => `${name}（${target}）`,
    backup: (site, every, offline, systems) => `${site}、${every}ごと${offline ? '、オフライン' : ''}：${systems}`,
    alternateOffice: (setup, site) => `${setup}以内に${site ? `${site}で開設` : '開設（庁舎の回線を使用）'}`,
    fuelResupply: (after) => `自前の燃料が尽きてから${after}後に燃料を補給`,
    generator: (site, hours) => `${site}：${hours}`,
    vendor: (name, contract, response) => `${name}：${contract}、${response}以内に到着`,
    measure: (what, perYear, own) => `${what}：年${perYear}${own ? `（うち対策自体の費用 ${own}）` : ''}`,
    measureTargets: {
      lineRoutes: (link, routes) => `${link} を ${routes} 経路に`,
      backup: (site, every, offline, systems) => `${site} に${every}ごと${offline ? '、オフライン' : ''}、${systems} システム`,
      hours: (hours) => hours,
      siteHours: (site, hours) => `${site} ${hours}`,
      vendorContract: (vendor, contract, response) => `${vendor}：${contract}、${response}`,
    },
  },
  measureStudy: {
    title: (town) => `${town}：対策ごとの効果`,
    intro: (runs, years, seed) =>
      `各案を、すべての対策を入れた場合と、対策を 1 つずつ外した場合とで、同じ ${runs} 通りの ${years} 年間の模擬履歴（シード ${seed}）に通しました。差は偶然の違いではなく、対策によるものです。`,
    reading:
      '各行は「この案からこの対策を外すと、示した停止時間とデータ喪失が増え、示した費用が減る」と読みます。1 時間あたりの費用は、対策が年に加える総費用（運用費用から、防いだインシデントの費用を引いたもの）を、防いだ重要業務の停止時間で割ったものです。',
    costTableTitle: '案ごとの対策の費用と重要業務の停止時間（年平均、95% 対応のある区間）',
    tableTitle: '案ごとの対策の効果（年平均、95% 対応のある区間）',
    columns: {
      option: '比較案',
      measure: '対策',
      cost: '対策の年間費用',
      downtimeWith: '対策ありの重要業務停止',
      downtimeWithout: '対策なし',
      downtimeAvoided: '防いだ停止時間',
      dataLostAvoided: '防いだデータ喪失時間',
      recordsLostAvoided: '記録の喪失を防いだ住民',
      costAdded: '増える総費用',
      yenPerHour: '防いだ停止 1 時間あたりの費用',
    },
    noRatio: '停止を防いでいない',
    note:
      '区間は反復単位（各反復の年を平均）で、共通乱数のもとで対にして求めています。1 時間あたりの費用の区間はデルタ法によるもので、防いだ停止時間が区間を含めて 0 を上回らないときは示しません。対策の費用は、その対策を外したときに案の運用費用が下がる額です。',
    noMeasures: 'このシナリオの比較案には対策がなく、比べるものがありません。',
  },
  gantt: {
    title: (town, from) => `${town}:${from}からの1年間に止まったシステムとサービス`,
    systems: 'システム（町から使えなかった期間）',
    services: '住民向けサービス（窓口）',
    rto: (hours) => `RTO ${hours}時間`,
    nothingDown: 'この年に止まったシステムはありません。',
    month: (month) => `${month}月`,
    year: (year, yearEra) => `${year}年${era(yearEra)}`,
    rtoMarker: '目標復旧時間（RTO）に達した時点',
    description: (from, to, systems, services) =>
      `${from}から${to}まで。止まったシステム${systems}件、サービス${services}件。` +
      `棒は止まっていた期間で、模様は止まった理由、▼はその行の目標復旧時間（RTO）に達した時点です。`,
  },
  numbering: {
    figure: (n) => `図${n}`,
    table: (n) => `表${n}`,
    caption: (number, title) => `${number}　${title}`,
    shownIn: (tables, figures) => `数値は${tables.join('、')}${figures.length > 0 ? `、グラフは${figures.join('、')}` : ''}のとおりです。`,
    curvesCoincide: (title, variants) => `「${title}」は、${variants}の曲線が重なり区別できないため、図を省きます（数値は表のとおり）。`,
    fileFiguresHeading: '分析用の図（ファイル）',
    fileFiguresIntro:
      '次の図は印刷するレポートには載せず、SVGファイルとしてこのレポートの隣の figures フォルダーに書き出しています。各指標の年平均・中央値・悪い年の値は上の表に、' +
      '最大の単一インシデントの超過確率（OEP）の数値は exceedance.csv に、試行・年ごとの値は replications.csv にあります。',
    fileFigure: (title, path) => `${title}（${path}）`,
  },
  stopReasons: { runs: '指定した試行をすべて実行', precision: '目標の精度に達したため終了', cancelled: '中断（不完全な結果）' },
  decision: {
    heading: '判断のための一覧',
    title: (runs, years) => `案ごとの主な数字（${runs}通り × ${years}年の試行から）`,
    item: '項目',
    rows: {
      costYen: '年間費用（年平均）',
      costYen1in100: '年間費用（100年に1度の悪い年）',
      downtimeHours: '重要業務の延べ停止時間（年平均）',
      dataLostHours: '失われた更新（年平均）',
    },
    actionProbability: (action) => `${action}が必要になる年の確率`,
    safetyScore: '安全スコア（0〜100、高いほど安全）',
    note:
      '区間は95%区間（年平均はモンテカルロ誤差、確率はWilsonの方法）で、入力した前提の不確かさは含みません。' +
      '100年に1度の悪い年は「何年に1度の悪い年か」の表の値（VaR）です。詳しくは以下の各節にあります。',
  },
  appendix: {
    title: (town) => `${town} 前提と出典（付録）`,
    intro: (town) => `報告書「${town}」の計算に使った数値のすべてを、出典または仮定の理由とともに示します。表の[n]は末尾の参考文献の番号です。`,
    reasonsLanguage: '出典・根拠の欄の注記と仮定の理由は英語で書かれています（プロジェクトの原文のまま）。各参考文献には日本語の要約を付けています。',
    counts: (total, sourced, assumed, distinct, distinctSourced, percent) =>
      `シナリオの数値は${total}件で、出典のあるものが${sourced}件、出典のない仮定が${assumed}件です。` +
      `同じ値と同じ根拠の重複を除いた異なる事実は${distinct}件、そのうち出典のあるものは${distinctSourced}件（${percent}）です。`,
    optionNumbers: (count, assumed) =>
      `選択肢の比較を直接左右するのは、運用形態ごとに値の違う数値と選択肢の対策の数値です（${count}件、うち仮定${assumed}件）。まずこれらを町の実情で確かめてください。`,
    sectionsTitle: '分野ごとの数値と出典（仮定の多い順）',
    sectionsNote: '仮定の多い分野ほど、町自身の数値に置き換える価値があります。',
    section: '分野',
    numbers: '数値',
    sourced: '出典あり',
    assumed: '仮定',
    modelCount: (total, assumed) => `このほかモデルに組み込まれた数値が${total}件あり、そのうち${assumed}件は仮定です。`,
    seeAppendix: '数値ごとの値・出典・参考文献の一覧（付録、assumptions.html）',
    csvLink: '同じ一覧のCSV（assumptions.csv）',
    assumptionPrefix: '仮定：',
    csv: { label: '項目', path: 'パス', value: '値', raw: '値（書かれたまま）', kind: '種別', source: '出典・根拠' },
    units: {
      perYear: (x) => `年${x}回`,
      days: (x) => `${x}日`,
      months: (x) => `${x}か月`,
      years: (x) => `${x}年`,
      metres: (x) => `${x}m`,
      times: (x) => `${x}倍`,
    },
    distributions: {
      lognormal90: (low, high) => `対数正規 90%区間 ${low}〜${high}`,
      uniform: (low, high) => `一様 ${low}〜${high}`,
      triangular: (min, mode, max) => `三角 最小${min}・最頻${mode}・最大${max}`,
      pert: (min, mode, max) => `PERT 最小${min}・最頻${mode}・最大${max}`,
      exponential: (mean) => `指数 平均${mean}`,
      bands: (bands) => `区間別 ${bands.join('、')}`,
      band: (min, max, share) => `${min}〜${max}（${share}）`,
    },
  },
  uncertainty: uncertaintyJa,
};
