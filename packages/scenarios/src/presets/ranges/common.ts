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
  },
  {
    id: 'restore-time',
    name: { ja: 'データ復元の所要時間', en: 'Time to restore from a copy' },
    paths: ['systems[].restoreHours', 'threats.ransomware.rebuildWithoutBackupHours', 'providers.sharedSiteRestoreHoursPerTown'],
    spread: within(2),
    source: 'assumption: restore times depend on the package and the vendor\'s practice, not measured for towns; within a factor of 2 (90%)',
  },
  {
    id: 'vendor-response',
    name: { ja: 'ベンダーの対応力', en: 'Vendor quality' },
    paths: ['people.vendors[].responseHours', 'people.vendors[].travelHours', 'people.vendors[].repairHours', 'people.vendors[].rebuildHours', 'people.vendors[].disasterTravelMultiplier'],
    spread: within(2),
    source: 'assumption: one judgement of how fast the vendors come and repair (contracts state targets, not outcomes); every vendor time within a factor of 2 together (90%)',
  },
  {
    id: 'vendor-events',
    name: { ja: 'ベンダーの撤退・侵害の頻度', en: 'Vendor exit and compromise rate' },
    paths: ['people.vendors[].exitAnnualRate', 'people.vendors[].compromiseAnnualRate', 'people.vendors[].otherTownAffectedProbability'],
    spread: within(3),
    source: 'assumption: supplier exits and compromises of a municipal vendor are rare and unrecorded as rates; within a factor of 3 (90%)',
  },
  {
    id: 'staff-response',
    name: { ja: '職員の参集', en: 'Staff response' },
    paths: ['people.itStaff.assembleHours.*', 'hazards.earthquake.assemblyDelayMultiplier', 'hazards.heavySnow.assemblyDelayMultiplier', 'people.itStaff.disasterAvailabilityShare'],
    spread: within(1.5),
    source: 'assumption: assembly times of a town\'s IT staff are judged, not timed; within a factor of 1.5 (90%)',
  },
  {
    id: 'staff-cost',
    name: { ja: '人件費単価', en: 'Staff and vendor hourly cost' },
    paths: ['people.itStaff.hourlyCostYen', 'people.vendors[].hourlyCostYen', 'costs.staffHoursPerAction'],
    spread: within(1.3),
    source: 'assumption: hourly costs follow published pay scales and vendor rate cards closely; within 30% (90%)',
  },
  {
    id: 'overtime',
    name: { ja: '時間外の割増', en: 'Overtime premium' },
    paths: ['people.itStaff.overtimeMultiplier'],
    spread: { kind: 'above', factor: 1.2, floor: 1 },
    source: 'assumption: the Labour Standards Act sets at least 1.25; towns pay 1.25 to 1.5 depending on hours and night work',
  },
  {
    id: 'site-facility',
    name: { ja: '施設の停止', en: 'Facility outages' },
    paths: ['sites[].facilityOutageAnnualRate', 'sites[].facilityOutageHours', 'sites[].replacementHours'],
    spread: within(2),
    source: 'assumption: outages of a server room or data centre facility are not published per site; within a factor of 2 (90%)',
  },
  {
    id: 'generator-start',
    name: { ja: '非常用発電機の始動', en: 'Generator start' },
    paths: ['sites[].generatorFailureProbability'],
    spread: probabilityWithin(2),
    source: 'assumption: whether a generator starts depends on maintenance nobody audits; the failure probability within a factor of 2',
  },
  {
    id: 'seismic-fragility',
    name: { ja: '建物・回線の耐震性', en: 'Seismic fragility' },
    paths: ['sites[].fragility.medianJmaIntensity', 'links[].quakeFragility.medianJmaIntensity'],
    spread: { kind: 'plusMinus', by: 0.5, min: 0, max: 7.5 },
    source: 'assumption: the intensity at which half of such buildings or lines fail is judged from damage surveys to within half a JMA step',
  },
  {
    id: 'fragility-spread',
    name: { ja: '耐震性のばらつき', en: 'Fragility spread' },
    paths: ['sites[].fragility.beta', 'links[].quakeFragility.beta', 'hazards.earthquake.intensitySigma'],
    spread: within(1.5),
    source: 'assumption: the scatter of fragility curves and of intensity at a site varies between studies by about a factor of 1.5',
  },
  {
    id: 'site-amplification',
    name: { ja: '地盤の増幅', en: 'Ground amplification' },
    paths: ['sites[].siteAmplification'],
    spread: within(1.3),
    source: 'assumption: amplification read from a site\'s ground class is known to about 30%',
  },
  {
    id: 'line-faults',
    name: { ja: '回線障害', en: 'Line faults' },
    paths: ['links[].faultAnnualRatePerRoute', 'links[].repairHours', 'links[].commonCauseShare', 'hazards.typhoon.lineCutProbability', 'hazards.typhoon.lineRepairHours', 'hazards.heavySnow.lineCutProbability'],
    spread: within(2),
    source: 'assumption: carriers publish no fault rate per route for a town\'s line; faults and repairs within a factor of 2 (90%)',
  },
  {
    id: 'line-cost',
    name: { ja: '回線費用', en: 'Line cost' },
    paths: ['links[].annualCostYenPerRoute'],
    spread: within(1.5),
    source: 'assumption: line prices are quoted per contract; within 50% (90%)',
  },
  {
    id: 'hosting-cost',
    name: { ja: '運用費', en: 'Running cost' },
    paths: ['systems[].annualCostYen.*', 'sites[].annualCostYen', 'costs.hostingCostFactor.housing', 'costs.equipmentReplacementYenPerSystem', 'hazards.maintenance.renewal.costYenPerSystem'],
    spread: within(1.3),
    source: 'assumption: one system\'s share of a town\'s IT budget is estimated from national totals; within 30% (90%)',
  },
  {
    id: 'migration-cost',
    name: { ja: '移行費用', en: 'Migration cost' },
    paths: ['costs.scheduled[].yenPerSystem.*', 'providers.vendorExit.migrationCostYenPerSystem'],
    spread: within(2),
    source: 'assumption: migration quotes for standard-compliant systems spread widely between towns; within a factor of 2 (90%)',
  },
  {
    id: 'incident-cost',
    name: { ja: '事故対応費用', en: 'Incident response cost' },
    paths: ['costs.callCentreDaysBase', 'costs.callCentreFromPersons', 'costs.pressConferenceYen'],
    spread: within(2),
    source: 'assumption: a small town\'s call centre and press costs are not published; within a factor of 2 (90%)',
  },
  {
    id: 'leak-rate',
    name: { ja: '情報漏えいの頻度', en: 'Leak rate' },
    paths: ['threats.leaks[].annualRate', 'threats.insiderMisuse.lookups.annualRate', 'threats.insiderMisuse.takeOuts.annualRate'],
    spread: within(3),
    source: 'assumption: national counts give incidents per year across all municipalities, not per town and cause; within a factor of 3 (90%)',
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
  },
  {
    id: 'leak-size',
    name: { ja: '漏えいの規模', en: 'Leak size' },
    paths: ['threats.leaks[].persons', 'threats.leaks[].exposureHours', 'threats.insiderMisuse.takeOuts.persons'],
    spread: within(2),
    source: 'assumption: how many residents one leak reaches spreads over orders of magnitude between cases; its typical size within a factor of 2 (90%)',
  },
  {
    id: 'ransomware',
    name: { ja: 'ランサムウェア', en: 'Ransomware' },
    paths: ['threats.ransomware.annualRate', 'threats.ransomware.crossSegmentProbability.*', 'threats.ransomware.encryptProbability.*'],
    spread: within(2),
    source: 'assumption: how often ransomware reaches a town and how far it spreads is judged from national counts and a few cases; within a factor of 2',
  },
  {
    id: 'cloud-outage',
    name: { ja: 'クラウドの障害', en: 'Cloud outages' },
    paths: ['providers.cloud.*', 'hazards.lgwan.outageAnnualRate', 'hazards.lgwan.outageHours'],
    spread: within(2),
    source: 'assumption: providers publish incidents, not rates for one region; zone and region outages within a factor of 2 (90%)',
  },
  {
    id: 'vendor-exit',
    name: { ja: 'ベンダー撤退時の移行', en: 'Vendor exit migration' },
    paths: ['providers.vendorExit.conversionDefectPersonsShare', 'providers.vendorExit.conversionDefectProbability', 'providers.vendorExit.cutoverOutageHours', 'providers.vendorExit.cutoverOutageProbability'],
    spread: within(2),
    source: 'assumption: data conversion defects at a forced migration are judged from a few published cases; within a factor of 2',
  },
  {
    id: 'application-failures',
    name: { ja: 'アプリケーション障害', en: 'Application failures' },
    paths: ['hazards.applicationFailures.packages[].batchFailures.*', 'hazards.applicationFailures.packages[].releases.outageHours', 'hazards.applicationFailures.packages[].releases.outageProbability', 'hazards.applicationFailures.packages[].releases.windowHours'],
    spread: within(2),
    source: 'assumption: batch and release failures of a municipal package are not published per package; within a factor of 2',
  },
  {
    id: 'maintenance-overrun',
    name: { ja: '保守の延長', en: 'Maintenance overruns' },
    paths: ['hazards.maintenance.windows[].hours', 'hazards.maintenance.windows[].overrunHours', 'hazards.maintenance.windows[].overrunProbability', 'hazards.maintenance.renewal.hours', 'hazards.maintenance.renewal.overrunHours', 'hazards.maintenance.renewal.overrunProbability'],
    spread: within(2),
    source: 'assumption: how long windows last and how often they overrun is judged from practice; within a factor of 2',
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
  },
  {
    id: 'power-outage',
    name: { ja: '停電', en: 'Power outages' },
    paths: ['hazards.power.*', 'hazards.earthquake.blackoutProbability', 'hazards.volcano.ashPowerOutageHours', 'hazards.volcano.ashPowerOutageProbability'],
    spread: within(2),
    source: 'assumption: regional blackouts beyond what the utility reports are judged; within a factor of 2',
  },
  {
    id: 'volcano-evacuation',
    name: { ja: '噴火時の避難', en: 'Volcanic evacuation' },
    paths: ['hazards.volcano.evacuationDays', 'hazards.volcano.smallEvacuationDays', 'hazards.volcano.smallEvacuationProbability'],
    spread: within(2),
    source: 'assumption: evacuation lengths vary between eruptions by more than a factor of 2; the typical length within a factor of 2',
  },
  {
    id: 'seismic-model',
    name: { ja: '地震活動のモデル', en: 'Seismic model' },
    paths: ['hazards.earthquake.regions[].bValue'],
    spread: { kind: 'plusMinus', by: 0.1, min: 0.5, max: 1.5 },
    source: 'assumption: Gutenberg–Richter b-values of Japanese source regions are estimated to about ±0.1',
  },
  {
    id: 'tsunami-share',
    name: { ja: '海域で起きる地震の割合', en: 'Offshore share of earthquakes' },
    paths: ['hazards.earthquake.regions[].offshoreShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: the share of a region\'s earthquakes that are offshore (and may raise a tsunami) is judged from its outline; within a factor of 1.5',
  },
  {
    id: 'staff-shortage',
    name: { ja: '職員の欠勤', en: 'Staff absence' },
    paths: ['hazards.staffShortage.memberAbsenceHours', 'hazards.staffShortage.outbreakAbsenceHours', 'hazards.staffShortage.outbreakAbsentProbability', 'hazards.staffShortage.outbreakAnnualRate'],
    spread: within(2),
    source: 'assumption: absences of a two- or three-person IT team are judged from national sick-leave figures; within a factor of 2',
  },
  {
    id: 'demand',
    name: { ja: '窓口需要', en: 'Service demand' },
    paths: ['services[].demandPer1000ResidentsPerYear.*', 'services[].surge.extraPer1000Residents', 'services[].surge.onlineShare'],
    spread: within(1.5),
    source: 'assumption: counter and online demand per 1,000 residents is scaled from one town\'s counts; within 50% (90%)',
  },
  {
    id: 'evacuation-support',
    name: { ja: '避難行動要支援者', en: 'Residents needing evacuation support' },
    paths: ['municipality.evacuationSupportShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: the share of residents on the evacuation support list differs between towns by about a factor of 1.5',
  },
  {
    id: 'vendor-data',
    name: { ja: 'ベンダーが保持するデータ', en: 'Data held by the vendor' },
    paths: ['people.vendors[].dataHeldShare'],
    spread: probabilityWithin(1.5),
    source: 'assumption: how much of the town\'s data a vendor holds copies of is judged per contract; within a factor of 1.5',
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
