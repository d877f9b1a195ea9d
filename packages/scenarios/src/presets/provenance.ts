import { citedReferenceIds } from '../sources/reference.ts';
import { formatPath } from '../load/format-path.ts';

/** Where one number (or quantity spec) of a scenario comes from. */
export interface ProvenanceEntry {
  /** Data path as a reader writes it: `systems[2].backups[0].intervalHours`. */
  path: string;
  /** The number of a `{ value, source }`, or the quantity spec without its `source`. */
  value: unknown;
  source: string;
  /** The source starts with "assumption": no reference backs the number. */
  assumed: boolean;
}

type Path = (string | number)[];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSourced = (x: unknown): x is Record<string, unknown> & { source: string } => isRecord(x) && typeof x.source === 'string';

/** Visits arrays and objects in order; a sourced object is a leaf. */
function walk(node: unknown, path: Path, visit: (node: unknown, path: Path) => void): void {
  visit(node, path);
  if (isSourced(node)) return;
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], visit));
  else if (isRecord(node)) for (const [key, value] of Object.entries(node)) walk(value, [...path, key], visit);
}

/**
 * Every sourced number of a raw scenario input, in document order: each `{ value, source }` object and
 * each object with a string `source` key (a quantity spec; its value is the spec without `source`).
 * Reads the input as written, before validation, because parsing drops the sources. Pure.
 *
 * @example
 * collectProvenance({ municipality: { population: { value: 15000, source: '[mori-population-projection]' } } });
 * // [{ path: 'municipality.population', value: 15000, source: '[mori-population-projection]', assumed: false }]
 */
export function collectProvenance(input: unknown): ProvenanceEntry[] {
  const entries: ProvenanceEntry[] = [];
  walk(input, [], (node, path) => {
    // `uncertainty` holds a study's shared beliefs (each with its reason), not numbers of the town.
    // and a `range` (with its own source) belongs to the number it sits beside.
    if (!isSourced(node) || path[0] === 'uncertainty' || path[path.length - 1] === 'range') return;
    // The number or spec itself: without its source, and without its range (a study's, not the number's).
    const own = Object.entries(node).filter(([k]) => k !== 'source' && k !== 'range');
    const value = own.length === 1 && own[0]![0] === 'value' ? node.value : Object.fromEntries(own);
    entries.push({ path: formatPath(path), value, source: node.source, assumed: node.source.startsWith('assumption') });
  });
  return entries;
}

/**
 * How many entries cite a reference (`sourced`) and how many are assumptions.
 * @example countProvenance(collectProvenance({ a: { value: 1, source: 'assumption: x' } })); // { sourced: 0, assumed: 1, total: 1 }
 */
export function countProvenance(entries: readonly ProvenanceEntry[]): { sourced: number; assumed: number; total: number } {
  const assumed = entries.filter((e) => e.assumed).length;
  return { sourced: entries.length - assumed, assumed, total: entries.length };
}

/** Counts of a scenario's numbers: raw entries, and distinct facts (see `countDistinctFacts`). */
export interface ProvenanceShare {
  /** Every `{ value, source }` entry, each repetition counted. */
  readonly entries: { readonly sourced: number; readonly assumed: number; readonly total: number };
  /** Distinct facts: distinct (value, citation) pairs. */
  readonly distinct: { readonly sourced: number; readonly assumed: number; readonly total: number };
  /** `distinct.sourced / distinct.total`, 0 for a scenario without numbers. */
  readonly sourcedShare: number;
}

/**
 * What makes two entries the same fact. A sourced entry is its value with the set of reference ids it
 * cites (`[id]` tokens, sorted), so the same reference given for the same value is one fact however the
 * sentence around it is worded, and a source citing no id counts by its whole text. An assumption is its
 * value with its whole text: a belief written once (for example in `nationalDefaults`) and used in many
 * places counts once, while two different reasons for one value are two beliefs. Values compare as JSON.
 */
export function factKey(entry: ProvenanceEntry): string {
  const ids = entry.assumed ? [] : citedReferenceIds(entry.source).sort();
  const citation = ids.length > 0 ? `refs:${ids.join(',')}` : `text:${entry.source}`;
  return `${JSON.stringify(entry.value)}\u0000${citation}`;
}

/**
 * The raw and the distinct counts of sourced and assumed numbers, and the share of distinct facts that
 * are sourced: the figure the project holds each preset to (at least 60%). Pure.
 *
 * @example
 * countDistinctFacts(collectProvenance({ a: { value: 1, source: '[x] one' }, b: { value: 1, source: '[x] the same' }, c: { value: 2, source: 'assumption: y' } }));
 * // { entries: { sourced: 2, assumed: 1, total: 3 }, distinct: { sourced: 1, assumed: 1, total: 2 }, sourcedShare: 0.5 }
 */
export function countDistinctFacts(entries: readonly ProvenanceEntry[]): ProvenanceShare {
  const facts = new Map<string, boolean>();
  for (const entry of entries) facts.set(factKey(entry), entry.assumed);
  const assumed = [...facts.values()].filter(Boolean).length;
  const distinct = { sourced: facts.size - assumed, assumed, total: facts.size };
  return { entries: countProvenance(entries), distinct, sourcedShare: facts.size === 0 ? 0 : distinct.sourced / facts.size };
}

/**
 * Numbers that may stay bare in a preset, as path patterns (`[]` any index, `*` any key, a leading `**.`
 * any prefix). Coordinates of real places and calendar months are facts or structure; the other
 * patterns are fields whose schema takes a plain number only — their sources are comments in the
 * presets, and they leave this list when the schema accepts `{ value, source }` there.
 */
export const UNSOURCED_EXEMPT: readonly { pattern: string; why: string }[] = [
  { pattern: '**.latitude', why: 'coordinates of real places are facts' },
  { pattern: '**.longitude', why: 'coordinates of real places are facts' },
  { pattern: 'hazards.heavySnow.months[]', why: 'calendar months are structure' },
  { pattern: 'hazards.earthquake.regions[].radiusKm', why: 'plain number in the schema' },
  { pattern: 'hazards.earthquake.regions[].depthKm', why: 'plain number in the schema' },
  { pattern: 'hazards.earthquake.regions[].minMagnitude', why: 'plain number in the schema' },
  { pattern: 'hazards.earthquake.regions[].maxMagnitude', why: 'plain number in the schema' },
  { pattern: 'hazards.earthquake.regions[].strikeDeg', why: 'plain number in the schema' },
  { pattern: 'hazards.earthquake.regions[].dipDeg', why: 'plain number in the schema' },
  { pattern: 'services[].monthlyMultipliers.*', why: 'plain number in the schema' },
  { pattern: 'services[].surge.afterJmaIntensityAtLeast', why: 'plain number in the schema' },
  { pattern: 'services[].surge.overDays', why: 'plain number in the schema' },
  { pattern: 'hazards.typhoon.months[]', why: 'calendar months are structure' },
  { pattern: 'hazards.applicationFailures.packages[].releases.months[]', why: 'calendar months are structure' },
];

const patternRegExp = (pattern: string): RegExp => {
  const anyPrefix = pattern.startsWith('**.');
  const escaped = (anyPrefix ? pattern.slice(3) : pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.\\[\\]]+');
  return new RegExp(`^${anyPrefix ? '(?:.*\\.)?' : ''}${escaped}$`);
};

/**
 * Paths of the numbers in a raw scenario input that carry no source — outside every sourced object
 * and not matched by `exempt` — so a test can require that a preset has none. Pure.
 *
 * @example
 * unsourcedNumbers({ municipality: { population: 15000 } }); // ['municipality.population']
 */
export function unsourcedNumbers(input: unknown, exempt: readonly { pattern: string }[] = UNSOURCED_EXEMPT): string[] {
  const patterns = exempt.map((e) => patternRegExp(e.pattern));
  const paths: string[] = [];
  walk(input, [], (node, path) => {
    if (typeof node !== 'number') return;
    const formatted = formatPath(path);
    const shape = formatted.replace(/\[\d+\]/g, '[]');
    if (!patterns.some((p) => p.test(shape))) paths.push(formatted);
  });
  return paths;
}
