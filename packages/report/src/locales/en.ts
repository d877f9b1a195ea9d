import { digits, unitDigits } from '../format/digits.ts';
import { formatMagnitude } from '../format/magnitude.ts';
import type { ReportLocale } from './report-locale.ts';
import { uncertaintyEn } from './uncertainty-en.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const joiner = (separator: string) => (items: readonly string[]) => items.join(separator);
// A sentence opening with a worded name (`the line from …`).
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** English for every word the report prints. */
export const en: ReportLocale = {
  causes: {
    earthquake: 'Earthquake',
    eruption: 'Volcanic eruption',
    heavySnow: 'Heavy snow',
    powerOutage: 'Regional power cut',
    lgwanOutage: 'LGWAN outage',
    jukiNetOutage: '住基ネット (resident-registry network) outage',
    lineCut: 'Line cut',
    hardwareFailure: 'Hardware failure',
    ransomware: 'Ransomware attack',
    leak: 'Personal-data incident',
    vendorCompromise: 'Compromise at a vendor',
    vendorExit: 'Vendor ending its service',
    zoneOutage: 'Cloud zone outage',
    regionOutage: 'Cloud region outage',
    facilityOutage: 'Data-centre facility outage',
    staffShortage: 'IT staff absent',
    insiderMisuse: 'Insider misuse of records',
    riverFlood: 'River or inland flood',
    typhoon: 'Typhoon and strong wind',
    fire: 'Fire',
    applicationRelease: 'Application release (legal update)',
    batchFailure: 'Failed nightly batch',
    softwareWrongIssuance: 'Wrong issuance by faulty software',
    maintenanceWindow: 'Planned maintenance',
    hardwareRenewal: 'Server renewal',
  },
  namedCause: (cause, name) => `${cause} (${name})`,
  reasons: {
    'site-destroyed': 'site destroyed',
    'site-flooded': 'site flooded',
    power: 'power cut (generator out)',
    evacuated: 'site evacuated',
    facility: 'data-centre facility failure',
    'zone-outage': 'cloud zone outage',
    'region-outage': 'cloud region outage',
    hardware: 'hardware failure',
    encrypted: 'encrypted (ransomware)',
    isolated: 'cut off to contain the attack',
    restoring: 'being restored',
    'line-cut': 'line cut',
    'lgwan-outage': 'LGWAN outage',
    'juki-net-outage': '住基ネット outage',
    cutover: 'migration cutover',
    'site-burnt': 'burnt out by fire',
    'fire-damage': 'fire (smoke, water, power cut)',
    'site-wind-damaged': 'wrecked by wind',
    maintenance: 'planned maintenance',
    'maintenance-overrun': 'maintenance overrun',
    application: 'application fault',
  },
  notes: {
    earthquake: (d, w) =>
      `A magnitude ${w.magnitude(d.magnitude)} earthquake struck; ` +
      `the town hall measured instrumental intensity ${w.digits(d.officeIntensity, 1)} (JMA ${w.jmaClass(d.officeIntensity)}).` +
      (d.tsunamiHeightM > 0 ? ` The tsunami was ${w.digits(d.tsunamiHeightM, 2)} m high at the coast.` : ''),
    tsunamiInundation: (d, w) => `The tsunami reached ${w.site(d.site)} and flooded it to ${w.digits(d.depthM, 2)} m above the server-room floor.`,
    'site-flooded': (d, w) => `${w.site(d.site)} was lost to the flood, with the equipment and backups kept there.`,
    'site-destroyed': (d, w) => `${w.site(d.site)} was wrecked by the shaking, with the equipment and backups kept there.`,
    lineCut: (d, w) => `${capitalize(w.link(d.link))} was cut (route ${d.route} of ${d.routes}); repairs take ${w.hours(d.repairHours)}.`,
    gridOutage: (d, w) => `The grid in ${w.powerRegion(d.powerRegion)} was down for ${w.hours(d.hours)}.`,
    noGenerator: (d, w) => `At ${w.site(d.site)} the generator did not start: the site lost power at once.`,
    generatorFuelOut: (d, w) => `The generator at ${w.site(d.site)} ran out of fuel after ${w.hours(d.afterHours)}.`,
    ransomware: (d, w) =>
      `Ransomware entered through the ${w.segments(d.entry)} (reached: ${w.segments(d.reached)}).` +
      `${d.dataTheft ? ' Data was stolen.' : ''} Containment takes ${w.hours(d.containmentHours)}.`,
    encrypted: (d, w) => `${w.system(d.system)} was encrypted, with the online backups kept beside it.`,
    leak: (d, w) => `A personal-data incident came to light (${w.persons(d.persons)}).`,
    vendorCompromise: (d, w) =>
      `Vendor ${w.vendor(d.vendor)} was compromised, exposing the data it held on ${w.persons(d.persons)} of the town; ` +
      `it serves ${d.townsServed} municipalities.`,
    hardwareFailure: (d, w) => `${w.system(d.system)} suffered a hardware failure.`,
    zoneOutage: (d, w) => `${capitalize(w.zone(d.site, d.zone))} of ${w.site(d.site)} was down for ${w.hours(d.hours)}.`,
    failoverFailed: (d, w) => `${w.system(d.system)} failed to fail over to another zone.`,
    failedOver: (d, w) => `${w.system(d.system)} failed over to another zone and kept running.`,
    regionOutage: (d, w) => `The whole region of ${w.site(d.site)} was down for ${w.hours(d.hours)}.`,
    facilityOutage: (d, w) => `The facility at ${w.site(d.site)} was down for ${w.hours(d.hours)}.`,
    eruption: (d) => `${d.volcano} erupted (${d.size === 'large' ? 'large' : 'small'} eruption).`,
    evacuated: (d, w) => `${w.site(d.site)} lies in the evacuation zone: no entry for ${w.digits(d.days, 1)} days.`,
    heavySnow: (d, w) => `Heavy snow for ${w.hours(d.hours)}; staff take longer to get in.`,
    lgwanOutage: (d, w) => `The LGWAN was down nationwide for ${w.hours(d.hours)}.`,
    jukiNetOutage: (d, w) => `住基ネット, the resident-registry network, was down nationwide for ${w.hours(d.hours)}.`,
    vendorExit: (d, w) =>
      `Vendor ${w.vendor(d.vendor)} gave notice that it ends its service (${w.digits(d.noticeMonths, 1)} months ahead; ${d.systems} systems).`,
    cutover: (d, w) =>
      `The systems were cut over to a new vendor.${d.outage ? ` The cutover stopped them for ${w.hours(d.outageHours)}.` : ' The cutover stopped nothing.'}` +
      (d.conversionDefect ? ' The data conversion corrupted some records.' : ''),
    insiderMisuse: (d, w) =>
      `${d.act === 'lookup' ? 'A member of staff looked up records without a work purpose' : 'Records were taken out by staff or a contractor'} ` +
      `(${w.persons(d.persons)}); ` +
      `it came to light ${w.hours(d.undetectedHours)} later.`,
    typhoon: (d, w) => `A typhoon swept ${w.powerRegion(d.powerRegion)}: wind and fallen trees cut power and lines.`,
    sitePowerCut: (d, w) => `${w.site(d.site)} lost power; it takes ${w.hours(d.hours)} to come back.`,
    fire: (d, w) =>
      `A fire broke out at ${w.site(d.site)}.` +
      (d.roomLost ? ' The room burnt out.' : ` Smoke, extinguishing water and the power cut stop the equipment for ${w.hours(d.damageHours)}.`) +
      (d.officeUnusableHours > 0 ? ` The hall cannot be used for ${w.hours(d.officeUnusableHours)}.` : ''),
    'site-wind-damaged': (d, w) => `${w.site(d.site)} was wrecked by the wind, with the equipment and backups kept there.`,
    'site-burnt': (d, w) => `${w.site(d.site)} was burnt out, with the equipment and backups kept there.`,
    applicationRelease: (d, w) =>
      `A release of ${w.applicationPackage(d.package)} (legal update) went live.` +
      (d.defect === 'outage'
        ? ` A defect stopped the systems; they were back after ${w.hours(d.outageHours)}.`
        : d.defect === 'wrongNotices'
          ? ` A calculation defect sent wrong notices to ${w.persons(d.wrongNotices)}; each gets a corrected notice and an apology.`
          : ''),
    batchFailure: (d, w) =>
      `The nightly batch of ${w.applicationPackage(d.package)} failed: ` +
      `the system was unusable until it was rerun, ${w.hours(d.delayHours)} after the counters opened.`,
    softwareWrongIssuance: (d, w) =>
      `A fault in ${w.applicationPackage(d.package)} issued ${d.documents} certificates with another person's data (${w.persons(d.persons)}).` +
      (d.myNumber ? ' One of them bore a My Number.' : ''),
    maintenanceWindow: (d, w) =>
      `Announced maintenance of ${w.hours(d.hours)} at ${w.site(d.site)}.` + (d.overrunHours > 0 ? ` The work overran by ${w.hours(d.overrunHours)}.` : ''),
    hardwareRenewal: (d, w) =>
      `The servers at ${w.site(d.site)} were renewed (${d.systems} systems, a ${w.hours(d.hours)} cutover).` +
      (d.overrunHours > 0 ? ` The cutover overran by ${w.hours(d.overrunHours)}.` : ''),
    misconfigurationExposure: (d, w) => `A misconfiguration at ${w.site(d.site)} left records visible from outside for ${w.hours(d.exposureHours)}.`,
    demandSurge: (d, w) => `The disaster brings ${w.digits(d.extraRequests)} extra requests for ${w.service(d.service)} over ${d.overDays} days.`,
    evacuationListUnreachable: (d, w) =>
      `The system holding the evacuation-support list could not be reached for ${w.hours(d.hours)} after the disaster; ` +
      `${w.persons(d.residentsUncovered)} on the list had no paper copy shared in advance.`,
    riverFlood: (d, w) => `A river or inland flood: the water took ${w.hours(d.hours)} to recede.`,
    floodDepth: (d, w) =>
      `${w.site(d.site)} stood in ${w.digits(d.depthM, 2)} m of water` +
      (d.aboveFloorM > 0
        ? `, ${w.digits(d.aboveFloorM, 2)} m above the server-room floor.`
        : `, ${w.digits(-d.aboveFloorM, 2)} m below the server-room floor.`),
    generatorFlooded: (d, w) => `At ${w.site(d.site)} the generator was under water: the site lost power at once.`,
    staffWork: (d, w) => {
      const system = w.taskSystem(d.what);
      return (
        `A member of the town's IT staff was called ${w.when(d.timeClass)} for the ${w.task(d.what)}${system ? ` ${system}` : ''}: ` +
        `${w.hours(d.waitedHours)} until work began, ${w.hours(d.hours)} of work.`
      );
    },
    vendorWork: (d, w) => {
      const system = w.taskSystem(d.what);
      return (
        `${w.vendor(d.vendor)} was asked for the ${w.task(d.what)}${system ? ` ${system}` : ''} (${w.contract(d.contract)}): ` +
        `${w.hours(d.waitedHours)} until an engineer arrived ` +
        `(the contract's start and any queue behind other towns included), ${w.hours(d.hours)} of work.`
      );
    },
    restoreFromBackup: (d, w) =>
      `${w.system(d.system)} is restored from the ${d.offline ? 'offline ' : ''}backup that survived at ${w.site(d.backupSite)}; ` +
      `the last ${w.hours(d.dataLostHours)} of records are lost and must be entered again.`,
    noSurvivingBackup: (d, w) => `No usable backup of ${w.system(d.system)} survived: its data must be rebuilt from scratch.`,
    providerQueue: (d, w) =>
      `The operator of ${w.system(d.system)} restored ${d.townsAhead} member towns first; the town waited ${w.hours(d.waitedHours)} for its turn.`,
    siteReplaced: (d, w) => `Replacement equipment for ${w.site(d.site)} is ready.`,
    systemRestored: (d, w) => `${w.system(d.system)} is back.`,
    alternateOfficeOpened: () => 'The alternate office opened and staff resumed work there.',
    restoredAtBackupSite: (d, w) => `${w.system(d.system)} runs at ${w.site(d.site)} until its data centre is rebuilt.`,
    staffAbsent: (d) => `${d.absent} of the town's ${d.staff} IT staff were absent (illness or leave) when the work was called for.`,
  },
  metrics: {
    costYen: 'annual cost (running + incidents)',
    runningCostYen: 'running cost',
    incidentCostYen: 'incident cost',
    // The sum over critical services of each one's hours down at the counter (service-hours), not the
    // length of the longest outage: two services down 10 h each count 20 h.
    downtimeHours: 'critical-service downtime (summed over services)',
    residentHoursWithoutService: 'resident-hours without service',
    residentsWithoutService: 'residents without service',
    personsAffected: 'persons whose data was leaked, lost or damaged',
    // Summed over the systems restored from a copy; a system with no surviving copy is counted apart.
    dataLostHours: 'updates lost (hours)',
    systemsLost: 'systems lost with no surviving copy',
    residentsWithRecordsLost: 'residents whose records were lost (no surviving copy)',
    incidents: 'incidents',
    evacuationListUnreachableHours: 'hours the evacuation-support list was unreachable',
    evacuationSupportResidentsUncovered: 'evacuation-support residents uncovered',
    plannedDowntimeHours: 'critical-service planned downtime (announced maintenance)',
  },
  actions: {
    notifyIndividuals: 'notify and apologise to individuals',
    reportToCommission: 'report to the PPC (Commission)',
    publishNotice: 'publish a notice',
    pressConference: 'press conference',
    compensateResidents: 'compensate residents',
    reportToCouncil: 'report to the council',
    activateBcp: 'activate the BCP',
  },
  dataClasses: {
    general: 'general personal data',
    sensitive: 'special-care personal data',
    ordinanceSensitive: 'ordinance special-care data',
    myNumber: 'My Number data',
    financial: 'data open to financial harm',
  },
  incidentKinds: { leak: 'leak', loss: 'loss', damage: 'damage', outage: 'outage' },
  dataHarm: { leak: 'leaked', loss: 'lost', damage: 'damaged', outage: 'unavailable' },
  hostingKinds: {
    onprem: 'on-premises',
    housing: 'housing data centre',
    'community-cloud': 'community cloud',
    'public-cloud': 'government cloud',
  },
  costItems: {
    equipment: 'replacement equipment',
    staff: 'staff work',
    vendor: 'vendor work',
    notificationLetters: 'notification letters',
    callCentre: 'call centre',
    pressConference: 'press conference',
    compensation: 'compensation',
    responseStaff: 'staff time for the response',
    forensics: 'forensics',
    migration: 'migration',
    correctionLetters: 'correction letters',
    renewal: 'server-renewal migration work',
  },
  basisKinds: { law: 'law', guideline: 'guideline', practice: 'municipal practice', 'town-decision': 'town decision', assumption: 'assumption' },
  cohorts: { under15: 'residents under 15', from15to64: 'residents aged 15 to 64', over65: 'residents aged 65 and over' },
  timeClasses: { workday: 'office hours', night: 'night', holiday: 'town hall closed' },
  timeWhen: { workday: 'during office hours', night: 'at night', holiday: 'on a closed day' },
  tasks: { triage: 'triage of', rebuild: 'rebuild of', repair: 'repair of' },
  contracts: { premium: 'premium on-site contract', 'next-business-day': 'next-business-day contract' },
  deadlineStages: { preliminary: 'preliminary report', final: 'final report' },
  measureKinds: {
    'line-routes': 'line routes',
    'alternate-office': 'alternate office',
    backup: 'extra copy',
    'generator-hours': 'generator hours',
    'fuel-resupply': 'fuel resupply agreement',
    'vendor-contract': 'vendor contract level',
  },

  largestIncident: (metric) => `largest single incident: ${metric}`,
  personsOfClass: (metric, dataClass) => `${metric} (${dataClass})`,
  serviceDowntime: (service) => `${service} downtime`,
  actionCount: (action) => `${action} (incidents)`,

  format: {
    yen: (yen, finer = 0) => {
      const a = Math.abs(yen);
      const sign = yen < 0 ? '-' : '';
      if (a >= 1e12) return `${sign}¥${unitDigits(a / 1e12, finer)} trillion`;
      if (a >= 1e9) return `${sign}¥${unitDigits(a / 1e9, finer)} billion`;
      if (a >= 1e6) return `${sign}¥${unitDigits(a / 1e6, finer)} million`;
      return `${sign}¥${digits(a)}`;
    },
    hours: (hours, days) => `${hours} h${days ? ` (${days} days)` : ''}`,
    persons: (count) => `${count} ${count === '1' ? 'person' : 'persons'}`,
    residentHours: (count) => `${count} resident-hours`,
    range: (low, high) => `${low} – ${high}`,
    estimate: (centre, range) => `${centre} (95% interval ${range})`,
    estimateCell: (centre, range) => `${centre}\n(95%\u00a0interval ${range})`,
    notSeen: 'not seen in the simulated years',
    timesAYear: (perYear) => `about ${perYear} times a year`,
    onceIn: (years) => (years === '1' ? 'about once a year' : `about once in ${years} years`),
    perYear: (denominator) => `1/${denominator} per year`,
    date: (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}${d.time}`,
    fiscalYear: (fiscalYear) => `FY${fiscalYear} (April ${fiscalYear} – March ${fiscalYear + 1})`,
    withHoliday: (date, holiday) => `${date} (${holiday})`,
    yenUnits: [
      [1e12, ' trillion'],
      [1e9, ' billion'],
      [1e6, ' million'],
      [1, ''],
    ],
    yenTick: (sign, value, unit) => `${sign}¥${value}${unit}`,
    zeroYen: '¥0',
    hoursTick: ' h',
    personsTick: '',
  },
  list: { comma: joiner(', '), semicolon: joiner('; '), and: joiner(' and '), or: joiner(' or '), short: joiner(', ') },

  words: {
    variant: 'option',
    metric: 'metric',
    mean: 'expected per year',
    interval95: '95% interval',
    median: 'median',
    p90: '1-in-10 year',
    p99: '1-in-100 year',
    max: 'largest',
    maxYear: 'largest year',
    action: 'action',
    annualProbability: 'probability per year',
    difference: 'difference (A − B)',
    aBetter: 'share of years A is lower',
    equal: 'equal',
    returnPeriod: 'return period',
    valueAtRisk: 'value (VaR)',
    tailValueAtRisk: 'mean of worse years (TVaR)',
    notAvailable: 'too few years',
    replications: 'replications',
    fiscalYear: 'fiscal year',
    runningCost: 'running cost',
    incidentCost: 'incident cost',
    totalCost: 'total',
    exceedanceProbability: 'annual probability of exceedance',
    everyYear: 'every year',
    zeroOffLog: 'values of 0 lie off the log axis (not drawn)',
    band95: 'hatched: 95% interval',
    mean95: 'expected per year, 95% interval',
    noDifference: 'no difference',
    runningMean: 'running mean',
    target: 'precision target',
    cause: 'cause',
    statistic: 'statistic',
  },
  csv: {
    variant: 'option id',
    variantLabel: 'option',
    replication: 'replication',
    year: 'year (from 0)',
    fiscalYear: 'fiscal year (holding most of the year)',
    fiscalYearOfStart: 'fiscal year of the start',
    metric: 'metric id',
    metricLabel: 'metric',
    epType: 'EP type (ORD EPType)',
    epTypeLabel: 'EP type',
    returnPeriodYears: 'return period (years)',
    value: 'value',
    yearsSimulated: 'years simulated',
    incident: 'incident id',
    cause: 'cause id',
    causeLabel: 'cause',
    start: 'start (JST)',
    durationHours: 'duration (hours)',
    criticalDowntimeHours: 'longest critical-service downtime (hours)',
    dataClasses: 'data classes',
    actions: 'actions required',
    ongoing: 'ongoing at the end (1 = yes)',
  },
  csvEpTypes: {
    '1': 'largest single incident (OEP), VaR',
    '2': 'largest single incident (OEP), TVaR',
    '3': 'annual total (AEP), VaR',
    '4': 'annual total (AEP), TVaR',
  },
  csvStatistics: {
    mean: 'annual mean',
    ciLow: 'annual mean, 95% CI low',
    ciHigh: 'annual mean, 95% CI high',
    sd: 'standard deviation over years',
    var100: '1-in-100-year value (VaR)',
    tvar100: 'mean beyond 1-in-100 (TVaR)',
    probability: 'annual probability',
    probabilityLow: 'annual probability, 95% CI low',
    probabilityHigh: 'annual probability, 95% CI high',
  },
  csvListSeparator: '; ',
  csvStatisticSeparator: ': ',
  tables: {
    actionsTitle: 'Probability per year that each response is needed',
    actionsNote: 'Intervals: 95% Wilson intervals.',
    driversTitle: (action) => `What led to "${action}"`,
    driversNote: 'Each cell: incidents over all replications (share within that option).',
    comparisonsTitle: 'Options compared under the same hazards',
    comparisonsNote: 'A negative difference means A is lower (better). Intervals show Monte Carlo noise only.',
    convergenceTitle: 'Precision of the estimates (stopping rule)',
    estimate: 'estimate',
    halfWidth: '95% half-width',
    target: 'target',
    verdict: 'verdict',
    met: 'met',
    notMet: 'not met',
    fiscalTitle: 'Expected cost by fiscal year',
    fiscalNote:
      'Fiscal years run April to March; each value is the mean over all replications. Each cost is counted in the year it is paid; ' +
      'an incident that begins in the period is followed to its end, and what it pays after the last year is counted at the same time of the first year, ' +
      'in place of what incidents begun before the period would pay then — so no year is low for being first or last.',
    returnPeriodTitle: (metric) => `${metric}: how bad a once-in-T-years year is`,
    returnPeriodNote: (valueAtRisk, tailValueAtRisk) => `Each cell: ${valueAtRisk} (in brackets: ${tailValueAtRisk}).`,
    metricNote:
      'The 1-in-10 and 1-in-100 years: all simulated years sorted, the worst tenth or hundredth of them set aside, the next one (VaR, an order ' +
      'statistic, not interpolated) – the same figures as in the return-period table. Not estimated from fewer than ten times as many years.',
    convergenceNote: 'Each cell: estimate ± 95% half-width; second line: the half-width wanted and whether it was met.',
    convergenceTarget: (target, verdict) => `target ± ${target}: ${verdict}`,
    fiscalCellNote: 'Each cell: the total, then in brackets the running cost and the incident cost.',
    fiscalCell: (total, running, incident) => `${total}\n(running ${running}, incidents ${incident})`,
    baselineComparisonsNote: (baseline) =>
      `Each cell: the option − "${baseline}" (negative: the option is lower, better) with its 95% interval; second line: the shares of years ` +
      'in which the option was lower and equal. Intervals show Monte Carlo noise only.',
    comparisonShares: (lower, equal) => `lower ${lower}, equal ${equal}`,
  },
  figures: {
    actionsTitle: 'Annual probability of each response action',
    actionsDescription: (actions, variants, top) =>
      `The probability per year of a year with each of ${actions} response actions, for ${variants} variants, with 95% Wilson intervals. ` +
      `Most likely: ${top.map((t) => `${t.variant}: ${t.action} (${t.probability} a year)`).join('; ')}.`,
    distributionTitle: (metric) => `Distribution over years: ${metric}`,
    distributionDescription: (metric, variants, rows) =>
      `The expected ${metric} per year with its 95% interval, the median, the 1-in-10 and 1-in-100 year and the largest year simulated, ` +
      `for ${variants} variants. Expected per year: ${rows.map((r) => `${r.label} ${r.mean} (1-in-100 year ${r.p99})`).join(', ')}.`,
    convergenceTitle: (metric) => `Convergence of the estimate: ${metric}`,
    convergenceDescription: (metric, rows) =>
      `How the estimate of the expected ${metric} per year settled as replications accumulated: the running mean with its 95% interval hatched. ` +
      `Final estimates: ${rows.map((r) => `${r.label} ${r.mean} (${r.replications} replications)`).join(', ')}.`,
    aepTitle: (metric) => `Annual exceedance probability (AEP): ${metric}`,
    oepTitle: (metric) => `Occurrence exceedance probability (OEP, largest single incident): ${metric}`,
    exceedanceDescription: (curve, metric, variants, at, values) => {
      const what = curve === 'aep' ? 'Annual exceedance curves (AEP, annual total)' : "Occurrence exceedance curves (OEP, the year's largest single incident)";
      const each = curve === 'aep' ? 'the annual total' : "the size of the year's largest incident";
      const readout = at === undefined ? '' : ` At ${at}: ${values.join(', ')}.`;
      return (
        `${what} of ${metric} for ${variants.length} variants (${variants.join(', ')}): ` +
        `each line gives ${each} exceeded with the probability per year on the vertical axis (log scale); hatched bands are 95% intervals.${readout}`
      );
    },
    differenceNote: (better, equal) => `P(better) ${better} (equal ${equal})`,
    differenceAxis: (baseline) => `difference per year (variant − ${baseline})`,
    differenceTitle: (baseline, metric) => `Difference from ${baseline}: ${metric}`,
    differenceDescription: (metric, baseline, rows) =>
      `The mean annual difference in ${metric} of each variant from ${baseline} (variant − ${baseline}; below zero is better), ` +
      `with 95% intervals from replication-paired years; beside each row, the share of years in which the variant was lower. ` +
      `${rows.map((r) => `${r.label} ${r.difference} (better in ${r.better} of years)`).join(', ')}.`,
  },

  report: {
    intro: (version, runs, years, seed) => `Virtual-municipality risk report by Machi ${version}: ${runs} replications × ${years} years, seed ${seed}.`,
    actionsHeading: 'How often each response is needed',
    metricsHeading: 'Results by metric',
    comparisonsHeading: 'Comparisons',
    fiscalHeading: 'Cost by fiscal year',
    standardisationNote:
      'The running cost includes one-off costs in the year they are paid (such as the migration to standard-compliant systems, net of the subsidy), ' +
      'and a hosting cost known only as a range is drawn once per replication. Under the Act on the Standardisation of Local Government ' +
      'Information Systems (Act No. 40 of 2021) and the government\'s basic policy, the 20 standardised core businesses must run on ' +
      'standard-compliant systems after the migration deadline (end of FY2025; later only for systems designated as hard to migrate): ' +
      'keeping today\'s package on the town\'s own servers is no longer an open choice for them, and the on-premises variant is shown ' +
      'for comparison only. Other systems remain a free choice.',
    convergenceHeading: 'Convergence and precision',
    convergenceIntro: (stoppedBy) => `Stopped by: ${stoppedBy}. How the estimates moved as replications were added, with their 95% intervals.`,
  },
  summary: {
    heading: 'Summary for decision makers',
    intro: (variants, runs, years, total) =>
      `${variants} options were run through the same ${runs} simulated histories of ${years} years each (${total} years in all).`,
    variant: (v) =>
      `${v.name}: ${v.meanCost} a year on average; ` +
      (v.badYearCost === undefined
        ? 'the cost of a once-in-100-years year cannot be told from this many years. '
        : `a year as bad as once in 100 years costs ${v.badYearCost}. `) +
      `Critical services are down ${v.meanDowntime} a year on average (summed over services). ` +
      `A press conference is needed in ${v.pressProbability} of years (${v.pressReturnPeriod}).`,
    best: (b) =>
      `"${b.best}" stops critical services the least: ${b.downtimeDifference} a year ${b.shorter ? 'less' : 'more'} than the baseline "${b.baseline}", ` +
      `and shorter or equal in ${b.shorterOrEqualShare} of the years that met the same hazards. ` +
      (b.costChange === 'unclear'
        ? `Its annual cost differs by ${b.costDifference}: whether more or less cannot be told from this many years.`
        : // "In exchange" only when the cost goes the other way from the downtime: a trade-off, not a bonus.
          `${b.shorter === (b.costChange === 'more') ? 'In exchange it costs' : 'And it costs'} ${b.costDifference} a year ` +
          `${b.costChange === 'more' ? 'more' : 'less'}.`),
    topScore: (name, score, rankingCanChange) =>
      `The highest safety score (0 to 100, higher is safer) is "${name}" at ${score}; ` +
      `halving or doubling any one weight ${rankingCanChange ? 'can change the ranking (see "Safety score")' : 'does not change the ranking'}.`,
    intervals:
      'Intervals show only the noise of a finite number of simulated years, not the uncertainty of the inputs (rates, costs); ' +
      'those are listed under "Assumptions and sources".',
  },
  safety: {
    heading: 'Safety score',
    none: 'No replication finished: nothing to score.',
    formula:
      'The safety score (0 to 100) is computed for each replication by the formula below; shown is its mean with a 95% interval. ' +
      'It is 100 when nothing happens and falls towards 0 as harm grows; an option no worse on every metric never scores lower.',
    symbols: 'x_m is the annual mean of metric m in that replication, s_m the value at which its part scores 50 (the scale), and w_m its weight.',
    scoresTitle: 'Safety score by option',
    rank: 'rank',
    score: 'score',
    weightsTitle: 'Weights and scales',
    weight: 'weight w',
    scale: 'scale s (annual value scoring 50)',
    setBy: 'set by',
    weightsNote: 'A town sets its own under safetyScore.weights / safetyScore.scales in the scenario.',
    setByScenario: 'the scenario',
    setByDefault: 'default (assumption)',
    sensitivity: (changed, cases) => `Halving or doubling one weight at a time changes the ranking in ${changed} of ${cases} cases.`,
    sensitivityTitle: 'Rank (score) when a weight moves',
    change: 'change',
    rankingChanged: 'ranking changed',
    asSet: 'weights as set',
    weightTimes: (metric, factor) => `weight of ${metric} ×${factor}`,
    yes: 'yes',
    no: 'no',
    defaultsAreAssumptions: "The default weights and scales are assumptions: set them to the town's priorities.",
  },
  assumptions: {
    heading: 'Assumptions and sources',
    none: 'This scenario carries no sources (it was built in code).',
    counts: (total, sourced, assumed) =>
      `Of ${total} numbers, ${sourced} cite a source and ${assumed} are assumptions; review the assumptions against the town's own figures.`,
    field: 'field',
    value: 'value',
    source: 'source',
    assumedTitle: 'Assumptions (no source)',
    sourcedTitle: 'Sourced numbers',
    webPages: 'Web pages cited',
  },
  bibliography: {
    heading: 'Bibliography',
    intro: (count) =>
      `The ${count} documents the numbers above, the response policy and the model cite, numbered as the [n] in the tables; ` +
      'each with what Machi takes from it, in our own words.',
    noDate: 'undated',
  },
  modelAssumptions: {
    intro: (total, sourced, assumed) =>
      `Besides, ${total} numbers are built into the model itself (a scenario cannot change them): ${sourced} with a source, ${assumed} assumptions.`,
    title: 'Assumptions built into the model',
    items: {
      feltJmaIntensity: 'instrumental intensity from which an earthquake can do damage (weaker ones are not recorded)',
      tsunamiHeightFactor: "the tsunami's height on the town's coast, as a multiple of the regional estimate",
      serverTriageHours: 'time to check a failed server and call the vendor',
      rebuildTriageHours: 'time staff take stock before a system is rebuilt or restored',
      localWeatherRadiusKm: "how far the town's snowstorms reach other sites",
      otherTownCallsWithinHours: "when, after a regional quake, a vendor's other towns call it out",
      evacuationListWindowHours: 'how long after a disaster the evacuation-support list is needed',
      evacuationListCheckHours: 'how often the list is checked to be reachable',
      scriptedQuakeDepthKm: 'the depth of a scripted earthquake that gives none',
      backupOffsetHours: 'when a backup that gives no time of day runs (hours after midnight)',
      scriptedQuakeFaultType: 'the source type of a scripted earthquake that names none',
      crustalDipDeg: 'the dip of a crustal rupture that gives none (degrees)',
      interplateDipDeg: 'the dip of a plate-interface rupture that gives none (degrees)',
      intraslabDipDeg: 'the dip of an intraslab rupture that gives none (degrees)',
      sharedSiteRestoreCrews: "member towns' tenants a shared site's operator restores at once, when the scenario does not say",
    },
    choices: { crustal: 'crustal earthquake' },
    intensity: (value) => `instrumental intensity ${value}`,
    km: (value) => `${value} km`,
    factor: (low, high) => `uniform, ×${low} – ×${high}`,
  },
  limits: {
    heading: 'Limits of these results',
    monteCarloOnly: 'Confidence intervals show Monte Carlo noise only, not the uncertainty of the inputs (rates, damage, costs).',
    noExtrapolation: 'Return periods longer than a tenth of the simulated years are not reported (never extrapolated).',
    unconfirmed: (rule, basis) => `Unconfirmed legal point: ${rule} — ${basis}`,
  },
  calibration: {
    heading: 'Appendix: calibration against national counts',
    intro: (runs, years, seed) =>
      `Japan's 1,741 municipalities are split into population classes; each class's representing preset is simulated for ${runs} replications × ` +
        `${years} years (seed ${seed}), scaled by the class's number of bodies (by its population for quantities that grow with residents) and summed ` +
        `over Japan, then set against published national yearly counts. A ratio from 0.5 to 2 is within 2×.`,
    rowsTitle: 'National yearly counts: observed and simulated',
    classesTitle: 'Municipality classes and the presets that represent them',
    howCounted: 'How the simulated counts are made',
    columns: {
      quantity: 'Quantity',
      observed: 'Observed per year (95% interval)',
      simulated: 'Simulated national mean (95% interval)',
      ratio: 'Ratio (simulated ÷ observed)',
      verdict: 'Verdict',
      source: 'Source',
      class: 'Class',
      bodies: 'Bodies',
      meanPopulation: 'Mean population',
      representedBy: 'Represented by',
    },
    verdicts: {
      within2x: 'within 2×',
      insideObservedInterval: 'beyond 2× but inside the observed interval',
      withinBounds: 'within the observed bounds',
      tooHigh: 'too high',
      tooLow: 'too low',
      undetermined: 'too few simulated events to tell (run more replications)',
      notComparable: 'not comparable',
    },
    scalings: {
      perResident: 'by population (per resident-year × class population)',
      perTown: 'by bodies (per town-year × number of bodies)',
      perPlatform: 'once per shared platform (per member town × platforms)',
      national: 'once for Japan (an event that strikes every body at once)',
    },
    yearBasis: { fiscal: 'fiscal year', calendar: 'calendar year' },
    atLeast: (found, low, ceiling) => `${found} found (lower bound ${low}${ceiling === null ? '' : `, ceiling ${ceiling}`})`,
    shareRange: 'interval includes the share range',
    representedBy: (preset, population, hosting) => `${preset} (${population} residents): ${hosting}`,
    rowsNote:
      'Observed intervals are exact Poisson intervals of the count (widened by the share range where the share is given as a range). Simulated ' +
        'intervals are Monte Carlo noise only; with fewer than 20 events simulated, they are the exact Poisson interval of that count, ' +
        'so a row with none simulated is not called too low when more replications could find the observed rate. ' +
        'Where only a lower bound is observed (published cases), the model is too low below half the lower bound ' +
        'and too high above twice the ceiling. The presets\' simulated years start on 1 April, so they are fiscal years; a calendar-year count is ' +
        'compared as a yearly rate.',
    classesNote:
      'Per-resident quantities are multiplied by the class mean population ÷ the preset population. A class with no preset of its size is represented ' +
        'by the nearest preset.',
  },
  stamp: {
    heading: 'Stamp and how to regenerate',
    title: 'Run stamp',
    item: 'item',
    value: 'value',
    version: 'Machi version',
    scenario: 'scenario',
    hash: 'scenario hash (SHA-256)',
    seed: 'seed',
    replications: 'replications',
    years: 'years per replication',
    variants: 'options',
    stoppedBy: 'stopped by',
    regenerate:
      'The scenario.resolved.json beside this report regenerates the same result.json with this command ' +
      '(byte for byte, on any machine and any number of workers):',
  },

  case: {
    title: (town, period) => `${town}, a virtual year: ${period}`,
    intro: (c) =>
      `This is a virtual year made by a Machi simulation; none of it happened. ` +
      `Option "${c.variant}", replication ${c.replication} (seed ${c.seed}), ` +
      `year ${c.year} of the ${c.horizonYears} simulated (numbered from 0, as --year counts): ${c.from} to ${c.to}. ` +
      `In a tabletop exercise, stop at each incident's heading, discuss what you would do at that moment, then read on.`,
    among: (replications, years) => `${replications} replications × ${years} years`,
    worst: (metric, among, value) => `This year is the one with the largest "${metric}" among ${among} (${value}).`,
    p99: (metric, among, value) => `This year is the 99th percentile of "${metric}" among ${among}: the 1-in-100 year (${value}).`,
    typical: (metric, among, value) => `This year is the median of "${metric}" among ${among}: a typical year (${value}).`,
    withAction: (metric, among, value, action, candidates) =>
      `This year is the median by "${metric}" of the ${candidates} years, among ${among}, that needed "${action}" (${value}).`,
    reproduce: 'This command reproduces the same case:',
    summaryHeading: 'The year in numbers',
    ganttHeading: 'What was down, and when',
    timelineHeading: 'Timeline',
    notesHeading: 'Reading the numbers',
    carriedOver: 'Incidents from an earlier year were still going on:',
    carriedOverItem: (start, cause, systems) => `${start} ${cause}: ${systems}`,
    noIncident: 'No incident happened this year.',
    readingNotes: [
      "Every number is this replication's simulation record (each incident's outcome and the year's metrics).",
      'Residents without a service are expected counts from demand rates, rounded.',
      'Deadlines are counted from the start of the incident, taken as the moment the town became aware.',
      "The residents named are fictional, drawn from the town's age groups and what the incident did.",
    ],
    metricsTitle: (period) => `Metrics of ${period}`,
    thisYear: 'this year',
    incidentsTitle: 'Incidents of the year',
    incidentColumns: {
      start: 'start',
      cause: 'incident',
      kinds: 'kind',
      persons: 'data subjects',
      downtime: 'longest critical downtime',
      cost: 'cost',
      actions: 'actions required',
    },
    names: {
      link: (from, to) => `the line from ${from} to ${to}`,
      anyLink: 'a line',
      powerRegion: (site, others) => `the power area of ${site}${others > 0 ? ' and other sites' : ''}`,
      anyPowerRegion: 'a power area',
      applicationPackage: (system, others) => `the package of ${system}${others > 0 ? ` and ${others} other systems` : ''}`,
      anyApplicationPackage: 'an application package',
      zone: (index, zones) => `zone ${index} of ${zones}`,
      anyZone: 'one zone',
      segments: { myNumber: 'My Number segment', lgwan: 'LGWAN segment', internet: 'internet segment' },
    },
    footnotes: {
      heading: 'Notes',
      intro: 'A [note n] in the text points to the rule that required the action and its basis; [n] points to its source.',
      marker: (numbers) => ` [note ${numbers.join(', ')}]`,
      rule: (number, basis, rule, meta, source) =>
        `Note ${number}: ${basis.replace(/\.$/, '')} (rule "${rule}", ${meta}). ${source ? `Source: ${source}` : 'No source is given.'}`,
      sourcesHeading: 'Sources',
    },
    span: (from, to) => `${from} – ${to}`,
    drift: (fiscalYear) =>
      `A simulated year is 8,760 hours (365 days); a fiscal year runs 1 April – 31 March (366 days when it holds 29 February), ` +
      `so the two do not line up. Most of this year is ${fiscalYear}.`,
  },
  incident: {
    magnitude: (magnitude) => ` (magnitude ${formatMagnitude(magnitude)})`,
    title: (start, when, what) => `${start} (${when}): ${what}`,
    headings: {
      happened: 'What happened',
      stopped: 'What stopped, and why',
      affected: 'Who was affected',
      recovery: 'What recovery needed and waited for',
      costs: 'Costs',
      thresholds: 'Thresholds crossed (rule, basis, deadline)',
      meaning: 'What it meant for people',
    },
    siteIntensity: (site, intensity, jmaClass) => `${site} ${digits(intensity, 1)} (JMA ${jmaClass})`,
    intensities: (sites) => `Instrumental intensity at each site: ${sites}`,
    flags: {
      maliciousIntent: 'malicious',
      directHarm: 'direct harm done',
      highlyEncrypted: 'data highly encrypted',
      recoveredUnviewed: 'recovered unviewed',
    },
    nature: (flags) => `Nature of the incident: ${flags}`,
    happened: (cause) => `${cause}.`,
    window: (reason, from, to) => `${reason} ${from} – ${to}`,
    systemPastRto: (rto) => `past its RTO of ${rto}`,
    systemWithinRto: (rto) => `within its RTO of ${rto}`,
    servicePastRto: (rto) => `past the RTO of ${rto}`,
    serviceWithinRto: (rto) => `within the RTO of ${rto}`,
    system: (name, site, down, rto, windows) => `System "${name}" (${site}): down ${down} (${rto}). Why: ${windows}`,
    critical: ' (critical)',
    service: (name, critical, down, rto) => `Service "${name}"${critical}: unavailable at the counter for ${down}${rto ? ` (${rto})` : ''}.`,
    noSystemStopped: 'No system stopped.',
    residents: (persons, residentHours) => `Residents without a service: about ${persons} (waiting ${residentHours} in all)`,
    persons: (harm, persons, classes) => `Persons whose data was ${harm}: ${persons} (${classes})`,
    noResidentAffected: 'No resident was affected.',
    allDataLost: (system) => `Data lost (${system}): no copy survived — its whole record is lost`,
    recordsLost: (systems, residents) => `Systems lost with no surviving copy: ${systems}; residents whose records were lost: ${residents}`,
    dataLost: (system, hours) => `Data lost (${system}): the ${hours} since the newest surviving backup`,
    ongoing: 'Still not recovered when the run stopped following it, as long again as the simulated period after its end.',
    done: (end) => `All work was done by ${end}.`,
    costItem: (item, yen) => `${item} ${yen}`,
    costs: (total, items) => `Total ${total}${items ? ` (${items})` : ''}.`,
    noThreshold: 'No threshold of the policy was crossed.',
    unconfirmed: 'unconfirmed',
    deadline: (stage, days, due) => `${stage} within ${days} days (by ${due})`,
    action: (action, deadlines, notes) => `${action}${deadlines ? ` — deadline: ${deadlines}` : ''}${notes}.`,
    noPersonas: 'The incident left no visible mark on residents’ lives.',
  },
  personas: {
    who: (label, cohort, cohortResidents) => `Resident ${label}, one of the town's ${digits(cohortResidents)} ${cohort}, `,
    listSystem: 'the list system',
    evacuationSupport: (p) =>
      `${p.who}is on the evacuation-support list. Right after the disaster "${p.system}", which holds the list, could not be reached for ${p.hours}: ` +
      `for the ${p.residents} on the list with no paper copy shared in advance, checks and help to evacuate relied on memory and asking around. ` +
      `Resident ${p.label} was one of them.`,
    disasterCertificate: (p) =>
      `${p.who}came to the counter for "${p.service}" for a household whose home was damaged. ` +
      `The counter was unavailable for ${p.hours}; ` +
      `with ${p.extraRequests} extra requests arriving over ${p.overDays} days, about ${p.residents} waited the same way. ` +
      `Without the certificate, relief payments and temporary housing wait too.`,
    counterVisitor: (p) => `${p.who}came for "${p.service}", which was unavailable for ${p.hours}; about ${p.residents} were turned away the same way.`,
    dataSubject: (p) =>
      `${p.who}had ${p.dataClasses} among the records of ${p.residents} that were ${p.kinds} in this incident.` +
      (p.notified ? ' The town sends a letter of notice and apology.' : ' No notice to the persons is required.') +
      (p.compensated ? ' They are also compensated.' : ''),
  },
  differences: {
    heading: 'What differs between the options',
    intro:
      'Before any figure: what each option is, read from the scenario as that option runs it (its placement, its own fields and its measures), so that ' +
        'no difference hides in a preset. Under each item\'s name: whether it is the same for every option.',
    title: 'What differs between the options',
    note:
      'A measure\'s cost is what the option\'s running cost a year would fall by without it: the model prices line routes at each line\'s cost per ' +
        'route and an alternate office at its site\'s and lines\' costs, and a measure adds only its own cost on top (nothing is counted twice); a copy ' +
        'kept at a site already paid for adds nothing. A one-off cost is spread over its years.',
    aspect: 'what',
    itemSeparator: ';',
    same: '(same for every option)',
    differs: '(differs between options)',
    none: 'none',
    aspects: {
      placement: 'where the systems run',
      lines: 'lines (routes)',
      backups: 'copies of the data',
      alternateOffice: 'alternate office, fuel',
      generators: 'generators (hours of own fuel)',
      vendors: 'vendor contracts',
      measures: 'measures and their cost a year',
      runningCost: 'running cost a year',
    },
    placement: (site, deployment, systems) => `${site}${deployment ? ` (${deployment})` : ''}: ${systems}`,
    multiAz: 'multi-AZ',
    zone: (zone) => `zone ${zone}`,
    line: (from, to, routes) => `${from} → ${to}: ${routes} ${routes === 1 ? 'route' : 'routes'}`,
    measureWithTarget: (name, target) => `${name} (${target})`,
    backup: (site, every, offline, systems) => `${site}, every ${every}${offline ? ', offline' : ''}: ${systems}`,
    alternateOffice: (setup, site) => `opens within ${setup}${site ? ` at ${site}` : ' (on the town hall\'s lines)'}`,
    fuelResupply: (after) => `fuel resupplied ${after} after a site's own runs out`,
    generator: (site, hours) => `${site}: ${hours}`,
    vendor: (name, contract, response) => `${name}: ${contract}, on site within ${response}`,
    measure: (what, perYear, own) => `${what}: ${perYear} a year${own ? ` (of which its own cost ${own})` : ''}`,
    measureTargets: {
      lineRoutes: (link, routes) => `${link} with ${routes} ${routes === 1 ? 'route' : 'routes'}`,
      backup: (site, every, offline, systems) => `at ${site} every ${every}${offline ? ', offline' : ''}, ${systems} ${systems === 1 ? 'system' : 'systems'}`,
      hours: (hours) => hours,
      siteHours: (site, hours) => `${site} ${hours}`,
      vendorContract: (vendor, contract, response) => `${vendor}: ${contract}, ${response}`,
    },
  },
  measureStudy: {
    title: (town) => `${town}: what each measure buys`,
    intro: (runs, years, seed) =>
      `Each option was run with all its measures and without each one of them in turn, over the same ${runs} simulated histories of ${years} years ` +
        `(seed ${seed}): the differences come from the measure, not from chance draws.`,
    reading:
      'Read a row as: leaving this measure out of this option would add the downtime and data loss shown, and save the cost shown. The cost per hour ' +
        'is the total cost the measure adds a year (its running cost less the incident costs it saves) for each hour of critical downtime it avoids.',
    costTableTitle: 'What each measure costs and the critical downtime with and without it (means per year, 95% paired intervals)',
    tableTitle: 'What each measure buys, per option (means per year, 95% paired intervals)',
    columns: {
      option: 'option',
      measure: 'measure',
      cost: 'its cost a year',
      downtimeWith: 'critical downtime with it',
      downtimeWithout: 'without it',
      downtimeAvoided: 'downtime avoided',
      dataLostAvoided: 'hours of data loss avoided',
      recordsLostAvoided: 'residents whose records are saved',
      costAdded: 'total cost added',
      yenPerHour: 'cost per hour avoided',
    },
    noRatio: 'no downtime avoided',
    note:
      'Intervals are over replications (each replication\'s years averaged), paired under common random numbers; the cost per hour has a delta-method ' +
        'interval and none when the downtime avoided is not above zero beyond its interval. A measure\'s cost is what the option\'s running cost would ' +
        'fall by without it.',
    noMeasures: 'No option of this scenario has measures: there is nothing to compare.',
  },
  gantt: {
    title: (town, from) => `${town}: systems and services down in the year from ${from}`,
    systems: 'Systems (unusable for the town)',
    services: 'Resident services (counter)',
    rto: (hours) => `RTO ${hours} h`,
    nothingDown: 'Nothing was down this year.',
    month: (month) => MONTHS[month - 1]!.slice(0, 3),
    year: (year) => String(year),
    rtoMarker: 'where the recovery time objective (RTO) is reached',
    description: (from, to, systems, services) =>
      `From ${from} to ${to}: ${systems} systems and ${services} services down. ` +
      `Bars are the time down, patterned by why; ▼ marks where the row's recovery time objective (RTO) is reached.`,
  },
  stopReasons: { runs: 'all requested replications done', precision: 'target precision reached', cancelled: 'cancelled (incomplete result)' },
  decision: {
    heading: 'The options at a glance',
    title: (runs, years) => `Key figures of each option (from ${runs} replications × ${years} years)`,
    item: 'Item',
    rows: {
      costYen: 'Annual cost (mean)',
      costYen1in100: 'Annual cost (1-in-100 year)',
      downtimeHours: 'Critical downtime (mean a year)',
      dataLostHours: 'Updates lost (mean a year)',
    },
    actionProbability: (action) => `Year with: ${action}`,
    safetyScore: 'Safety score (0 to 100, higher is safer)',
    note:
      'Intervals are 95% intervals (Monte Carlo noise for means, Wilson for probabilities), not the uncertainty of the inputs. ' +
      'The 1-in-100 year is the value at risk of the return-period table. The sections below give the details.',
  },
  numbering: {
    figure: (n) => `Figure ${n}`,
    table: (n) => `Table ${n}`,
    caption: (number, title) => `${number}. ${title}`,
    shownIn: (tables, figures) =>
      `The numbers are in ${tables.join(', ')}${figures.length > 0 ? `; the chart${figures.length > 1 ? 's are' : ' is'} ${figures.join(', ')}` : ''}.`,
    curvesCoincide: (title, variants) => `“${title}” is not drawn: the curves of ${variants} lie on top of one another (the numbers are in the table).`,
    fileFiguresHeading: 'Charts for analysts (files)',
    fileFiguresIntro:
      'These charts are not printed in the report: they are written as SVG files in the figures folder beside it. Each metric’s mean, median and ' +
      'bad years are in the tables above, the occurrence exceedance (OEP, largest single incident) in exceedance.csv, ' +
      'every replication’s years in replications.csv.',
    fileFigure: (title, path) => `${title} (${path})`,
  },
  appendix: {
    title: (town) => `${town}: assumptions and sources (appendix)`,
    intro: (town) =>
      `Every number the report "${town}" computes with, with its source or the reason it is assumed. ` +
      '[n] in the tables is the number of a reference at the end.',
    reasonsLanguage: '',
    counts: (total, sourced, assumed, distinct, distinctSourced, percent) =>
      `The scenario holds ${total} numbers: ${sourced} cite a source and ${assumed} are assumptions. ` +
      `Counting the same value with the same grounds once, there are ${distinct} distinct facts, ${distinctSourced} of them sourced (${percent}).`,
    optionNumbers: (count, assumed) =>
      `The comparison of the options turns directly on the numbers that differ by hosting kind and on the options' measures ` +
      `(${count} numbers, ${assumed} of them assumptions): check these against the town's own figures first.`,
    sectionsTitle: 'Numbers and sources by area (most assumptions first)',
    sectionsNote: "The more assumptions an area holds, the more it gains from the town's own figures.",
    section: 'area',
    numbers: 'numbers',
    sourced: 'sourced',
    assumed: 'assumed',
    modelCount: (total, assumed) => `Besides, ${total} numbers are built into the model, ${assumed} of them assumptions.`,
    seeAppendix: 'Every number with its value, source and the bibliography (appendix, assumptions.html)',
    csvLink: 'The same list as CSV (assumptions.csv)',
    assumptionPrefix: 'Assumption: ',
    csv: { label: 'field', path: 'path', value: 'value', raw: 'value as written', kind: 'kind', source: 'source' },
    units: {
      perYear: (x) => `${x} a year`,
      days: (x) => `${x} days`,
      months: (x) => `${x} months`,
      years: (x) => `${x} years`,
      metres: (x) => `${x} m`,
      times: (x) => `×${x}`,
    },
    distributions: {
      lognormal90: (low, high) => `lognormal, 90% range ${low} – ${high}`,
      uniform: (low, high) => `uniform ${low} – ${high}`,
      triangular: (min, mode, max) => `triangular: min ${min}, mode ${mode}, max ${max}`,
      pert: (min, mode, max) => `PERT: min ${min}, most likely ${mode}, max ${max}`,
      exponential: (mean) => `exponential, mean ${mean}`,
      bands: (bands) => `bands ${bands.join('; ')}`,
      band: (min, max, share) => `${min} – ${max} (${share})`,
    },
  },
  uncertainty: uncertaintyEn,
};
