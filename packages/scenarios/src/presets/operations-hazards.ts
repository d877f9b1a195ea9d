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
          windowHours: { lognormal90: [4, 12], source: 'assumption: a release is applied over a weekend night, 4–12 h' },
          defectProbability: {
            value: 0.01,
            source: '[nikkei-xtech-2024-tax-cut-errors] 15 or more of 1,741 municipalities announced errors after the 2024 tax-cut release: about 1% per major release',
          },
          outageProbability: { value: 0.3, source: 'assumption: most release defects print wrong figures rather than stop the system (no count of stopping defects found)' },
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
          delayHours: { lognormal90: [0.5, 3], source: 'assumption: the vendor reruns the failed night batch in the morning, half an hour to three hours after opening' },
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
    hours: { lognormal90: [2, 6], source: 'assumption: patch, restart and check, 2–6 h' },
    overrunProbability: {
      value: 0.03,
      source:
        'assumption: a server or service that does not come back cleanly after a restart, about one night in 30 — within the change failure rates of 0–15% that [dora-2019-state-of-devops] found outside the low performers, which count every change needing a fix, most of them fixed inside the window',
    },
    overrunHours: { lognormal90: [1, 12], source: 'assumption: fixed by the vendor within the weekend, mostly' },
  });
  const powerInspection: Maintenance['windows'][number] = {
    id: 'onprem-power-inspection',
    hostingKind: 'onprem',
    perYear: { value: 1, source: '[electrical-annual-inspection] a power-off inspection at least once a year for premises on a high-voltage supply' },
    hours: { lognormal90: [4, 10], source: 'assumption: orderly shutdown, the inspection and restart, 4–10 h' },
    overrunProbability: { value: 0.05, source: 'assumption: disks and power supplies fail more often on a cold restart than in operation' },
    overrunHours: { lognormal90: [2, 24], source: 'assumption: a failed part replaced by the vendor, within a day' },
  };
  const communityCloudWindow: Maintenance['windows'][number] = {
    id: 'community-cloud-provider',
    hostingKind: 'community-cloud',
    perYear: { value: 4, source: 'assumption: the operator announces a few maintenance windows a year for all member towns' },
    hours: {
      lognormal90: [4, 8],
      source:
        'a shared platform\'s announced night windows: [egov-payment-platform-maintenance-2025] the Digital Agency\'s common payment platform, used by many bodies\' procedures as a community cloud is by its member towns, set 14 windows in six weeks of 2025 — nine of 5 h, two of 4 h, one each of 6.5 h, 8 h and 1 h: a 90% range of 4–8 h (median about 5.7 h) spans 13 of the 14',
    },
    overrunProbability: { value: 0.02, source: 'assumption: an operator with change control overruns less than a town\'s own patch night' },
    overrunHours: { lognormal90: [1, 8], source: 'assumption: within the weekend' },
  };
  return {
    windows: [patch('onprem'), ...(powerOffInspection ? [powerInspection] : []), patch('housing'), communityCloudWindow],
    renewal: {
      everyYears: { value: 5, source: '[nagano-2021-server-lease] a five-year server lease term; servers are replaced at its end' },
      hours: { lognormal90: [24, 48], source: 'assumption: data migration and cutover over one weekend' },
      overrunProbability: { value: 0.1, source: 'assumption: a cutover that is not finished by Monday, about one renewal in ten' },
      overrunHours: { lognormal90: [4, 48], source: 'assumption: a working day or two of counters without the system' },
      costYenPerSystem: renewalCostYenPerSystem,
    },
  };
}
