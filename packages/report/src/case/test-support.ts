import { scenarioSchema, simulate, type Scenario, type ScenarioInput, type SimulationResult } from '@machi/scenarios';

const fixed = (value: number) => ({ fixed: value });

/**
 * A small coastal town whose random processes are all switched off, so that a year of it is exactly
 * its scripted events: a magnitude 7.8 quake with a 9 m tsunami at 03:00 on Saturday 12 June 2027
 * that floods the town-hall server room, a mis-sent letter with special-care data of 150 residents in
 * September, and ransomware through the internet segment in January 2028.
 */
export function scriptedTownInput(): ScenarioInput {
  const site = (id: string, kind: 'onprem' | 'public-cloud', recoveredBy: string, extra: object) => ({
    id,
    kind,
    recoveredBy,
    location: { latitude: 42.1, longitude: 140.6 },
    groundElevationM: 20,
    floorAboveGroundM: 3,
    fragility: { medianJmaIntensity: 7.4, beta: 0.01 },
    siteAmplification: 1.2,
    generatorHours: 24,
    generatorFailureProbability: 0,
    powerRegion: 'hokkaido',
    replacementHours: fixed(720),
    facilityOutageAnnualRate: 0,
    facilityOutageHours: fixed(4),
    annualCostYen: 1_000_000,
    ...extra,
  });
  const costs = { onprem: 20_000_000, housing: 21_000_000, 'community-cloud': 12_000_000, 'public-cloud': 26_000_000 };
  return {
    name: '例示町',
    startDate: '2027-04-01',
    municipality: {
      population: 9000,
      ageShares: { under15: 0.09, from15to64: 0.53, over65: 0.38 },
      evacuationSupportShare: 0.05,
      evacuationListPreSharedShare: 0.4,
      officeSite: 'townhall',
      location: { latitude: 42.1, longitude: 140.6 },
      coast: true,
    },
    people: {
      itStaff: { count: 2, assembleHours: { workday: 0.5, night: 2, holiday: 3 }, disasterAvailabilityShare: 0.5, disasterDutyHours: 72, hourlyCostYen: 3500, overtimeMultiplier: 1.25 },
      vendors: [
        {
          id: 'vendor',
          name: { ja: '地場ベンダー', en: 'Local vendor' },
          location: { latitude: 41.8, longitude: 140.7 },
          engineers: 4,
          travelHours: 1.5,
          disasterTravelMultiplier: 3,
          townsServed: 10,
          contract: 'next-business-day',
          responseHours: 4,
          repairHours: fixed(4),
          rebuildHours: fixed(24),
          hourlyCostYen: 12_000,
          exitAnnualRate: 0,
          compromiseAnnualRate: 0,
          dataHeldShare: 0.5,
          otherTownAffectedProbability: 1,
        },
      ],
    },
    sites: [
      site('townhall', 'onprem', 'vendor', { name: { ja: '役場サーバ室', en: 'Town-hall server room' }, coastal: true, groundElevationM: 4 }),
      site('gov-cloud', 'public-cloud', 'provider', {
        name: { ja: 'ガバメントクラウド', en: 'Government cloud' },
        location: { latitude: 35.68, longitude: 139.76 },
        powerRegion: 'tokyo',
        generatorHours: 72,
        zones: ['a', 'b', 'c'],
        annualCostYen: 0,
      }),
    ],
    links: [
      {
        id: 'cloud-line',
        from: 'townhall',
        to: ['gov-cloud'],
        routes: 1,
        faultAnnualRatePerRoute: 0,
        repairHours: fixed(12),
        quakeFragility: { medianJmaIntensity: 5.0, beta: 0.01 },
        commonCauseShare: 0.5,
        disasterRepairHours: fixed(60),
        annualCostYenPerRoute: 1_200_000,
      },
    ],
    systems: [
      {
        id: 'registry',
        name: { ja: '住民記録', en: 'Resident registry' },
        segment: 'myNumber',
        site: 'townhall',
        critical: true,
        rtoHours: 24,
        persons: 9000,
        dataClasses: ['general', 'myNumber'],
        vendor: 'vendor',
        hardwareFailureAnnualRate: 0,
        restoreHours: fixed(12),
        backups: [
          { site: 'townhall', intervalHours: 24, offline: false },
          { site: 'gov-cloud', intervalHours: 168, offline: true },
        ],
        annualCostYen: costs,
      },
      {
        id: 'welfare',
        name: { ja: '福祉(避難行動要支援者名簿)', en: 'Welfare (evacuation-support list)' },
        segment: 'myNumber',
        site: 'townhall',
        critical: true,
        rtoHours: 6,
        persons: 1500,
        dataClasses: ['general', 'sensitive'],
        holdsEvacuationSupportList: true,
        vendor: 'vendor',
        hardwareFailureAnnualRate: 0,
        restoreHours: fixed(12),
        backups: [{ site: 'townhall', intervalHours: 24, offline: false }],
        annualCostYen: { onprem: 8_000_000, housing: 9_000_000, 'community-cloud': 5_000_000, 'public-cloud': 11_000_000 },
      },
      {
        id: 'website',
        name: { ja: '町ホームページ', en: 'Town website' },
        segment: 'internet',
        site: 'townhall',
        critical: false,
        rtoHours: 72,
        persons: 0,
        dataClasses: ['general'],
        vendor: 'vendor',
        hardwareFailureAnnualRate: 0,
        restoreHours: fixed(6),
        backups: [{ site: 'gov-cloud', intervalHours: 24, offline: true }],
        annualCostYen: { onprem: 1_000_000, housing: 1_000_000, 'community-cloud': 1_000_000, 'public-cloud': 1_000_000 },
      },
    ],
    services: [
      {
        id: 'certificates',
        name: { ja: '住民票・印鑑証明等', en: 'Residence certificates' },
        dependsOn: ['registry'],
        demandPer1000ResidentsPerYear: { counter: 900, online: 300 },
        monthlyMultipliers: { march: 1.6, april: 1.5 },
      },
      {
        id: 'disaster-certificates',
        name: { ja: '罹災証明書', en: 'Disaster-victim certificates' },
        dependsOn: ['registry'],
        demandPer1000ResidentsPerYear: { counter: 1, online: 0 },
        surge: { afterJmaIntensityAtLeast: 5.0, extraPer1000Residents: 300, startAfterDays: 2, overDays: 90, onlineShare: 0 },
      },
    ],
    hazards: {
      earthquake: {
        regions: [],
        intensitySigma: 0,
        tsunamiMinMagnitude: 7,
        blackoutJmaIntensityAtLeast: 6.5,
        blackoutProbability: 0,
        blackoutHours: fixed(10),
        regionalDisasterJmaIntensityAtLeast: 5.5,
        assemblyDelayMultiplier: 2,
      },
      power: { regionalOutageAnnualRate: 0, regionalOutageHours: fixed(4) },
      lgwan: { outageAnnualRate: 0, outageHours: fixed(4) },
    },
    threats: {
      ransomware: {
        annualRate: 0,
        entrySegments: ['internet'],
        crossSegmentProbability: { myNumber: 0, lgwan: 0, internet: 1 },
        encryptProbability: { onprem: 1, housing: 1, 'community-cloud': 0.5, 'public-cloud': 0.3 },
        dataTheftProbability: 0,
        containmentHours: fixed(48),
        rebuildWithoutBackupHours: fixed(500),
      },
      leaks: [
        {
          id: 'mis-sending',
          annualRate: 0,
          persons: fixed(10),
          dataClassProbability: {},
          maliciousIntent: false,
          recoveredUnviewedProbability: 0,
          directHarmProbability: 0,
          highlyEncryptedProbability: 0,
        },
      ],
    },
    providers: {
      cloud: { zoneOutageAnnualRatePerZone: 0, zoneOutageHours: fixed(4), multiAzFailoverFailureProbability: 0, regionOutageAnnualRate: 0, regionOutageHours: fixed(8) },
      sharedSiteRestoreHoursPerTown: fixed(8),
      vendorExit: {
        noticeMonths: fixed(12),
        migrationCostYenPerSystem: fixed(30_000_000),
        cutoverOutageProbability: 0,
        cutoverOutageHours: fixed(24),
        conversionDefectProbability: 0,
        conversionDefectPersonsShare: 0.01,
      },
    },
    costs: {
      notificationLetterYen: 120,
      callCentreYenPerDay: 300_000,
      callCentreDaysBase: 5,
      callCentreDaysPer10000Persons: 10,
      callCentreFromPersons: 1000,
      forensicsYen: 5_000_000,
      forensicsYenPerServer: 500_000,
      pressConferenceYen: 500_000,
      compensationYenPerPerson: 500,
      equipmentReplacementYenPerSystem: 5_000_000,
      staffHoursPerAction: 8,
    },
    events: [
      { kind: 'earthquake', at: '2027-06-12T03:00', magnitude: 7.8, epicentre: { latitude: 41.6, longitude: 141.4 }, tsunamiHeightM: 9 },
      { kind: 'leak', at: '2027-09-14T10:00', cause: 'mis-sending', persons: 150, dataClasses: ['general', 'sensitive'] },
      { kind: 'ransomware', at: '2028-01-20T22:00', entrySegment: 'internet' },
    ],
    variants: {
      onprem: { label: { ja: '役場サーバ室', en: 'Town-hall server room' } },
      'public-cloud': {
        label: { ja: 'ガバメントクラウド', en: 'Government cloud' },
        systems: {
          registry: { site: 'gov-cloud', deployment: 'multiAz', backups: [{ site: 'gov-cloud', intervalHours: 24, offline: false }] },
          welfare: { site: 'gov-cloud', deployment: 'multiAz', backups: [{ site: 'gov-cloud', intervalHours: 24, offline: false }] },
        },
      },
    },
  };
}

/** The scripted town, validated, with any top-level changes. */
export function scriptedTown(changes: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({ ...scriptedTownInput(), ...changes });
}

/** One traced year (or more) of the scripted town. */
export function scriptedYear(scenario: Scenario = scriptedTown(), variant = 'onprem', horizonYears = 1): SimulationResult {
  return simulate(scenario, { variant, seed: 1, replication: 0, horizonYears, trace: true });
}
