import { z } from 'zod';
import { customIssue } from './custom-issue.ts';
import { codePointLabel, firstControlCharacter } from '../load/control-character.ts';
import type { BoundReason } from '../load/issue.ts';
import { checkRange, rangeSchema } from './range.ts';

/**
 * A number that may carry its provenance: either a plain number or `{ value, source }` (and optionally
 * its uncertainty, `range`: see `rangeSchema`), where `source`
 * cites the project's references as `[id]` tokens (`"[narashino-certificates-2017] …"`, see `REFERENCES`) or starts
 * with `"assumption"`. Parsing
 * yields the plain number; the provenance stays in the validated input and is collected by
 * `collectProvenance`, because YAML comments would not survive a round trip.
 *
 * @example
 * sourced(z.number().min(0)).parse({ value: 15000, source: '[mori-population-projection]' }) // 15000
 */
export const sourced = (inner: z.ZodNumber) =>
  z
    .union([
      inner,
      z.strictObject({ value: inner, source: text({ oneLine: false }), range: range().optional() }).superRefine((v, ctx) => {
        if (v.range === undefined) return;
        // A bound of `BOUNDS` is a guard against slips, not what the number can be: a range may reach past it.
        const max = inner.maxValue ?? undefined;
        const domain = { min: inner.minValue ?? undefined, max: max !== undefined && GUARDS.has(max) ? undefined : max };
        checkRange(ctx, [], { value: v.value, range: v.range, domain, wholeNumber: inner.isInt === true });
      }),
    ])
    .transform((v): number => (typeof v === 'number' ? v : (v as { value: number }).value));

/** The `range` of an uncertain number (see `rangeSchema`); parsing keeps it in the input, as the source. */
export const range = () => rangeSchema(text({ oneLine: false }), label());

/**
 * Bounds on what a scenario may say, each with its reason (zod's message of the bound, worded by the
 * locales after the number). None limits a real town; each keeps a typing slip or a hostile file from
 * running for ever, exhausting memory or overflowing a sum to Infinity or NaN.
 */
export const BOUNDS = {
  /** More than one a day is routine work, not an incident to weigh; each is simulated one by one. */
  annualRate: 365,
  /** More persons than any municipality has. */
  persons: 100_000_000,
  /** 10 trillion yen: beyond any municipality's whole budget, and a year's total stays exact to the yen in a double. */
  yen: 1e13,
  /** Staff, engineers, member towns: each is simulated one by one. */
  simulatedOneByOne: 10_000,
  /** Independent routes of one line (carriers, paths): each route's faults are simulated one by one. */
  routes: 100,
  /** Any other amount (hours, days, multipliers, demand): larger values are typing slips and overflow sums. */
  quantity: 1e12,
  /** Items of one list (sites, systems, events, …): a town has tens; each is simulated. */
  listItems: 1000,
  /** Every pair of variants is compared: 50 variants make 1,225 pairs. */
  variants: 50,
  /** A name or a label is one line. */
  nameLength: 200,
  /** A description, a source or a policy's wording. */
  textLength: 10_000,
  /** A seismic source region wider than Japan is not a region. */
  regionRadiusKm: 2000,
  /** Earthquakes occur no deeper than about 700 km. */
  earthquakeDepthKm: 700,
  /**
   * Simulated years of one replication: reports give return periods up to 1,000 years, and a longer study
   * is more replications rather than longer ones. Scripted events lie within it from the start date.
   */
  horizonYears: 1000,
} as const;

const GUARDS = new Set<number>(Object.values(BOUNDS));

const bounded = (schema: z.ZodNumber, max: number, why: BoundReason) => schema.max(max, why);

/** A probability (0..1) that may carry its source. */
export const probability = () => sourced(z.number().min(0).max(1));
/** A non-negative amount (hours, days, a multiplier, a demand) that may carry its source. */
export const nonNegative = () => sourced(bounded(z.number().min(0), BOUNDS.quantity, 'quantity'));
/** A strictly positive amount that may carry its source. */
export const positive = () => sourced(bounded(z.number().positive(), BOUNDS.quantity, 'quantity'));
/** A non-negative integer of persons that may carry its source. */
export const count = () => sourced(bounded(z.int().min(0), BOUNDS.persons, 'persons'));
/** A positive integer of persons or households that may carry its source. */
export const positiveCount = () => sourced(bounded(z.int().min(1), BOUNDS.persons, 'persons'));
/** Events per year of a random process, that may carry its source. */
export const annualRate = () => sourced(bounded(z.number().min(0), BOUNDS.annualRate, 'annualRate'));
/** An amount of yen that may carry its source. */
export const yen = () => sourced(bounded(z.number().min(0), BOUNDS.yen, 'yen'));
/** A positive number of things simulated one by one (staff, engineers, member towns). */
export const simulatedCount = () => sourced(bounded(z.int().min(1), BOUNDS.simulatedOneByOne, 'simulatedOneByOne'));
/** The independent routes of a line. */
export const routeCount = () => sourced(bounded(z.int().min(1), BOUNDS.routes, 'simulatedOneByOne'));
/** A number in a distribution's parameters (hours, persons or yen): finite enough to sum. */
export const quantity = () => bounded(z.number().min(0), BOUNDS.quantity, 'quantity');
/** A list of at most `BOUNDS.listItems`. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(BOUNDS.listItems, 'listItems');

/** Identifiers are kebab-case or camelCase words, stable across files and reports. */
export const id = () =>
  z.string().max(BOUNDS.nameLength, 'nameLength').regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'letters, digits and "-", starting with a letter');

/**
 * Text written by people: at least one character, at most `BOUNDS.nameLength` of them on one line
 * (`oneLine`) or `BOUNDS.textLength` otherwise, and only text — no control, direction-override or
 * other invisible characters (`firstControlCharacter`), and with `oneLine` no line break or tab either. Such characters would reach a terminal raw and break a report's SVG.
 *
 * @example
 * text({ oneLine: true }).safeParse('Town\u001b[31m').success; // false
 */
export const text = ({ oneLine }: { oneLine: boolean }) =>
  z
    .string()
    .min(1)
    .max(oneLine ? BOUNDS.nameLength : BOUNDS.textLength, oneLine ? 'nameLength' : 'textLength')
    .superRefine((value, ctx) => {
      const index = firstControlCharacter(value, { oneLine });
      if (index < 0) return;
      customIssue(ctx, [], 'controlCharacter', { codePoint: codePointLabel(value, index), index: index + 1 });
    });

/** A date or date-time as written (`2027-04-01`, `2027-04-01T08:30`); its calendar is checked by the scenario. */
export const dateText = () => z.string().min(1).max(40, 'nameLength');

/** A name shown to people: one line of text. */
export const name = () => text({ oneLine: true });

/** A text shown to people: one string, or one per language. */
export const label = () => z.union([name(), z.strictObject({ ja: name(), en: name() })]);

/** A name as a scenario may write it: one string, or one per language. */
export type Label = z.output<ReturnType<typeof label>>;

export const latLon = () =>
  z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
