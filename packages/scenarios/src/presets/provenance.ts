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
 * collectProvenance({ municipality: { population: { value: 15000, source: 'base-rates.md#7.3' } } });
 * // [{ path: 'municipality.population', value: 15000, source: 'base-rates.md#7.3', assumed: false }]
 */
export function collectProvenance(input: unknown): ProvenanceEntry[] {
  const entries: ProvenanceEntry[] = [];
  walk(input, [], (node, path) => {
    if (!isSourced(node)) return;
    const keys = Object.keys(node);
    const value = keys.length === 2 && 'value' in node ? node.value : Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'source'));
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
