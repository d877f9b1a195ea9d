import type { ScenarioInput } from '../schema/index.ts';

type Input = ScenarioInput;
type StaffShortage = NonNullable<Input['hazards']['staffShortage']>;
type InsiderMisuse = NonNullable<Input['threats']['insiderMisuse']>;
type Costs = Input['costs'];
type Sourced = { value: number; source: string };

/**
 * IT staff away from work, as both presets assume it: each member's own spells (influenza, about 10% of
 * people a year, and long-term sick leave, 2.4% of local-government staff a year, a third of it lasting
 * beyond six months) and an outbreak at the office now and then; `outbreakAbsentProbability` is the share
 * of the staff one outbreak takes.
 */
export function staffShortage(outbreakAbsentProbability: Sourced): StaffShortage {
  return {
    memberAbsenceAnnualRate: {
      value: 0.128,
      source:
        '[chikou-health-2012] 0.024 a staff-year on long-term sick leave (a month or more), plus influenza: [niid-influenza-2018-19] about 12 million patients in 2018/19 and [mhlw-influenza-2017-18] 21.54 million in 2017/18 up to week 11 by the former method, × 0.66 ≈ 14.2 million on the new one: (12 + 14.2) / 2 ≈ 13.1 million of [stat-census-2020] 126.1 million residents ≈ 0.104 a year (two heavy seasons); 0.024 + 0.104 = 0.128',
    },
    memberAbsenceHours: {
      bands: [
        { min: 72, max: 168, share: 0.8125 },
        { min: 720, max: 2160, share: 0.088 },
        { min: 2160, max: 4320, share: 0.031 },
        { min: 4320, max: 8760, share: 0.043 },
        { min: 8760, max: 26280, share: 0.0255 },
      ],
      source:
        'influenza, 0.104 / 0.128 = 0.8125 of the spells: [medi-f-influenza-2017] a patient sheds the virus for 3–7 days after onset and stays home meanwhile: 72–168 h; long-term leave ([chikou-health-2012] a month or more), 0.024 / 0.128 = 0.1875 of the spells, split by how long national civil servants\' long leave lasted: [excite-npa-long-sick-leave-2011] 46.9% 1–3 months, 16.7% 3–6 months; [economic-npa-long-sick-leave-2006] 13.4% a year or more (the 1.1% beyond 3 years counted as 3), so 23% 6–12 months: 0.1875 × 0.469 ≈ 0.088, × 0.167 ≈ 0.031, × 0.23 ≈ 0.043, × 0.134 ≈ 0.0255',
    },
    outbreakAnnualRate: {
      value: 0.2,
      source: 'assumption: an infection cluster in the IT office (an influenza or COVID-19 wave) once in five years; no count of clusters in town halls was found',
    },
    outbreakAbsentProbability,
    outbreakAbsenceHours: {
      lognormal90: [120, 240],
      source: '[social-care-covid-isolation-2022] COVID-19 isolation of 10 days, cut to 7 (5 without symptoms) in September 2022: 5–10 days off',
    },
  };
}

// The published insider cases read one by one: 10 look-ups (横手, 四日市, 山口県, 杉並, 印西, 延岡, 船橋, 大阪市生野,
// 帯広 twice) and 6 take-outs (平塚, a Kanagawa city, 岡山, 西原村, 釜石, 尼崎).
const INSIDER_CASES = 16;
// The largest partial extract among the published take-outs: [hiratsuka-takeout-2019] 31,429 entries.
const LARGEST_PARTIAL_TAKE_OUT = 31_429;

/**
 * How many residents one take-out carries: of the 5 published take-outs that say, 3 carried the whole
 * registry (西原村, 釜石市, 尼崎市) and 2 a part, from one family's papers (岡山市) to 31,429 entries
 * (平塚市) — so a part up to that size, or every one of `population` residents.
 *
 * @example
 * takeOutPersons(15000).bands; // [{ min: 1, max: 15000, share: 0.4 }, { min: 15000, max: 15000, share: 0.6 }]
 */
export function takeOutPersons(population: number): InsiderMisuse['takeOuts']['persons'] {
  return {
    bands: [
      { min: 1, max: Math.min(population, LARGEST_PARTIAL_TAKE_OUT), share: 0.4 },
      { min: population, max: population, share: 0.6 },
    ],
    source:
      'of 5 published take-outs that give their size, 3 carried the whole registry ([nishihara-takeout-2015] about 7,000 villagers, [kamaishi-takeout] about 32,000 residents, [amagasaki-usb-2023] every resident) and 2 a part, from one family\'s papers ([okayama-takeout-2014]) to 31,429 entries ([hiratsuka-takeout-2019]): 3 ÷ 5 = 0.6 the whole registry, 0.4 a part of 1 to 31,429 (at most the residents)',
  };
}

/**
 * Unauthorised look-ups and take-outs of records, as the presets assume them: look-ups at 帯広市's rate
 * of cases come to light, 0.04 a year per 10,000 residents (no national count exists; one city that
 * published both its cases gives the rate), take-outs by staff or a contractor at `takeOutAnnualRate`.
 */
export function insiderMisuse(population: number, takeOutAnnualRate: Sourced): InsiderMisuse {
  return {
    lookups: {
      annualRate: {
        value: Math.round(population * 0.04) / 10000,
        source: `[obihiro-lookups-2006] 帯広市 had two look-up cases come to light in 2003–2005 (an employee's 3 look-ups for a class-reunion list in 2003; 7 look-ups by three part-time workers found by a log audit of April–November 2005), among 170,000–175,159 residents ([obsinren-obihiro-population] below 170,000 only from 2008; [hombetu-obihiro-population-2010] peak 175,159 in 2000): 2 ÷ 3 years ÷ about 172,000 × 10,000 ≈ 0.04 a year per 10,000 residents, × ${population} residents`,
      },
      persons: {
        bands: [
          { min: 1, max: 1, share: 0.7 },
          { min: 2, max: 104, share: 0.3 },
        ],
        source: '[yokote-jukinet-2021] one resident looked up by seven staff; [isenp-yokkaichi-2019] 17 persons of 4 households; [yamaguchi-tax-lookups-2023] 104 persons by one official over two years',
      },
      detectionDelayHours: {
        lognormal90: [720, 13140],
        source: '[isenp-yokkaichi-2019] 15 months of viewing found from a resident\'s log request; [yokote-jukinet-2021] found after a complaint within the year: 1 month to 1.5 years',
      },
      directHarmProbability: {
        value: 0.3,
        source:
          'of 10 published look-up cases, 3 passed the records outside the office: [suginami-mayor-press-2022] (an employee arrested), [asahi-yokote-lookups-2021] 船橋市 2012 (registry data to a private detective) and [osaka-ikuno-lookups-2018] (relatives\' tax and resident data); the other 7 were curiosity or, in 帯広市 2003, a class-reunion list, with no harm to the persons reported: [yokote-jukinet-2021], [isenp-yokkaichi-2019], [yamaguchi-tax-lookups-2023], [inzai-lookups], [asahi-yokote-lookups-2021] 延岡市 2015, [obihiro-lookups-2006] 2003 and 2005: 3 ÷ 10 = 0.3',
      },
    },
    takeOuts: {
      annualRate: takeOutAnnualRate,
      persons: takeOutPersons(population),
      detectionDelayHours: {
        lognormal90: [24, 4320],
        source: '[amagasaki-usb-2023] a lost stick was reported the next day; assumption: a deliberate take-out may surface months later',
      },
      directHarmProbability: {
        value: 0.17,
        source:
          'of 6 published take-outs, 1 was used on the persons: [hiratsuka-takeout-2019] a former employee\'s copied files served his election postcards; in [htc-takeout-2015], [okayama-takeout-2014], [nishihara-takeout-2015], [kamaishi-takeout] and [amagasaki-usb-2023] nothing was found passed on: 1 ÷ 6 ≈ 0.17',
      },
    },
    dataClassProbability: {
      sensitive: {
        value: 0.06,
        source: `of ${INSIDER_CASES} published insider cases, the reports name health or welfare records in 1: [nishihara-takeout-2015] the list of public-assistance recipients: 1 ÷ 16 ≈ 0.06`,
      },
      myNumber: {
        value: 0.06,
        source: `of ${INSIDER_CASES} published insider cases, the reports name My Numbers in 1: [kamaishi-takeout] 600 persons' My Numbers in one e-mail: 1 ÷ 16 ≈ 0.06`,
      },
      financial: { value: 0.2, source: '[amagasaki-usb-2023] the contractor\'s stick held tax and bank data' },
    },
  };
}

/**
 * What an hour of a vendor engineer costs the town, for every vendor the presets price at the industry's
 * average: the software industry's sales per employee-hour, all its work included (software work alone
 * would give about 8,700円, so the call-out premium of a maintenance visit sits inside the figure).
 */
export const vendorEngineerHourlyCost = {
  value: 11000,
  source:
    '[meti-software-survey-2009] the software industry sold 15兆5,019億円 with 675,400 employees in 2009: 2,295万円 a person-year ÷ [labour-standards-act] 40 h a week × 52 = 2,080 h ≈ 11,000円 an employee-hour (software work alone, 12兆1,903億円, gives about 8,700円)',
};

const publicCloudFactor = {
  lognormal90: [1, 3],
  source:
    '[itmedia-standardisation-cost-2025] core cities expect ×2.3 on average after migration (over half ≥ ×2, up to ×5.7) against a target of ×0.7; [tokyo-gov-cloud-cost-estimate] Tokyo ×1.6; [nikkei-xtech-misato] the town of 美里 (11,000 residents) ×1.9 on the government cloud: median √3 ≈ 1.73, mean ≈ 1.83',
} as const;
const housingFactor = {
  pert: [1, 1.05, 1.2],
  source:
    'assumption: remote hands and moving the servers add 0–20% to on-prem (the rack fee is the housing site\'s own cost, its line the link\'s); [nikkei-dc-power-2022] housing prices rising',
} as const;

/**
 * What a community cloud saves, as the share of the standalone cost its members pay: the national survey's
 * groups, in every size band (the survey found shared clouds cheapest in each, cities' bands included).
 */
export const communityCloudSaving = {
  pert: [0.6, 0.7, 1],
  source: '[soumu-it-cost-2018] 自治体クラウド groups saved 30% or more (9 groups) or less (9 groups) on core systems: 0–40%, most likely 30%',
} as const;

/**
 * What is not known of each hosting kind's running cost, as a factor on the systems' cost there: the
 * government cloud after the standardisation migration (surveys spread from ×1 to ×3 and beyond),
 * housing, and a community cloud's saving (`community`: its PERT of the share of standalone cost paid).
 */
export function hostingCostFactor(community: { pert: readonly [number, number, number]; source: string }): NonNullable<Costs['hostingCostFactor']> {
  return {
    housing: { pert: [...housingFactor.pert], source: housingFactor.source },
    'community-cloud': { pert: [...community.pert], source: community.source },
    'public-cloud': { lognormal90: [...publicCloudFactor.lognormal90], source: publicCloudFactor.source },
  };
}

/** A housing migration priced by a sourced belief of its own rather than by the shared assumption. */
type SourcedSpan = { readonly lognormal90: readonly [number, number]; readonly source: string };

/**
 * The migration of the core systems to standard-compliant packages as a one-off cost in the first
 * simulated year, per system by the hosting it moves to, for a town whose core systems move late
 * ([digital-agency-tokutei-2025]: 643 of 1,788 bodies had such systems). On-prem is the "as is" variant:
 * nothing moves, and it is no longer an open choice for these systems ([standardisation-act-2021]).
 * `housing` and `publicCloud` are each either a 5–95% span under the shared assumption or a sourced belief.
 */
export function standardisationMigration(
  at: string,
  systems: readonly string[],
  perSystem: { housing: readonly [number, number] | SourcedSpan; community: readonly [number, number]; publicCloud: readonly [number, number] | SourcedSpan },
): NonNullable<Costs['scheduled']>[number] {
  const publicCloud: { lognormal90: [number, number]; source: string } =
    'source' in perSystem.publicCloud
      ? { lognormal90: [...perSystem.publicCloud.lognormal90], source: perSystem.publicCloud.source }
      : {
          lognormal90: [...perSystem.publicCloud],
          source: 'assumption: what the town pays beyond the subsidy ([soumu-minister-subsidy-2023]: 1,825 + 5,163 ≈ 7,000億円 for all bodies), net of it so that it is not counted twice',
        };
  const housing: { lognormal90: [number, number]; source: string } =
    'source' in perSystem.housing
      ? { lognormal90: [...perSystem.housing.lognormal90], source: perSystem.housing.source }
      : {
          lognormal90: [...perSystem.housing],
          source:
            'assumption: the full migration cost without the subsidy (read as given for the government cloud); [soumu-minister-subsidy-2023] the subsidy fund of 1,825 + 5,163 億円 averages about 3.9億円 over 1,788 bodies for their 20 businesses',
        };
  return {
    id: 'standardisation-migration',
    name: { ja: '標準準拠システムへの移行', en: 'Migration to standard-compliant systems' },
    at,
    systems: [...systems],
    yenPerSystem: {
      onprem: { fixed: 0, source: 'assumption: the "as is" variant keeps today\'s package — no migration, and not an open choice after the deadline ([standardisation-policy-2024])' },
      housing,
      'community-cloud': {
        lognormal90: [...perSystem.community],
        source: 'assumption: the shared package is built once for the group; each town pays its data conversion and tests, without the subsidy',
      },
      'public-cloud': publicCloud,
    },
  };
}
