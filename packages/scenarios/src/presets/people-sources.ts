type Sourced = { value: number; source: string };

/**
 * Numbers about a municipality's people that every preset derives the same way from national or
 * published counts, so that only the preset's own population differs. Plain data and pure functions.
 */

/** Persons liable to resident income tax, FY2025, all municipalities ([soumu-taxpayers-2025]). */
const RESIDENT_TAXPAYERS_2025 = 62_206_393;
/** Japan's population on 2023-10-01 ([jcci-population-2023]). */
const JAPAN_POPULATION_2023 = 124_352_000;

const grouped = (n: number): string => n.toLocaleString('en-US');

/**
 * The persons a residential-tax system holds, at the national share of residents liable to the income
 * part of the tax. Dependants and non-taxable filers also sit on records, so this is a lower bound.
 *
 * @example residentTaxpayers(15000).value; // 7500
 */
export function residentTaxpayers(population: number): Sourced {
  const share = RESIDENT_TAXPAYERS_2025 / JAPAN_POPULATION_2023;
  const value = Math.round((population * share) / 100) * 100;
  return {
    value,
    source: `[soumu-taxpayers-2025] 62,206,393 persons liable to the income part of resident tax in FY2025 ÷ [jcci-population-2023] 124.35 million residents = ${Math.round(share * 1000) / 10}% × ${grouped(population)} ≈ ${grouped(value)} (dependants and non-taxable filers on the records not counted: a lower bound)`,
  };
}

/** Persons on the evacuation-support lists of all municipalities, 2026-04-01 ([cao-evacuation-list-2026]). */
const EVACUATION_LISTED_2026 = 6_696_718;
/** Share of Japan's residents aged 65 or over on 2023-10-01 ([jcci-population-2023]). */
const JAPAN_OVER65_SHARE_2023 = 0.291;
/** Listed persons per resident aged 65 or over, nationally: about 0.185. */
const LISTED_PER_OVER65 = EVACUATION_LISTED_2026 / (JAPAN_POPULATION_2023 * JAPAN_OVER65_SHARE_2023);

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/**
 * The share of residents on the evacuation-support list: the national count of listed persons per resident
 * aged 65 or over, scaled by the preset's own 65+ share (cited by `shareSource`), as most listed persons are
 * older residents (lists differ between towns by their criteria: [mainichi-evacuation-list-2019]).
 *
 * @example evacuationSupportShare(0.35, '[census-2015-mori] 34.7% aged 65+').value; // 0.065
 */
export function evacuationSupportShare(over65Share: number, shareSource: string): Sourced {
  const value = Math.round(LISTED_PER_OVER65 * over65Share * 1000) / 1000;
  return {
    value,
    source: `[cao-evacuation-list-2026] 6,696,718 persons on the lists on 2026-04-01 ÷ ([jcci-population-2023] 124.35 million × 29.1% aged 65+) = 0.185 per resident aged 65+; × ${percent(over65Share)} aged 65+ (${shareSource}) ≈ ${percent(value)} of residents`,
  };
}

/**
 * Extra welfare contacts after a strong quake, per 1,000 residents: one safety check or support contact for
 * each resident on the evacuation-support list (the list is kept for that). Evacuees not on the list are not
 * counted, so this is a lower bound.
 *
 * @example listedResidentContacts(evacuationSupportShare(0.35, '…')).value; // 65
 */
export function listedResidentContacts(listed: Sourced): Sourced {
  const value = Math.round(listed.value * 1000);
  return {
    value,
    // An assumption: the list's share is sourced, one contact per listed person is the model's reading.
    source: `assumption: one safety check or support contact per listed resident (no count of such contacts found): municipality.evacuationSupportShare ${percent(listed.value)} ([cao-evacuation-list-2026]) × 1,000 = ${value} per 1,000 (evacuees not on the list not counted: a lower bound)`,
  };
}

/** Residents with a disability ([cao-disability-2018]: about 7.4%). */
const DISABILITY_SHARE = 0.074;
/** Residents on public assistance, 2023-04 ([mhlw-public-assistance-2023]: 1.62 per 100). */
const PUBLIC_ASSISTANCE_SHARE = 0.0162;

/**
 * The persons a welfare system holding the evacuation-support list knows: residents with a disability and
 * the listed residents (and, where the same system keeps public assistance, its recipients), overlaps not
 * removed — an upper bound.
 *
 * @example welfarePersons(15000, evacuationSupportShare(0.35, '…'), true).value; // 2300
 */
export function welfarePersons(population: number, listed: Sourced, withPublicAssistance: boolean): Sourced {
  const share = DISABILITY_SHARE + listed.value + (withPublicAssistance ? PUBLIC_ASSISTANCE_SHARE : 0);
  const value = Math.round((population * share) / 100) * 100;
  const assistance = withPublicAssistance ? ' + [mhlw-public-assistance-2023] 1.62% on public assistance' : '';
  return {
    value,
    source: `[cao-disability-2018] 7.4% with a disability${assistance} + the ${percent(listed.value)} on the evacuation-support list ([cao-evacuation-list-2026], municipality.evacuationSupportShare), overlaps not removed (an upper bound): ${grouped(population)} × ${percent(share)} ≈ ${grouped(value)}`,
  };
}

/**
 * Hours from a call to an IT staff member at work, from unannounced early-morning and Sunday assembly
 * drills (each read as the median arrival, by linear interpolation between the published shares):
 * `townNight` a town's 06:00 call, `cityNight` a city's early-morning call, `holiday` a Sunday call.
 */
export const drillAssemblyHours: { townNight: Sourced; cityNight: Sourced; holiday: Sourced } = {
  townNight: {
    value: 0.75,
    source:
      '[ami-assembly-drill-2017] a town\'s unannounced 06:00 call: 14% arrived within 30 min and 84% within 1 h, so half by 30 + (50 − 14) / (84 − 14) × 30 ≈ 45 min',
  },
  cityNight: {
    value: 1,
    source: '[toyama-assembly-drill-2006] a city\'s unannounced early-morning call: the average time from the call to arrival was under an hour (89.6% in by 1 h 50 min after the assumed quake)',
  },
  holiday: {
    value: 1.3,
    source:
      '[ishikari-assembly-drill-2016] a Hokkaido city\'s Sunday 06:30 call, on foot: 38.6% in after 1 h and 75.1% after 2 h, so half by 60 + (50 − 38.6) / (75.1 − 38.6) × 60 ≈ 79 min ≈ 1.3 h',
  },
};

/** How much longer a vendor's trip takes after a regional disaster ([nhk-noto-roads-2024]). */
export const disasterTravelMultiplier: Sourced = {
  value: 2,
  source: '[nhk-noto-roads-2024] a week after the 2024 Noto earthquake, with the inland roads reopened, trips took about twice the usual time',
};

/**
 * The engineer's hands-on time for a hardware repair, once on site: the 90% range spans public bodies'
 * published maintenance terms, from the fast 4-hour restore to the same-working-day repair.
 */
export const vendorRepairHours: { lognormal90: [number, number]; source: string } = {
  lognormal90: [2, 8],
  source:
    '[lawinsider-hardware-restore-clause] a public body\'s terms restore a server within 4 h of the call, up to 2 h of it for confirming the fault: 4 − 2 = 2 h of work at the fast end; [oita-oss-maintenance-terms] a prefecture\'s terms put the engineer on site within 1 h and finish on the call day, in a working day of 8:30–17:15: at most 8.75 − 1 ≈ 8 h at the slow end',
};

/** Inquiries with personal data a city's website CMS kept, and the city's residents ([matsubara-inquiry-form-2014]). */
const MATSUBARA_FORM_PERSONS = 1_426;
const MATSUBARA_POPULATION_2014 = 123_611;

/**
 * The persons a municipal website knows: web-form inquiries kept on the CMS, at one city's count per resident
 * (a CMS that kept six years of its inquiry form), scaled to the preset's population.
 *
 * @example websiteFormPersons(15000).value; // 170
 */
export function websiteFormPersons(population: number): Sourced {
  const share = MATSUBARA_FORM_PERSONS / MATSUBARA_POPULATION_2014;
  const raw = population * share;
  const step = raw >= 10_000 ? 1000 : raw >= 1000 ? 100 : 10;
  const value = Math.round(raw / step) * step;
  return {
    value,
    source: `[matsubara-inquiry-form-2014] one case: a city's website CMS kept 1,426 inquiries with personal data from six years of its form ÷ [region-case-osaka-population-2014] 123,611 residents = ${Math.round(share * 10000) / 100}% × ${grouped(population)} ≈ ${grouped(value)}`,
  };
}
