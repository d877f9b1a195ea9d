import type { RangeProblemCode } from '../schema/range.ts';
/** What an id in a scenario can refer to (the `kind` of an `unknownReference`). */
export const REFERENCE_KINDS = ['site', 'vendor', 'system', 'link', 'zone', 'powerRegion', 'leakCause', 'policy', 'applicationPackage'] as const;

export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * The params of every issue the scenario schema raises itself (zod `custom` issues carrying
 * `params.messageKey`): cross-references, ids, shares, dates and the ordering of ranges. The loader
 * turns each into an issue of the same code, and every locale words each one (a key without words
 * fails the type check).
 */
export type CustomIssueParams = {
  unknownReference: { kind: ReferenceKind; id: string; known: string[] };
  duplicateId: { id: string };
  sharesMustSumTo: { sum: number; expected: number };
  dateBeforeStart: { at: string; startDate: string };
  invalidDate: { value: string };
  /** Numbers that must not decrease (a range's bounds, a triangle's min ≤ mode ≤ max). */
  notIncreasing: { values: number[] };
  /** A 90% range of a lognormal: 0 < low < high. */
  lognormalRange: { values: number[] };
  /** A multi-AZ deployment on a site without two availability zones. */
  multiAzNeedsZones: { site: string };
  /** A per-hosting-kind mapping without a value for a kind that a site of the scenario has. */
  missingHostingKind: { kind: string; site: string };
  /** A control, direction-override or other invisible character in a text (1-based `index`). */
  controlCharacter: { codePoint: string; index: number };
  /** `low` (at `lowKey`) is not below `high` (at `highKey`). */
  rangeReversed: { lowKey: string; low: number; highKey: string; high: number };
  /** A date outside `earliest`..`latest`: the calendar's years, or the longest horizon from the start. */
  dateOutOfRange: { value: string; earliest: string; latest: string; why: 'calendar' | 'longestHorizon' };
  /** A measure's one-off cost without the years it is spread over. */
  oneOffCostNeedsLife: { oneOffCostYen: number };
  /** Two measures of a variant, or a measure and the variant's own field, set the same thing (`target`: a field path). */
  measureConflict: { target: string };
  /** A site with facility outages (a rate above 0, or a scripted one without its duration) but no `facilityOutageHours`. */
  facilityOutageNeedsHours: { site: string; why: 'rate' | 'scripted' };
  /** A number's `range` a study could not use (see `checkRange`; `problem` says what is wrong). */
  rangeProblem: { problem: RangeProblemCode; value: number; low: number; high: number; shape: string; meaning: string };
};

export type CustomIssueKey = keyof CustomIssueParams;

/**
 * Every custom issue key with what it checks (for readers of the code; locales word the messages).
 *
 * @example
 * CUSTOM_ISSUE_KEYS.includes('lognormalRange'); // true
 */
export const CUSTOM_ISSUES = {
  unknownReference: 'an id names no site, system, vendor, link, zone, grid region, leak cause or policy',
  duplicateId: 'two items of one list share an id',
  sharesMustSumTo: 'shares do not add up to their total',
  dateBeforeStart: 'a scripted event comes before the start date',
  invalidDate: 'a date or time does not parse or does not exist',
  notIncreasing: 'bounds of a range decrease',
  lognormalRange: 'a lognormal 90% range is not 0 < low < high',
  multiAzNeedsZones: 'a multi-AZ deployment on a site with fewer than two zones',
  missingHostingKind: 'a value by hosting kind is missing for a kind some site has',
  controlCharacter: 'a text holds a control or invisible character (terminal escapes, broken SVG)',
  rangeReversed: 'the low end of a range is not below its high end',
  dateOutOfRange: 'a date outside the calendar Machi knows or beyond the longest horizon',
  oneOffCostNeedsLife: 'a measure gives a one-off cost but not the years it is spread over',
  measureConflict: 'two measures of a variant, or a measure and the variant itself, set the same thing',
  facilityOutageNeedsHours: 'a site has facility outages but not how long one lasts',
  rangeProblem: "a number's range is inverted, leaves out its value, does not suit its shape or its quantity, or is on a count",
} as const satisfies { readonly [K in CustomIssueKey]: string };

/** Every custom issue key, in the table's order. */
export const CUSTOM_ISSUE_KEYS = Object.keys(CUSTOM_ISSUES) as readonly CustomIssueKey[];

/** Whether a string is a custom issue key. */
export const isCustomIssueKey = (key: string): key is CustomIssueKey => Object.hasOwn(CUSTOM_ISSUES, key);
