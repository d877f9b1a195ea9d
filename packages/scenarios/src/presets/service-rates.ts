type Sourced = { value: number; source: string };

/**
 * Yearly requests per 1,000 residents that follow from national counts (or from one city's published
 * counts) by arithmetic written in the source, so that every preset derives the same service from the
 * same figures and only its own population shares differ. Plain data and pure functions.
 */

/** Japan's population on 2023-10-01 ([jcci-population-2023]), the denominator of the national rates below. */
const JAPAN_2023 = 124_352_000;

/** Births, deaths, marriages and divorces of 2023: each is one family-register notification. */
const VITAL_EVENTS_2023 = { births: 727_277, deaths: 1_575_936, marriages: 474_717, divorces: 183_808 };

const perThousand = (count: number): number => (count / JAPAN_2023) * 1000;

/**
 * 戸籍届出: one notification per birth, death, marriage and divorce. Other notifications (adoptions,
 * 転籍, recognitions) are not counted, so this is a lower bound.
 *
 * @example familyRegisterNotifications.value; // 24
 */
export const familyRegisterNotifications: Sourced = {
  value: Math.round(perThousand(VITAL_EVENTS_2023.births + VITAL_EVENTS_2023.deaths + VITAL_EVENTS_2023.marriages + VITAL_EVENTS_2023.divorces)),
  source:
    '[mhlw-vital-statistics-2023] 727,277 births + 1,575,936 deaths + 474,717 marriages + 183,808 divorces in 2023 = 2,961,738 notifications ÷ [jcci-population-2023] 124.35 million residents ≈ 24 per 1,000 (adoptions, 転籍 and other notifications not counted: a lower bound)',
};

/** 戸籍 notifications online: allowed by the rules, but no municipality had put them in service. */
export const familyRegisterNotificationsOnline: Sourced = {
  value: 0,
  source:
    '[fnn-koseki-online-2020] online 戸籍 notifications were already allowed by the rules, but no municipality had put them in service (2020-10): births, deaths, marriages and divorces are notified on paper, 0 online',
};

/** 江戸川区, FY2023: 23,092 care-need applications in ten months for about 147,700 residents aged 65+. */
const CARE_APPLICATIONS_PER_OVER65 = (23_092 / 10) * 12 / 147_700;

/**
 * Care-need certification applications (new, renewal and change) per 1,000 residents, scaled from one
 * ward's count per resident aged 65+ by the preset's own 65+ share (cited by `shareSource`).
 *
 * @example careApplications(0.35, '[census-2015-mori] 34.7% aged 65+').value; // 66
 */
export function careApplications(over65Share: number, shareSource: string): Sourced {
  const value = Math.round(CARE_APPLICATIONS_PER_OVER65 * over65Share * 1000);
  return {
    value,
    source: `[edogawa-care-statistics-2023] 23,092 care-need applications in ten months of FY2023, about 27,700 a year, for about 147,700 residents aged 65+: 0.188 a year each; × ${Math.round(over65Share * 1000)} aged 65+ per 1,000 (${shareSource}) ≈ ${value}; all channels, counted at the counter (online ones were few)`,
  };
}

/** Care applications online: the ward's count is of every channel and is all taken as counter demand above. */
export const careApplicationsOnline: Sourced = {
  value: 0,
  source: 'assumption: care-need applications are made on paper by the family or the care manager; the counter figure already counts every channel',
};

/** Births per 1,000 residents: each birth is one 児童手当 claim or amount change. */
const BIRTHS_PER_THOUSAND = perThousand(VITAL_EVENTS_2023.births);

/** 呉市 FY2022: 426 of 815 claims and 306 of 466 amount changes came online. */
const CHILD_ALLOWANCE_ONLINE_SHARE = (426 + 306) / (815 + 466);

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;
const CHILD_ALLOWANCE_BASIS =
  '[mhlw-vital-statistics-2023] 727,277 births in 2023 ÷ [jcci-population-2023] 124.35 million = 5.8 per 1,000, each a 児童手当 claim or amount change; [kure-online-procedures-2022] 732 of 1,281 such filings online (57%)';

/**
 * 児童手当 claims and amount changes from births, split by channel as 呉市 received them. Moves and
 * end-of-entitlement notices are not counted (a lower bound).
 *
 * @example childAllowanceFilings.online.value; // 3.3
 */
export const childAllowanceFilings: { counter: Sourced; online: Sourced } = {
  counter: {
    value: oneDecimal(BIRTHS_PER_THOUSAND * (1 - CHILD_ALLOWANCE_ONLINE_SHARE)),
    source: `${CHILD_ALLOWANCE_BASIS}: 5.8 × 43% ≈ 2.5 at the counter (moves and end-of-entitlement notices not counted: a lower bound)`,
  },
  online: {
    value: oneDecimal(BIRTHS_PER_THOUSAND * CHILD_ALLOWANCE_ONLINE_SHARE),
    source: `${CHILD_ALLOWANCE_BASIS}: 5.8 × 57% ≈ 3.3 online through マイナポータル (moves not counted: a lower bound)`,
  },
};

/**
 * Applications for public assistance (生活保護) per 1,000 residents. Consultations that end without an
 * application and caseworkers' visits are not counter requests and are not counted.
 *
 * @example publicAssistanceApplications.value; // 2
 */
export const publicAssistanceApplications: Sourced = {
  value: Math.round(perThousand(251_364)),
  source:
    '[kyodo-public-assistance-fy2023] 251,364 applications in FY2023 ÷ [jcci-population-2023] 124.35 million ≈ 2 per 1,000 ([mhlw-public-assistance-2023-09] 21,644 in September 2023 alone); consultations without an application not counted',
};

/**
 * Residents' own resident-tax filing consultations at the counter, per 1,000 residents, from one city's
 * count. Tax certificates are counted with the certificates service ([narashino-certificates-2017]).
 *
 * @example residentTaxConsultations.value; // 18
 */
export const residentTaxConsultations: Sourced = {
  value: Math.round((7_000 / 383_493) * 1000),
  source:
    '[okazaki-tax-consultations-2021] about 7,000 visitors to 岡崎市\'s resident-tax filing consultations in the 2020 season ÷ [okazaki-population-2016] 383,493 residents ≈ 18 per 1,000 (a city with its own tax office; tax certificates are in the certificates service)',
};

/** Persons who filed their own 2023 income-tax return by e-Tax from home ([nta-etax-2023]). */
const SELF_ETAX_FILERS_2023 = 6_910_000;

/**
 * Residents' own online tax filings per 1,000 residents: the returns residents filed by e-Tax from home,
 * which reach the municipality's resident-tax records through eLTAX's 国税連携 link instead of its
 * 申告 counter. Returns filed online by tax accountants are not counted.
 *
 * @example residentOnlineTaxFilings.value; // 56
 */
export const residentOnlineTaxFilings: Sourced = {
  value: Math.round(perThousand(SELF_ETAX_FILERS_2023)),
  source:
    // An assumption: the count is of national returns, which do not wait on the town's system; it is the
    // closest published figure for residents' online tax business with the town.
    'assumption: residents\' online tax business with the town, taken at the e-Tax self-filing rate — [nta-etax-2023] 6.91 million residents filed their 2023 income-tax return themselves by e-Tax from home ÷ [jcci-population-2023] 124.35 million ≈ 56 per 1,000; those returns reach the resident-tax records through eLTAX (国税連携) and do not wait on the town\'s system, so the figure stands in for, not measures, this demand',
};

/** Households struck by a fire in 2021 ([fdma-fires-2021]). */
const FIRE_HOUSEHOLDS_2021 = 17_844;
/** Buildings damaged by floods in 2023, the large floods included ([mlit-flood-damage-2023]). */
const FLOOD_BUILDINGS_2023 = 31_424;

/**
 * Disaster-victim certificates outside large earthquakes, per 1,000 residents: one application per household
 * struck by a fire and per building damaged by a flood in a year. The earthquake surge is modelled apart; the
 * year's floods are all counted, as no surge follows them. Every channel is counted here.
 *
 * @example disasterCertificatesBaseline.value; // 0.4
 */
export const disasterCertificatesBaseline: Sourced = {
  value: oneDecimal(perThousand(FIRE_HOUSEHOLDS_2021 + FLOOD_BUILDINGS_2023)),
  source:
    '[fdma-fires-2021] 17,844 households struck by fire in 2021 + [mlit-flood-damage-2023] 31,424 buildings damaged by floods in 2023 = 49,268 ÷ [jcci-population-2023] 124.35 million ≈ 0.4 per 1,000, one application each, every channel (fires alone: 0.14)',
};

/**
 * Channel of the welfare contacts after a large earthquake: one published case, where the prefecture
 * reached at-risk residents by home visits, none online.
 *
 * @example welfareSurgeOnlineShare.value; // 0
 */
export const welfareSurgeOnlineShare: Sourced = {
  value: 0,
  source:
    '[bousai-hakusho-2025-noto-support] after the 2024 Noto earthquake 石川県 found at-risk older residents at home by individual visits (February–June 2024); [ntv-ishikawa-mimamori-2025] about 200 counsellors then made about 80,000 visits to 13,000 households: the contacts went by visit, none online (one case): 0',
};

/**
 * First day of the welfare contacts after a large earthquake, from one published case: the checks were
 * asked for on the day itself and done in most municipalities by day 2.
 *
 * @example welfareSurgeStartAfterDays.value; // 1
 */
export const welfareSurgeStartAfterDays: Sourced = {
  value: 1,
  source:
    '[asahi-osaka-quake-safety-checks-2018] after the 6弱 in northern Osaka on 2018-06-18 the checks on listed residents were asked for on day 0 and 8 of the 13 municipalities had made them by the 20th, day 2 (one case): between day 0 and day 2, taken at the middle, day 1',
};

/**
 * Public-assistance applications online: none, the applications reach the welfare office on paper or
 * by word of mouth.
 *
 * @example publicAssistanceApplicationsOnline.value; // 0
 */
export const publicAssistanceApplicationsOnline: Sourced = {
  value: 0,
  source:
    '[diamond-fumidan-2020] applications reach the welfare office in person, by post or by fax, or orally (a support group\'s 2020 web service only prints the forms for them), and the office meets every applicant before assistance starts: 0 online',
};
