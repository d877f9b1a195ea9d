/** A number with where it comes from: `[reference-id] …` or `assumption: <why>`. */
export interface SourcedCount {
  readonly value: number;
  readonly source: string;
}

/** One class of Japan's 1,741 市区町村, as the local-finance white paper groups them. */
export interface MunicipalityClass {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  /** How many municipalities the class holds. */
  readonly bodies: SourcedCount;
  /** Residents of a typical member: what a per-resident rate is scaled by. */
  readonly meanPopulation: SourcedCount;
}

// The class means are chosen inside each class's population band so that the eight classes add up to
// the 2020 census total (126.1 million); the white paper's table of class populations was not read.
const MEANS_ADD_UP = 'the eight class means add up to the 2020 census total of 126.1 million [stat-census-2020]';

/**
 * The classes of Japan's 1,741 municipalities: 792 市 (20 designated cities, 62 core cities, 23 former
 * special cities, the other cities split at 100,000), 926 町村 (split at 10,000) and the 23 special
 * wards of Tokyo. Counts: the white paper's FY2019 shares of 1,718 municipalities, brought to the
 * 2024 core-city count (the three core cities promoted since came from the former special cities).
 */
export const MUNICIPALITY_CLASSES: readonly MunicipalityClass[] = [
  {
    id: 'designated-city',
    name: { ja: '政令指定都市', en: 'Designated cities' },
    bodies: { value: 20, source: '[shizuoka-designated-cities-2025] 20 designated cities' },
    meanPopulation: { value: 1_475_000, source: '[soumu-local-finance-white-paper-2021] [stat-census-2020] 23.4% of 126.1 million in 20 cities' },
  },
  {
    id: 'core-city',
    name: { ja: '中核市', en: 'Core cities' },
    bodies: { value: 62, source: '[chukakushi-2024] 62 core cities in 2024' },
    meanPopulation: { value: 367_000, source: '[chukakushi-2024] about 22.75 million in 62 cities' },
  },
  {
    id: 'former-special-city',
    name: { ja: '施行時特例市', en: 'Former special cities' },
    bodies: { value: 23, source: '[soumu-local-finance-white-paper-2021] 1.6% of 1,718 ≈ 27 in FY2019, less the core cities promoted since' },
    meanPopulation: { value: 250_000, source: `assumption: special cities needed 200,000 residents; ${MEANS_ADD_UP}` },
  },
  {
    id: 'special-ward',
    name: { ja: '東京都特別区', en: 'Special wards of Tokyo' },
    bodies: { value: 23, source: '[soumu-municipality-count] 23 special wards' },
    meanPopulation: { value: 423_000, source: '[stat-census-2020] 9,733,276 in the 23 wards' },
  },
  {
    id: 'middle-city',
    name: { ja: '中都市 (人口10万以上)', en: 'Middle cities (100,000 or more)' },
    bodies: { value: 155, source: '[soumu-local-finance-white-paper-2021] 9.0% of 1,718' },
    meanPopulation: { value: 140_000, source: `assumption: most such cities have 100,000–200,000 residents; ${MEANS_ADD_UP}` },
  },
  {
    id: 'small-city',
    name: { ja: '小都市 (人口10万未満)', en: 'Small cities (under 100,000)' },
    bodies: { value: 532, source: '[soumu-municipality-count] [soumu-local-finance-white-paper-2021] the rest of the 792 cities (31.0% of 1,718 ≈ 533)' },
    meanPopulation: { value: 50_000, source: `assumption: a city needs 50,000 residents when made, many have fewer now; ${MEANS_ADD_UP}` },
  },
  {
    id: 'town-10k-plus',
    name: { ja: '町村 (人口1万以上)', en: 'Towns and villages of 10,000 or more' },
    bodies: { value: 411, source: '[soumu-local-finance-white-paper-2021] 23.9% of 1,718' },
    meanPopulation: { value: 18_000, source: `assumption: most have 10,000–30,000 residents; ${MEANS_ADD_UP}` },
  },
  {
    id: 'town-under-10k',
    name: { ja: '町村 (人口1万未満)', en: 'Towns and villages under 10,000' },
    bodies: { value: 515, source: '[soumu-municipality-count] [soumu-local-finance-white-paper-2021] the rest of the 926 towns and villages (30.0% of 1,718)' },
    meanPopulation: { value: 5_000, source: `assumption: half of the band's upper end; ${MEANS_ADD_UP}` },
  },
];

/**
 * How one class is represented in the study: the preset that stands for its members and the share of
 * its members on each of the preset's hosting variants (shares add up to 1).
 */
export interface ClassRepresentation {
  readonly preset: string;
  readonly hosting: Readonly<Record<string, SourcedCount>>;
}

const SMALL_BODY_HOSTING = {
  onprem: { value: 0.78, source: '[soumu-it-cost-2018] the 78% not in a community cloud; housing counted with on-premises (assumption: same servers and admin paths)' },
  'community-cloud': { value: 0.22, source: '[soumu-it-cost-2018] 379 of 1,741 municipalities in a community cloud' },
} as const;
const LARGE_CITY_HOSTING = {
  onprem: { value: 1, source: 'assumption: large cities ran their own or contracted data centres before the government-cloud migration' },
} as const;

/**
 * Which preset stands for each class — the one table to change when a preset closer to a class is
 * added. A class represented by a preset of another size is scaled: per-resident quantities by the
 * class's mean population over the preset's population, per-town quantities one for one.
 */
export const CLASS_REPRESENTATION: Readonly<Record<string, ClassRepresentation>> = {
  'designated-city': { preset: 'designated-city', hosting: LARGE_CITY_HOSTING },
  'core-city': { preset: 'river-city', hosting: LARGE_CITY_HOSTING },
  'former-special-city': { preset: 'designated-city', hosting: LARGE_CITY_HOSTING },
  'special-ward': { preset: 'designated-city', hosting: LARGE_CITY_HOSTING },
  'middle-city': { preset: 'river-city', hosting: SMALL_BODY_HOSTING },
  'small-city': { preset: 'river-city', hosting: SMALL_BODY_HOSTING },
  'town-10k-plus': { preset: 'small-town', hosting: SMALL_BODY_HOSTING },
  'town-under-10k': { preset: 'small-town', hosting: SMALL_BODY_HOSTING },
};
