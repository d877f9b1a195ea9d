import { scenarioSchema, type Scenario, type ScenarioInput } from '../schema/index.ts';

const fixed = (value: number) => ({ fixed: value });
const never = { medianJmaIntensity: 7.4, beta: 0.01 };

/**
 * A small town whose random processes are all switched off (rates 0, no seismic regions, no scatter),
 * so tests drive every mechanism with scripted events and get exact numbers.
 */
export function quietTownInput(): ScenarioInput {
  const site = (id: string, kind: 'onprem' | 'housing' | 'community-cloud' | 'public-cloud', latitude: number, longitude: number, extra: object = {}) => ({
    id,
    kind,
    location: { latitude, longitude },
    groundElevationM: 50,
    floorAboveGroundM: 3,
    fragility: never,
    siteAmplification: 1.4,
    generatorHours: 24,
    generatorFailureProbability: 0,
    powerRegion: 'hokkaido',
    recoveredBy: kind === 'public-cloud' || kind === 'community-cloud' ? 'provider' : 'vendor-a',
    replacementHours: fixed(720),
    facilityOutageAnnualRate: 0,
    facilityOutageHours: fixed(5),
    annualCostYen: 1_000_000,
    ...extra,
  });
  const costs = { onprem: 1_000_000, housing: 1_200_000, 'community-cloud': 4_000_000, 'public-cloud': 1_500_000 };
  const system = (id: string, segment: 'myNumber' | 'lgwan' | 'internet', extra: object = {}) => ({
    id,
    segment,
    site: 'townhall',
    critical: true,
    rtoHours: 24,
    persons: 10_000,
    dataClasses: ['general' as const],
    vendor: 'vendor-a',
    hardwareFailureAnnualRate: 0,
    restoreHours: fixed(6),
    annualCostYen: costs,
    ...extra,
  });
  return {
    name: 'テスト町',
    startDate: '2027-04-01',
    municipality: {
      population: 10_000,
      ageShares: { under15: 0.1, from15to64: 0.5, over65: 0.4 },
      evacuationSupportShare: 0.05,
      evacuationListPreSharedShare: 0.4,
      officeSite: 'townhall',
      location: { latitude: 42.1, longitude: 140.6 },
      coast: true,
    },
    people: {
      itStaff: {
        count: 2,
        assembleHours: { workday: 0.5, night: 2, holiday: 3 },
        disasterAvailabilityShare: 0.5,
        disasterDutyHours: 72,
        hourlyCostYen: 3000,
        overtimeMultiplier: 1.25,
      },
      vendors: [
        {
          id: 'vendor-a',
          location: { latitude: 41.8, longitude: 140.7 },
          engineers: 1,
          travelHours: 2,
          disasterTravelMultiplier: 2,
          townsServed: 5,
          contract: 'premium',
          responseHours: 4,
          repairHours: fixed(8),
          rebuildHours: fixed(24),
          hourlyCostYen: 10_000,
          exitAnnualRate: 0,
          compromiseAnnualRate: 0,
          dataHeldShare: 0.5,
          otherTownAffectedProbability: 1,
        },
      ],
    },
    sites: [
      site('townhall', 'onprem', 42.1, 140.6, { coastal: true, groundElevationM: 5, floorAboveGroundM: 3, volcanoZone: 'evacuation' }),
      site('vault', 'housing', 41.9, 140.6),
      site('housing-dc', 'housing', 43.06, 141.35),
      site('community-dc', 'community-cloud', 43.07, 141.36, { memberTowns: 8 }),
      site('cloud', 'public-cloud', 35.68, 139.76, { zones: ['a', 'b', 'c'], powerRegion: 'tokyo', generatorHours: 72 }),
    ],
    links: [
      {
        id: 'line-dc',
        from: 'townhall',
        to: ['housing-dc', 'community-dc', 'cloud'],
        routes: 1,
        faultAnnualRatePerRoute: 0,
        repairHours: fixed(12),
        quakeFragility: never,
        commonCauseShare: 0.5,
        disasterRepairHours: fixed(48),
        annualCostYenPerRoute: 500_000,
      },
    ],
    systems: [
      system('registry', 'myNumber', {
        dataClasses: ['general', 'myNumber'],
        backups: [
          { site: 'townhall', intervalHours: 24, offline: false },
          { site: 'vault', intervalHours: 168, offline: true },
        ],
      }),
      system('welfare', 'myNumber', { persons: 800, dataClasses: ['general', 'sensitive'], holdsEvacuationSupportList: true, backups: [{ site: 'townhall', intervalHours: 24, offline: false }] }),
      system('website', 'internet', { critical: false, persons: 0, backups: [{ site: 'townhall', intervalHours: 24, offline: false }] }),
      system('mail', 'lgwan', { critical: false, persons: 0, requiresLgwan: true }),
    ],
    services: [
      { id: 'certificates', dependsOn: ['registry'], demandPer1000ResidentsPerYear: { counter: 1000, online: 876 } },
      { id: 'welfare-consultation', dependsOn: ['welfare'], demandPer1000ResidentsPerYear: { counter: 100, online: 0 } },
    ],
    hazards: {
      earthquake: {
        regions: [],
        intensitySigma: 0,
        tsunamiMinMagnitude: 7.5,
        blackoutJmaIntensityAtLeast: 5.5,
        blackoutProbability: 1,
        blackoutHours: fixed(10),
        regionalDisasterJmaIntensityAtLeast: 5.5,
        assemblyDelayMultiplier: 2,
      },
      volcano: {
        name: '駒ヶ岳',
        location: { latitude: 42.06, longitude: 140.68 },
        largeEruptionAnnualRate: 0,
        smallEruptionAnnualRate: 0,
        evacuationDays: fixed(30),
        smallEvacuationProbability: 0,
        smallEvacuationDays: fixed(3),
        ashPowerOutageProbability: 0,
        ashPowerOutageHours: fixed(12),
      },
      heavySnow: {
        months: [12, 1, 2],
        annualRate: 0,
        durationHours: fixed(24),
        powerOutageProbability: 0,
        powerOutageHours: fixed(10),
        lineCutProbability: 0,
        assemblyDelayMultiplier: 2,
      },
      power: { regionalOutageAnnualRate: 0, regionalOutageHours: fixed(10) },
      lgwan: { outageAnnualRate: 0, outageHours: fixed(5) },
    },
    threats: {
      ransomware: {
        annualRate: 0,
        entrySegments: ['internet'],
        crossSegmentProbability: { myNumber: 0, lgwan: 0, internet: 0 },
        encryptProbability: { onprem: 1, housing: 1, 'community-cloud': 0, 'public-cloud': 0 },
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
      cloud: {
        zoneOutageAnnualRatePerZone: 0,
        zoneOutageHours: fixed(6),
        multiAzFailoverFailureProbability: 0,
        regionOutageAnnualRate: 0,
        regionOutageHours: fixed(8),
      },
      sharedSiteRestoreHoursPerTown: fixed(2),
      vendorExit: {
        noticeMonths: fixed(6),
        migrationCostYenPerSystem: fixed(1_000_000),
        cutoverOutageProbability: 0,
        cutoverOutageHours: fixed(24),
        conversionDefectProbability: 0,
        conversionDefectPersonsShare: 0.01,
      },
    },
    costs: {
      notificationLetterYen: 130,
      callCentreYenPerDay: 100_000,
      callCentreDaysBase: 30,
      callCentreDaysPer10000Persons: 30,
      callCentreFromPersons: 1000,
      forensicsYen: 3_500_000,
      forensicsYenPerServer: 1_500_000,
      pressConferenceYen: 200_000,
      compensationYenPerPerson: 500,
      equipmentReplacementYenPerSystem: 5_000_000,
      staffHoursPerAction: 8,
    },
    variants: {
      onprem: {},
      cloud: { systems: { registry: { site: 'cloud', deployment: 'multiAz', backups: [{ site: 'cloud', intervalHours: 24, offline: false }] } } },
      'cloud-single': { systems: { registry: { site: 'cloud', zone: 'a', backups: [{ site: 'cloud', intervalHours: 24, offline: false }] } } },
      housing: { systems: { registry: { site: 'housing-dc', backups: [{ site: 'housing-dc', intervalHours: 24, offline: false }, { site: 'vault', intervalHours: 168, offline: true }] } } },
      'cloud-two-lines': { systems: { registry: { site: 'cloud', deployment: 'multiAz' } }, links: { 'line-dc': { routes: 2 } } },
    },
  };
}

/** The quiet town with scripted events (and any other top-level changes), validated. */
export function quietTown(changes: Partial<ScenarioInput> = {}): Scenario {
  const parsed = scenarioSchema.safeParse({ ...quietTownInput(), ...changes });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}

/** A scripted event as written in a scenario (defaults such as `depthKm` may be left out). */
export type EventInput = NonNullable<ScenarioInput['events']>[number];
