import type { Belief, FixedNumbers } from './belief.ts';

// The beliefs every preset shares. Each range is an assumption about how far the preset's own number
// (itself mostly an assumption) could be off; the factors say how wide, the source says why. A belief
// covering several numbers moves them together: the preset wrote them from one judgement, so a reader who
// doubts it doubts all of them at once.

const within = (factor: number) => ({ kind: 'times', factor }) as const;
const probabilityWithin = (factor: number) => ({ kind: 'probability', factor }) as const;

/** The beliefs of the three presets, in the order a report lists them. */
export const COMMON_BELIEFS: readonly Belief[] = [
  {
    id: 'hardware-failure-rate',
    name: { ja: 'サーバー障害の頻度', en: 'Server failure rate' },
    paths: ['systems[].hardwareFailureAnnualRate'],
    spread: within(3),
    source: 'assumption: vendors publish no outage rate for a non-clustered municipal server; within a factor of 3 of the preset\'s figure (90%)',
    check: {
      ja: 'システムベンダーに、町のサーバーの過去5年の障害と部品交換の記録を出してもらう',
      en: 'asking the system vendor for the fault and part-replacement log of the town\'s servers over the last five years',
    },
  },
  {
    id: 'restore-time',
    name: { ja: 'データ復元の所要時間', en: 'Time to restore from a copy' },
    paths: ['systems[].restoreHours', 'threats.ransomware.rebuildWithoutBackupHours', 'providers.sharedSiteRestoreHoursPerTown'],
    spread: within(2),
    source: 'assumption: restore times depend on the package and the vendor\'s practice, not measured for towns; within a factor of 2 (90%)',
    check: {
      ja: 'ベンダーと一緒に1つのシステムをバックアップから復元する訓練を行い、かかった時間を計る',
      en: 'timing a restore of one system from its backup in a drill with the vendor',
    },
  },
  {
    id: 'vendor-response',
    name: { ja: 'ベンダーの対応力', en: 'Vendor quality' },
    paths: ['people.vendors[].responseHours', 'people.vendors[].travelHours', 'people.vendors[].repairHours', 'people.vendors[].rebuildHours', 'people.vendors[].disasterTravelMultiplier'],
    spread: within(2),
    source: 'assumption: one judgement of how fast the vendors come and repair (contracts state targets, not outcomes); every vendor time within a factor of 2 together (90%)',
    check: {
      ja: '過去の障害でのベンダーの対応記録（連絡・到着・復旧の時刻）を取り寄せ、保守契約の目標時間と比べる',
      en: 'getting the vendors\' records of past faults (when called, when on site, when repaired) and comparing them with the maintenance contract\'s targets',
    },
  },
  {
    id: 'vendor-events',
    name: { ja: 'ベンダーの撤退・侵害の頻度', en: 'Vendor exit and compromise rate' },
    paths: ['people.vendors[].exitAnnualRate', 'people.vendors[].compromiseAnnualRate', 'people.vendors[].otherTownAffectedProbability'],
    spread: within(3),
    source: 'assumption: supplier exits and compromises of a municipal vendor are rare and unrecorded as rates; within a factor of 3 (90%)',
    check: {
      ja: '都道府県や近隣の市町村に取引ベンダーの撤退や侵害の事例を尋ね、ベンダーのセキュリティ報告を読む',
      en: 'asking the prefecture and neighbouring towns which of their vendors withdrew or were breached, and reading the vendors\' security reports',
    },
  },
  {
    id: 'staff-response',
    name: { ja: '職員の参集', en: 'Staff response' },
    paths: ['people.itStaff.assembleHours.*', 'hazards.earthquake.assemblyDelayMultiplier', 'hazards.heavySnow.assemblyDelayMultiplier', 'people.itStaff.disasterAvailabilityShare'],
    spread: within(1.5),
    source: 'assumption: assembly times of a town\'s IT staff are judged, not timed; within a factor of 1.5 (90%)',
    check: {
      ja: '次の非常参集訓練で、平日・夜間・休日それぞれの情報担当職員の到着時刻を記録する',
      en: 'recording when each IT staff member arrives in the next emergency-assembly drill, on a workday, a night and a holiday',
    },
  },
  {
    id: 'staff-cost',
    name: { ja: '人件費単価', en: 'Staff and vendor hourly cost' },
    paths: ['people.itStaff.hourlyCostYen', 'people.vendors[].hourlyCostYen', 'costs.staffHoursPerAction'],
    spread: within(1.3),
    source: 'assumption: hourly costs follow published pay scales and vendor rate cards closely; within 30% (90%)',
    check: {
      ja: '給料表で情報担当職員の級の単価を、保守契約書でベンダーの時間単価を調べる',
      en: 'looking up the IT staff\'s grade in the town\'s pay scale and the hourly rates in the vendors\' maintenance contracts',
    },
  },
  {
    id: 'overtime',
    name: { ja: '時間外の割増', en: 'Overtime premium' },
    paths: ['people.itStaff.overtimeMultiplier'],
    spread: { kind: 'above', factor: 1.2, floor: 1 },
    source: 'assumption: the Labour Standards Act sets at least 1.25; towns pay 1.25 to 1.5 depending on hours and night work',
    check: {
      ja: '人事担当に、情報担当職員に昨年支払った時間外・深夜の割増率を尋ねる',
      en: 'asking the personnel section which overtime and night rates the IT staff were paid last year',
    },
  },
  {
    id: 'site-facility',
    name: { ja: '施設の停止', en: 'Facility outages' },
    paths: ['sites[].facilityOutageAnnualRate', 'sites[].facilityOutageHours', 'sites[].replacementHours'],
    spread: within(2),
    source: 'assumption: outages of a server room or data centre facility are not published per site; within a factor of 2 (90%)',
    check: {
      ja: 'データセンター（庁舎のサーバー室なら施設管理担当）に、過去5年の電源・空調・建物による停止の記録を求める',
      en: 'asking the data centre (or the facilities section, for the server room) for its record of power, cooling and building outages over five years',
    },
  },
  {
    id: 'generator-start',
    name: { ja: '非常用発電機の始動', en: 'Generator start' },
    paths: ['sites[].generatorFailureProbability'],
    spread: probabilityWithin(2),
    source: 'assumption: whether a generator starts depends on maintenance nobody audits; the failure probability within a factor of 2',
    check: {
      ja: '非常用発電機の点検・負荷試験の記録を読み、保守業者に始動しなかった回数を尋ねる',
      en: 'reading the generator\'s inspection and load-test records and asking the maintenance contractor how often it failed to start',
    },
  },
  {
    id: 'seismic-fragility',
    name: { ja: '建物・回線の耐震性', en: 'Seismic fragility' },
    paths: ['sites[].fragility.medianJmaIntensity', 'links[].quakeFragility.medianJmaIntensity'],
    spread: { kind: 'plusMinus', by: 0.5, min: 0, max: 7.5 },
    source: 'assumption: the intensity at which half of such buildings or lines fail is judged from damage surveys to within half a JMA step',
    check: {
      ja: 'サーバーや回線のある建物の耐震診断書を読み、回線事業者に過去の地震での地域の回線被害を尋ねる',
      en: 'reading the seismic diagnosis of each building holding servers or lines, and asking the carrier how its local lines fared in past earthquakes',
    },
  },
  {
    id: 'fragility-spread',
    name: { ja: '耐震性のばらつき', en: 'Fragility spread' },
    paths: ['sites[].fragility.beta', 'links[].quakeFragility.beta', 'hazards.earthquake.intensitySigma'],
    spread: within(1.5),
    source: 'assumption: the scatter of fragility curves and of intensity at a site varies between studies by about a factor of 1.5',
    check: {
      ja: '耐震診断をした技術者に診断の確かさを尋ね、都道府県の地震被害想定と照らし合わせる',
      en: 'asking the engineer who made the seismic diagnosis how certain it is, and comparing it with the prefecture\'s damage estimate for the town',
    },
  },
  {
    id: 'site-amplification',
    name: { ja: '地盤の増幅', en: 'Ground amplification' },
    paths: ['sites[].siteAmplification'],
    spread: within(1.3),
    source: 'assumption: amplification read from a site\'s ground class is known to about 30%',
    check: {
      ja: '防災科研のJ-SHIS地図か建設時のボーリング調査で、各拠点の表層地盤の増幅率を調べる',
      en: 'looking up each site\'s ground amplification on NIED\'s J-SHIS map or in the boring logs from the building\'s construction',
    },
  },
  {
    id: 'line-faults',
    name: { ja: '回線障害', en: 'Line faults' },
    paths: ['links[].faultAnnualRatePerRoute', 'links[].repairHours', 'links[].commonCauseShare', 'hazards.typhoon.lineCutProbability', 'hazards.typhoon.lineRepairHours', 'hazards.heavySnow.lineCutProbability'],
    spread: within(2),
    source: 'assumption: carriers publish no fault rate per route for a town\'s line; faults and repairs within a factor of 2 (90%)',
    check: {
      ja: '回線事業者に、町の回線の過去5年の故障と復旧時間の履歴を求める',
      en: 'asking the carrier for the fault and repair history of the town\'s circuits over the last five years',
    },
  },
  {
    id: 'line-cost',
    name: { ja: '回線費用', en: 'Line cost' },
    paths: ['links[].annualCostYenPerRoute'],
    spread: within(1.5),
    source: 'assumption: line prices are quoted per contract; within 50% (90%)',
    check: {
      ja: '今の回線契約書を読み、各案で必要な経路の見積もりを回線事業者に求める',
      en: 'reading the current line contracts and asking the carrier to quote the routes each option needs',
    },
  },
  {
    id: 'hosting-cost',
    name: { ja: '運用費', en: 'Running cost' },
    paths: ['systems[].annualCostYen.*', 'sites[].annualCostYen', 'costs.hostingCostFactor.housing', 'costs.equipmentReplacementYenPerSystem', 'hazards.maintenance.renewal.costYenPerSystem'],
    spread: within(1.3),
    source: 'assumption: one system\'s share of a town\'s IT budget is estimated from national totals; within 30% (90%)',
    check: {
      ja: 'ベンダーに、ガバメントクラウドを含む各案での町のシステムの運用費の見積もりを求める',
      en: 'asking the vendors to estimate the running cost of the town\'s systems in each option, the government cloud included',
    },
  },
  {
    id: 'migration-cost',
    name: { ja: '移行費用', en: 'Migration cost' },
    paths: ['costs.scheduled[].yenPerSystem.*', 'providers.vendorExit.migrationCostYenPerSystem'],
    spread: within(2),
    source: 'assumption: migration quotes for standard-compliant systems spread widely between towns; within a factor of 2 (90%)',
    check: {
      ja: 'ベンダーに町の標準準拠システムの移行見積もりを求め、近隣の市町村が支払った額と比べる',
      en: 'asking the vendors to quote the migration of the town\'s standard-compliant systems, and comparing it with what neighbouring towns paid',
    },
  },
  {
    id: 'incident-cost',
    name: { ja: '事故対応費用', en: 'Incident response cost' },
    paths: ['costs.callCentreDaysBase', 'costs.callCentreFromPersons', 'costs.pressConferenceYen'],
    spread: within(2),
    source: 'assumption: a small town\'s call centre and press costs are not published; within a factor of 2 (90%)',
    check: {
      ja: 'コールセンター業者に事故時の問い合わせ窓口の見積もりを求め、近隣の市町村に直近の記者会見の費用を尋ねる',
      en: 'asking a call-centre contractor to quote an incident hotline, and neighbouring towns what their last press conference cost',
    },
  },
  {
    id: 'leak-rate',
    name: { ja: '情報漏えいの頻度', en: 'Leak rate' },
    paths: ['threats.leaks[].annualRate', 'threats.insiderMisuse.lookups.annualRate', 'threats.insiderMisuse.takeOuts.annualRate'],
    spread: within(3),
    source: 'assumption: national counts give incidents per year across all municipalities, not per town and cause; within a factor of 3 (90%)',
    check: {
      ja: '各課の報告から、町自身の過去5年の漏えい・誤送付（ヒヤリハットを含む）を数える',
      en: 'counting the town\'s own leaks and misdeliveries over the last five years, near misses included, from the sections\' reports',
    },
  },
  {
    id: 'leak-harm',
    name: { ja: '漏えいの影響', en: 'Leak consequences' },
    paths: [
      'threats.leaks[].directHarmProbability',
      'threats.leaks[].dataClassProbability.*',
      'threats.leaks[].highlyEncryptedProbability',
      'threats.leaks[].recoveredUnviewedProbability',
      'threats.insiderMisuse.dataClassProbability.*',
      'threats.insiderMisuse.lookups.directHarmProbability',
      'threats.insiderMisuse.takeOuts.directHarmProbability',
    ],
    spread: probabilityWithin(1.5),
    source: 'assumption: what a leak exposes and whether harm follows is judged from a few published cases; each probability within a factor of 1.5',
    check: {
      ja: '町の過去の漏えいごとに、何の情報が出たか、暗号化や未読での回収があったか、実害が出たかを振り返る',
      en: 'going through the town\'s past leaks: what each exposed, whether it was encrypted or recovered unread, and whether anyone was harmed',
    },
  },
  {
    id: 'leak-size',
    name: { ja: '漏えいの規模', en: 'Leak size' },
    paths: ['threats.leaks[].persons', 'threats.leaks[].exposureHours', 'threats.insiderMisuse.takeOuts.persons'],
    spread: within(2),
    source: 'assumption: how many residents one leak reaches spreads over orders of magnitude between cases; its typical size within a factor of 2 (90%)',
    check: {
      ja: '各課が一度に送る・持ち出す住民の件数（メール1通、一括処理1回、USBメモリ1本あたり）を数える',
      en: 'counting how many residents\' records each section sends or carries at once (one mail, one batch, one USB stick)',
    },
  },
  {
    id: 'ransomware',
    name: { ja: 'ランサムウェア', en: 'Ransomware' },
    paths: ['threats.ransomware.annualRate', 'threats.ransomware.crossSegmentProbability.*', 'threats.ransomware.encryptProbability.*'],
    spread: within(2),
    source: 'assumption: how often ransomware reaches a town and how far it spreads is judged from national counts and a few cases; within a factor of 2',
    check: {
      ja: 'ベンダーと都道府県のセキュリティクラウドの運用者に町のネットワーク分離を尋ね、侵入テストで試す',
      en: 'asking the vendor and the prefecture\'s security-cloud operator how the town\'s networks are separated, and testing it with a penetration test',
    },
  },
  {
    id: 'cloud-outage',
    name: { ja: 'クラウドの障害', en: 'Cloud outages' },
    paths: ['providers.cloud.*', 'hazards.lgwan.outageAnnualRate', 'hazards.lgwan.outageHours'],
    spread: within(2),
    source: 'assumption: providers publish incidents, not rates for one region; zone and region outages within a factor of 2 (90%)',
    check: {
      ja: 'クラウド事業者とLGWANの運用者が公表している、町のシステムが使う地域の障害履歴を読む',
      en: 'reading the incident history the cloud provider and the LGWAN operator publish for the region the town\'s systems would use',
    },
  },
  {
    id: 'vendor-exit',
    name: { ja: 'ベンダー撤退時の移行', en: 'Vendor exit migration' },
    paths: ['providers.vendorExit.conversionDefectPersonsShare', 'providers.vendorExit.conversionDefectProbability', 'providers.vendorExit.cutoverOutageHours', 'providers.vendorExit.cutoverOutageProbability'],
    spread: within(2),
    source: 'assumption: data conversion defects at a forced migration are judged from a few published cases; within a factor of 2',
    check: {
      ja: 'ベンダーを切り替えた市町村に、データ移行後に誤りのあった件数と切替えにかかった時間を尋ねる',
      en: 'asking towns that changed vendors how many records were wrong after the data conversion and how long the switch-over took',
    },
  },
  {
    id: 'application-failures',
    name: { ja: 'アプリケーション障害', en: 'Application failures' },
    paths: ['hazards.applicationFailures.packages[].batchFailures.*', 'hazards.applicationFailures.packages[].releases.outageHours', 'hazards.applicationFailures.packages[].releases.outageProbability', 'hazards.applicationFailures.packages[].releases.windowHours'],
    spread: within(2),
    source: 'assumption: batch and release failures of a municipal package are not published per package; within a factor of 2',
    check: {
      ja: 'パッケージのベンダーに、利用団体でのバッチ処理の失敗と不具合のあったリリースの記録を求める',
      en: 'asking the package vendor for its record of failed batches and faulty releases across the towns using the package',
    },
  },
  {
    id: 'maintenance-overrun',
    name: { ja: '保守の延長', en: 'Maintenance overruns' },
    paths: ['hazards.maintenance.windows[].hours', 'hazards.maintenance.windows[].overrunHours', 'hazards.maintenance.windows[].overrunProbability', 'hazards.maintenance.renewal.hours', 'hazards.maintenance.renewal.overrunHours', 'hazards.maintenance.renewal.overrunProbability'],
    spread: within(2),
    source: 'assumption: how long windows last and how often they overrun is judged from practice; within a factor of 2',
    check: {
      ja: '過去2年のベンダーの保守作業報告で、予定と実際の終了時刻を比べる',
      en: 'comparing the planned and actual end times in the vendor\'s maintenance work reports of the last two years',
    },
  },
  {
    id: 'weather-impact',
    name: { ja: '気象災害の影響', en: 'Weather impact' },
    paths: [
      'hazards.typhoon.buildingDamageProbability',
      'hazards.typhoon.powerOutageProbability',
      'hazards.typhoon.regions[].damagingShare',
      'hazards.heavySnow.*',
      'hazards.fire.sites[].annualRate',
      'hazards.fire.sites[].roomLostProbability',
    ],
    spread: within(2),
    source: 'assumption: how often a storm, snow or fire reaches the servers is judged, not counted for one town; within a factor of 2',
    check: {
      ja: '町の災害記録で庁舎やサーバー室に及んだ台風・大雪・火災を調べ、消防の立入検査の結果を見る',
      en: 'looking up storms, snow and fires that reached the town hall or server room in the town\'s disaster records, and the fire service\'s inspection',
    },
  },
  {
    id: 'power-outage',
    name: { ja: '停電', en: 'Power outages' },
    paths: ['hazards.power.*', 'hazards.earthquake.blackoutProbability', 'hazards.volcano.ashPowerOutageHours', 'hazards.volcano.ashPowerOutageProbability'],
    spread: within(2),
    source: 'assumption: regional blackouts beyond what the utility reports are judged; within a factor of 2',
    check: {
      ja: '電力会社に、庁舎への配電の過去10年の停電履歴を求める',
      en: 'asking the electric utility for the outage history of the town hall\'s supply over the last ten years',
    },
  },
  {
    id: 'volcano-evacuation',
    name: { ja: '噴火時の避難', en: 'Volcanic evacuation' },
    paths: ['hazards.volcano.evacuationDays', 'hazards.volcano.smallEvacuationDays', 'hazards.volcano.smallEvacuationProbability'],
    spread: within(2),
    source: 'assumption: evacuation lengths vary between eruptions by more than a factor of 2; the typical length within a factor of 2',
    check: {
      ja: '火山防災協議会の避難計画と、その火山での過去の避難の期間を読む',
      en: 'reading the volcano disaster council\'s evacuation plan and how long past evacuations around the volcano lasted',
    },
  },
  {
    id: 'seismic-model',
    name: { ja: '地震活動のモデル', en: 'Seismic model' },
    paths: ['hazards.earthquake.regions[].bValue'],
    spread: { kind: 'plusMinus', by: 0.1, min: 0.5, max: 1.5 },
    source: 'assumption: Gutenberg–Richter b-values of Japanese source regions are estimated to about ±0.1',
    check: {
      ja: '地震調査研究推進本部による、町の周りの震源域の長期評価を読む',
      en: 'reading the long-term evaluation of the source regions around the town by the Headquarters for Earthquake Research Promotion',
    },
  },
  {
    id: 'tsunami-share',
    name: { ja: '海域で起きる地震の割合', en: 'Offshore share of earthquakes' },
    paths: ['hazards.earthquake.regions[].offshoreShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: the share of a region\'s earthquakes that are offshore (and may raise a tsunami) is judged from its outline; within a factor of 1.5',
    check: {
      ja: '都道府県の地震被害想定で、町に関わる想定地震のうち海域で起きるものを調べる',
      en: 'reading in the prefecture\'s earthquake damage estimate which of the town\'s scenario earthquakes are offshore',
    },
  },
  {
    id: 'staff-shortage',
    name: { ja: '職員の欠勤', en: 'Staff absence' },
    paths: ['hazards.staffShortage.memberAbsenceHours', 'hazards.staffShortage.outbreakAbsenceHours', 'hazards.staffShortage.outbreakAbsentProbability', 'hazards.staffShortage.outbreakAnnualRate'],
    spread: within(2),
    source: 'assumption: absences of a two- or three-person IT team are judged from national sick-leave figures; within a factor of 2',
    check: {
      ja: '人事記録から、情報担当職員の過去3年の欠勤日数と、直近の感染症流行時の欠勤を数える',
      en: 'counting in the personnel records the IT staff\'s days of absence over three years and during the last outbreak',
    },
  },
  {
    id: 'demand',
    name: { ja: '窓口需要', en: 'Service demand' },
    paths: ['services[].demandPer1000ResidentsPerYear.*', 'services[].surge.extraPer1000Residents', 'services[].surge.onlineShare'],
    spread: within(1.5),
    source: 'assumption: counter and online demand per 1,000 residents is scaled from one town\'s counts; within 50% (90%)',
    check: {
      ja: '各システムの記録から、昨年1年の業務ごとの窓口・オンライン申請の件数を数える',
      en: 'counting last year\'s counter and online applications per service from the systems\' own logs',
    },
  },
  {
    id: 'evacuation-support',
    name: { ja: '避難行動要支援者', en: 'Residents needing evacuation support' },
    paths: ['municipality.evacuationSupportShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: the share of residents on the evacuation support list differs between towns by about a factor of 1.5',
    check: {
      ja: '福祉担当が管理する避難行動要支援者名簿の登載者数を数える',
      en: 'counting the names on the list of residents needing evacuation support, kept by the welfare section',
    },
  },
  {
    id: 'vendor-data',
    name: { ja: 'ベンダーが保持するデータ', en: 'Data held by the vendor' },
    paths: ['people.vendors[].dataHeldShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: how much of the town\'s data a vendor holds copies of is judged per contract; within a factor of 1.5',
    check: {
      ja: '各ベンダーに町のどのデータの複製を持っているかを尋ね、契約書のデータの条項を読む',
      en: 'asking each vendor which of the town\'s data it keeps copies of, and reading the data clauses of the contracts',
    },
  },
];

/** Numbers every preset holds fixed, with why. */
export const COMMON_FIXED: readonly FixedNumbers[] = [
  {
    paths: ['systems[].backups[].intervalHours', 'variants.*.systems.*.backups[].intervalHours', 'variants.*.measures[].backup.intervalHours'],
    why: 'how often a copy is made is a setting the town chooses (a decision, not an uncertainty)',
  },
  { paths: ['systems[].rtoHours'], why: 'a recovery-time target the town sets itself' },
  {
    paths: ['variants.*.measures[].routes', 'variants.*.measures[].setupHours', 'sites[].generatorHours', 'hazards.maintenance.windows[].perYear', 'hazards.maintenance.renewal.everyYears', 'providers.vendorExit.noticeMonths'],
    why: 'settings and contract terms the town chooses or signs',
  },
  {
    paths: ['links[].routes', 'people.vendors[].engineers', 'people.vendors[].townsServed', 'sites[].memberTowns', 'systems[].persons', 'municipality.households', 'municipality.population', 'people.itStaff.count'],
    why: 'counts of things stay whole numbers: a study does not vary them',
  },
  { paths: ['municipality.ageShares.*'], why: 'shares that add up to 1 cannot vary one by one' },
  { paths: ['sites[].floorAboveGroundM', 'sites[].groundElevationM'], why: 'measured heights of real buildings' },
  {
    paths: ['hazards.earthquake.blackoutJmaIntensityAtLeast', 'hazards.earthquake.regionalDisasterJmaIntensityAtLeast', 'hazards.earthquake.tsunamiMinMagnitude', 'services[].surge.startAfterDays'],
    why: 'thresholds that define when the model counts an event, not quantities of the world',
  },
];
