import type { ScenarioInput } from '../schema/index.ts';
import { misconfiguration } from './municipal-leak-causes.ts';

type Hazards = ScenarioInput['hazards'];
type Package = NonNullable<Hazards['applicationFailures']>['packages'][number];
type Maintenance = NonNullable<Hazards['maintenance']>;
type Quantity = NonNullable<Package['batchFailures']>['delayHours'];
type Sourced = { value: number; source: string };

/**
 * How long a misconfiguration set by hand (by the town's staff or its vendor) stays exposed before an
 * outsider notices: the municipal precedents run from a week to years.
 */
export const handSetExposureHours = {
  lognormal90: [168, 26280],
  source:
    'precedents at municipalities, found by outsiders: [aizuwakamatsu-2024-form-exposure] about a week, [matsubara-2014-inquiry-exposure] about 4 months, [isehara-2024-file-exposure] about a year, [sanin-chuo-2025-izumo-exposure] about 4.5 years; a 90% range of a week to three years (median about 3 months) spans them',
} satisfies Quantity;

/**
 * How often a hand-set exposure is closed before anyone outside saw it: the precedents whose finder is
 * told were all reported by outsiders; a zero count out of three still leaves a small chance.
 */
export const handSetRecoveredUnviewed = {
  value: 0.125,
  source:
    'every municipal precedent whose finder is told was reported from outside while still open — [isehara-2024-file-exposure] by a resident, [sanin-chuo-2025-izumo-exposure] by an applicant, [ntv-toyonaka-homepage-exposure] by an anonymous tip: 0 of 3 closed before an outsider saw it, whose Jeffreys estimate is (0 + ½) ÷ (3 + 1) = 0.125',
};

/**
 * How long an exposure on a system a contractor runs for a local body stays open: no 自治体クラウド
 * exposure is published, so the services run by a contractor are the nearest precedents (a week to four
 * months, shorter than the hand-set ones).
 */
export const operatorExposureHours = {
  lognormal90: [168, 2832],
  source:
    'exposures on services a contractor ran for a local body (none of them a 自治体クラウド, the nearest published precedents), from when the setting went wrong to when it was found or closed: [yic-aisapo-form-2023] 13–19 July 2023, 7 days = 168 h; [scan-kyoto-support-site-2020] 16 June–16 July 2020, 30 days = 720 h; [nagahama-kids-app-2021] first outside access 8 November 2020, fixed 1 February 2021, at least 85 days = 2,040 h; [kumamoto-aquadome-skate-2024] a designated manager\'s website, 10 February–31 May 2024, 111 days = 2,664 h; [matsubara-2014-inquiry-exposure] the contractor\'s incomplete access restriction from 15 January to 13 May 2014, 118 days = 2,832 h: the shortest and the longest, 168–2,832 h, taken as the 5–95% range (was an assumed 24–2,160 h)',
} satisfies Quantity;

/** The government cloud's accounts sit under the Digital Agency's controls and templates. */
export const govCloudExposureHours = {
  lognormal90: [24, 720],
  source: '[digital-agency-gcas-aws-overview] accounts under the agency\'s Control Tower and prescribed templates; assumption: those checks flag an open resource within a day to a month',
} satisfies Quantity;

type LeakInput = ScenarioInput['threats']['leaks'][number];

/**
 * How many residents one misconfiguration exposes, capped by what the systems of that hosting hold: the
 * municipal precedents run from a handful to a couple of thousand.
 */
export const misconfigurationPersons = {
  lognormal90: [8, 2084],
  source:
    'precedents at municipalities: [aizuwakamatsu-2024-form-exposure] 8 applicants, [matsubara-2014-inquiry-exposure] 1,426 inquiries, [sanin-chuo-2025-izumo-exposure] 2,084 applicants; the smallest and the largest, 8–2,084, taken as the 5–95% range',
} satisfies LeakInput['persons'];

/**
 * Misconfiguration of each hosting kind, in the order the presets list them: a preset gives each kind's
 * yearly rate (its own argument); how many records one exposes, how long an exposure lasts and how
 * often it is found before anyone saw it are the same beliefs for every preset.
 */
export function hostingMisconfigurations(rates: { 'public-cloud': Sourced; onprem: Sourced; housing: Sourced; 'community-cloud': Sourced }): LeakInput[] {
  const persons = misconfigurationPersons;
  return [
    misconfiguration('public-cloud', {
      annualRate: rates['public-cloud'],
      persons,
      exposureHours: govCloudExposureHours,
      recoveredUnviewedProbability: {
        value: 0.25,
        source:
          'cloud-service permission faults of 2020–2021: outsiders had looked at Rakuten\'s, PayPay\'s ([nikkei-xtech-salesforce-paypay-2020]) and Kobe city\'s data, none at freee\'s ([nikkei-xtech-salesforce-freee-kobe-2021]): 1 of 4',
      },
    }),
    misconfiguration('onprem', {
      annualRate: rates.onprem,
      persons,
      exposureHours: handSetExposureHours,
      recoveredUnviewedProbability: handSetRecoveredUnviewed,
    }),
    misconfiguration('housing', {
      annualRate: rates.housing,
      persons,
      exposureHours: handSetExposureHours,
      recoveredUnviewedProbability: handSetRecoveredUnviewed,
    }),
    misconfiguration('community-cloud', {
      annualRate: rates['community-cloud'],
      persons,
      exposureHours: operatorExposureHours,
      recoveredUnviewedProbability: {
        value: 0.1,
        source:
          'services a contractor ran for a local body (none of them a 自治体クラウド, the nearest published precedents) were not closed before outsiders saw them either: [scan-kyoto-support-site-2020] found by a consultee after a month, [nagahama-kids-app-2021] entered 45 times by a third party, [kamakura-form-2023] found by a website visitor, [yic-aisapo-form-2023] found by an applicant who could see the others\' entries: 0 of 4, (0 + ½) ÷ (4 + 1) = 0.1',
      },
    }),
  ];
}

/**
 * The legal-update and certificate packages of a town, the same in every variant (the package does not
 * depend on the hosting): `core` runs the 基幹系 systems and takes the 法改正 releases; `certificates` is
 * the certificate software (住民票 and コンビニ交付) of the resident registry.
 */
export function applicationPackages(options: {
  core: string[];
  certificateSystem: string;
  batchFailureAnnualRate: Sourced;
}): NonNullable<Hazards['applicationFailures']> {
  return {
    packages: [
      {
        id: 'core-package',
        systems: options.core,
        releases: {
          // April (the fiscal year's legal changes) and June (the residential-tax notices) — assumption; plain numbers in the schema.
          months: [4, 6],
          windowHours: {
            lognormal90: [4, 24],
            source:
              'one case, the nearest published announced window of a municipal system modification: [susono-convenience-fee-revision] Susono stopped convenience-store issuance all day on 1 October for the system modification of a fee revision, its whole 06:30–23:00 service day, 16.5 h or more; a 90% range of 4–24 h (median √(4 × 24) ≈ 9.8 h) holds it in its upper half, a night\'s work at its lower end',
          },
          defectProbability: {
            value: 0.01,
            source: '[nikkei-xtech-2024-tax-cut-errors] 15 or more of 1,741 municipalities announced errors after the 2024 tax-cut release: about 1% per major release',
          },
          outageProbability: {
            value: 0.4,
            source:
              'defects of releases for a legal change that stopped a system rather than printed wrong figures: [nikkei-xtech-2019-tax-rise-troubles] of the 10 main troubles of the 2019 consumption-tax change, 4 stopped (registers, two ticket-machine fleets, a chain\'s opening) and 4 computed wrong amounts, 2 other: 4 ÷ 10 = 0.4; [netsecurity-ipa-2019h1-failures] of the 17 troubles of the 2019 era-name change, mostly municipal, 10 were display errors, so at most 7 ÷ 17 ≈ 0.41 went further',
          },
          outageHours: {
            lognormal90: [6, 100],
            source:
              'package faults that stopped municipal counters, and how long: [shimotsuke-tkc-outage] a fault in one vendor\'s system at 142 municipalities, about 6.5 h; [kenoh-sanjo-registry-2012] a modification of the resident-registry system, about a day expected; [fukui-np-fukui-systems-update] [fukui-np-fukui-systems-restored] a software update of a nine-town shared system in 2018, the first town fully back after about 102 h (by reinstalling the old version), the last functions after about a week ([yomiuri-fukui-systems-2018]): a 90% range of 6–100 h spans the stops and the first full restoration, the week in its upper tail',
          },
          wrongNoticePersonsShare: {
            value: 0.01,
            source: '[nikkei-xtech-2024-package-wrong-notices] 2,200 / 9,927 / 4,343 wrong notices at Sakai, Kawasaki and Saitama: 0.3–0.6% of residents, about 1% of the taxpayers a tax system holds',
          },
        },
        batchFailures: {
          annualRate: options.batchFailureAnnualRate,
          delayHours: {
            lognormal90: [0.5, 3],
            source:
              'no published failed night batch was found; the nearest published morning stops of counters from data-update and overnight work faults: [tokushima-np-host-down] a fault in the system that updates resident and tax data took the host down and stopped certificates 09:10–11:00, about 1.8 h; [ibaraki-np-family-register-maintenance] overnight server work left register certificates down at Moriya 08:30–11:00 (2.5 h) and Tsukuba 10:10–11:30 (about 1.3 h): a 90% range of 0.5–3 h (median √(0.5 × 3) ≈ 1.2 h) spans the three',
          },
        },
      },
      {
        id: 'certificate-package',
        systems: [options.certificateSystem],
        wrongIssuance: {
          annualRate: {
            value: 0.15,
            source:
              'two wrong-issuance defects on one vendor\'s certificate system — 2023 ([nikkei-xtech-2023-convenience-store-issuance], [ntv-2024-takamatsu-guidance]: 15 wrong certificates) and 2024-04 at Takamatsu ([itmedia-2024-takamatsu-issuance]) — in about 13 years of convenience-store issuance since 2010: about 0.15 a year per package',
          },
          townProbability: {
            value: 0.02,
            source: '[nikkei-xtech-2023-convenience-store-issuance] close to 200 municipalities on the system; Yokohama, [adachi-2023-wrong-issuance] Adachi, Kawasaki and Tokushima hit: about 4 in 200',
          },
          documents: {
            lognormal90: [1, 10],
            source: '[nikkei-xtech-2023-convenience-store-issuance] 10 at Yokohama; [adachi-2023-wrong-issuance] 2 at Adachi; 1 at Kawasaki',
          },
          personsPerDocument: { value: 1.8, source: '[nikkei-xtech-2023-convenience-store-issuance] 10 certificates covering 18 persons at Yokohama' },
          myNumberProbability: {
            value: 0.27,
            source: '[nikkei-xtech-2023-convenience-store-issuance] 1 of Yokohama\'s 10 wrong certificates bore a My Number: with about 3 certificates per town hit, 1 − 0.9³ ≈ 0.27',
          },
        },
      },
    ],
  };
}

/**
 * Planned maintenance by hosting kind and server renewal. On-premises: the vendor's monthly patch night
 * and the hall's yearly power-off electrical inspection; housed racks: the same patch nights (the town's
 * own servers), no building windows (a data centre maintains its power without stopping, assumption);
 * community cloud: a few provider windows; government cloud: none (the operator patches without stopping
 * a multi-AZ deployment, assumption). Windows start on Saturday at 22:00. `powerOffInspection`: whether
 * the on-premises room stops for the electrical inspection (a town-hall server room does; a purpose-built
 * city data centre with UPS and generator rides through it).
 */
export function maintenanceWindows(renewalCostYenPerSystem: Quantity, { powerOffInspection }: { powerOffInspection: boolean }): Maintenance {
  const patch = (hostingKind: 'onprem' | 'housing'): Maintenance['windows'][number] => ({
    id: `${hostingKind}-patch`,
    hostingKind,
    perYear: { value: 12, source: '[ms-patch-tuesday] OS security updates come out once a month; the vendor applies each in one night: 12 a year' },
    hours: {
      lognormal90: [1, 8],
      source:
        'published night maintenance windows of public-sector servers: [jpki-maintenance-2024-12] 03:00–04:00, 1 h; [hakodate-voucher-maintenance-2025] 02:00–08:00, 6 h; [egov-payment-platform-maintenance-2025] 14 windows, nine of 5 h, two of 4 h, one each of 6.5 h, 8 h and 1 h: 16 windows of 1–8 h, a 90% range of 1–8 h (median √(1 × 8) ≈ 2.8 h)',
    },
    overrunProbability: {
      value: 0.02,
      source:
        'patches that broke a system and had to be undone, per patch applied: [itagent-2025-patch-rollback] fewer than 2% of patches need rolling back; [networkworld-2010-ms-patch-problems] of Microsoft\'s 45 security updates of 2010 to that date, one (MS10-024) was re-released after users reported it broke their systems, 1 ÷ 45 ≈ 0.022 (a second was re-released for an incomplete fix): about 0.02 (from 0.03; the change failure rates of 0–15% that [dora-2019-state-of-devops] found outside the low performers count every change needing any fix, most of them made inside the window)',
    },
    overrunHours: {
      lognormal90: [1, 12],
      source:
        'maintenance that left systems down when the counters opened: [ibaraki-np-family-register-maintenance] overnight server maintenance, register certificates down at Moriya 08:30–11:00 (2.5 h) and Tsukuba 10:10–11:30 (about 1.3 h); [hokkaido-np-sapporo-renewal-2019] a server replaced over the holidays, certificates down 08:45–19:30 on the first working day (about 10.8 h): a 90% range of 1–12 h spans 1.3–10.8 h',
    },
  });
  const powerInspection: Maintenance['windows'][number] = {
    id: 'onprem-power-inspection',
    hostingKind: 'onprem',
    perYear: { value: 1, source: '[electrical-annual-inspection] a power-off inspection at least once a year for premises on a high-voltage supply' },
    hours: { lognormal90: [4, 10], source: 'assumption: orderly shutdown, the inspection and restart, 4–10 h' },
    overrunProbability: { value: 0.05, source: 'assumption: disks and power supplies fail more often on a cold restart than in operation' },
    overrunHours: {
      lognormal90: [2, 24],
      source:
        'power losses that stopped a server room, and the restart after: [minyu-minamisoma-power-2018] a failed fuse in the hall\'s power room, financial system back after about 3.5 h (09:00–12:30) and certificates after about 6.3 h (09:00–15:20); [shinshunan-hikari-power-cut] power back at 12:27, certificates impaired until after 16:00, about 3.5 h more; [nikkei-xtech-gifu-dc-2019] a UPS tripped during power-equipment maintenance at a data centre, 28 municipalities\' systems down about 12 h: a 90% range of 2–24 h (median √(2 × 24) ≈ 6.9 h) spans 3.5–12 h',
    },
  };
  const communityCloudWindow: Maintenance['windows'][number] = {
    id: 'community-cloud-provider',
    hostingKind: 'community-cloud',
    perYear: {
      value: 12,
      source:
        'published yearly schedules of shared operators\' planned stops (no community cloud\'s own count was found): [robot-payment-maintenance-2025] a payment service shared by many merchants set 12 monthly night windows for 2025, each 02:55–04:30; [osaka-kyoiku-maintenance-plan-2024] a university\'s information centre set 10 monthly windows of about 6 h and 2 half-yearly maintenances of about two days for its 2024 year: 12 and 10 + 2 = 12 a year (the government payment platform of [egov-payment-platform-maintenance-2025] set more, 14 in six weeks)',
    },
    hours: {
      lognormal90: [4, 8],
      source:
        'a shared platform\'s announced night windows: [egov-payment-platform-maintenance-2025] the Digital Agency\'s common payment platform, used by many bodies\' procedures as a community cloud is by its member towns, set 14 windows in six weeks of 2025 — nine of 5 h, two of 4 h, one each of 6.5 h, 8 h and 1 h: a 90% range of 4–8 h (median about 5.7 h) spans 13 of the 14',
    },
    overrunProbability: {
      value: 0.02,
      source:
        'the operator\'s windows apply the same vendors\' patches: [itagent-2025-patch-rollback] fewer than 2% of patches need rolling back; [networkworld-2010-ms-patch-problems] one of Microsoft\'s 45 security updates of 2010 to that date broke users\' systems and was re-released, 1 ÷ 45 ≈ 0.022: about 0.02 (no credit taken for the operator\'s change control)',
    },
    overrunHours: {
      lognormal90: [1, 12],
      source:
        'a shared operator\'s maintenance that stopped its member towns: [ibaraki-np-family-register-maintenance] one vendor\'s overnight server maintenance left several towns\' register certificates down the next morning, 1.3 h at Tsukuba and 2.5 h at Moriya; [nikkei-xtech-gifu-dc-2019] power-equipment maintenance at the data centre of the Gifu municipal information centre stopped 28 municipalities about 12 h: a 90% range of 1–12 h spans 1.3–12 h',
    },
  };
  return {
    windows: [patch('onprem'), ...(powerOffInspection ? [powerInspection] : []), patch('housing'), communityCloudWindow],
    renewal: {
      everyYears: { value: 5, source: '[nagano-2021-server-lease] a five-year server lease term; servers are replaced at its end' },
      hours: {
      lognormal90: [24, 48],
      source:
        'one case: [hokkaido-np-sapporo-renewal-2019] Sapporo replaced its central certificate server and about 250 terminals over two holiday days (29–30 December), at most 2 × 24 = 48 h; a 90% range of one to two days, 24–48 h',
    },
      overrunProbability: { value: 0.1, source: 'assumption: a cutover that is not finished by Monday, about one renewal in ten' },
      overrunHours: {
      lognormal90: [4, 48],
      source:
        'one case: [hokkaido-np-sapporo-renewal-2019] after the renewal, certificates could not be issued on the first working day from opening at 08:45 until 19:30, about 10.8 h, near the median √(4 × 48) ≈ 13.9 h of a 90% range of 4–48 h (a working day or two)',
    },
      costYenPerSystem: renewalCostYenPerSystem,
    },
  };
}
