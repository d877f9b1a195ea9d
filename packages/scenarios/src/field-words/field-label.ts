import type { Lang } from '../load/index.ts';
import { PRESET_LEAK_CAUSE_NAMES } from '../presets/leak-cause-name.ts';
import { fieldWords } from './field-words.ts';

// Sections that only group others: "Hazards › Earthquake: …" says no more than "Earthquake: …".
const GROUPS = new Set(['hazards', 'threats', 'providers', 'people']);

// Maps keyed by the id of an item of a top-level list: the key is shown by that item's name.
const KEYED_BY: Readonly<Record<string, string>> = {
  'variants.systems': 'systems',
  'variants.links': 'links',
  'variants.sites': 'sites',
  depthAboveGroundMBySite: 'sites',
  intensityBySite: 'sites',
};

interface Piece {
  readonly text: string;
  /** Names one item (a leak, a site): the field label's subject. */
  readonly named: boolean;
}

/**
 * A field of a scenario as people read it, in `lang`: `threats.leaks[1].dataClassProbability.myNumber`
 * → `漏えい「誤送信」: マイナンバーを含む確率` / `Leak "mis-sent mail": probability it includes My Number`.
 * A list item or a map entry keyed by an id is named by its own name (or label, or the name of the site
 * it is at, or its id, or its number from 1) read from `scenario` when given; sections that only group
 * others are left out; the part after the colon is the field within the item. A name no field carries
 * is shown as written, so a label is never lost. Pure.
 *
 * @example
 * fieldLabel('municipality.population', 'en'); // 'Town: Population'
 */
export function fieldLabel(path: string, lang: Lang, scenario?: unknown): string {
  const pieces: Piece[] = [];
  let node: unknown = scenario;
  let parent: string | undefined;
  let grandparent: string | undefined;
  const segments = splitPath(path);
  // After a field whose words word its entries (a list or a map), the next segment is an index or a key.
  let entries = false;
  segments.forEach((segment, i) => {
    const child = at(node, segment);
    if (typeof segment === 'number') {
      replaceLast(pieces, entryText(parent, grandparent, itemName(child, segment, lang, scenario, parent), lang));
    } else if (entries && !isIdKeyed(parent!, grandparent) && fieldWords(segment, undefined, lang) !== undefined) {
      pieces[pieces.length - 1] = { text: entryText(parent, grandparent, fieldWords(segment, undefined, lang)!.label, lang), named: false };
    } else if (entries) {
      replaceLast(pieces, entryText(parent, grandparent, quote(keyName(segment, parent, grandparent, lang, scenario, child), lang), lang));
    } else {
      const label = fieldWords(segment, parent, lang)?.label ?? segment;
      if (!(i === 0 && GROUPS.has(segment) && segments.length > 1)) pieces.push({ text: label, named: false });
      [grandparent, parent] = [parent, segment];
      entries = fieldWords(segment, grandparent, lang)?.entry !== undefined;
      node = child;
      return;
    }
    entries = false;
    node = child;
  });
  return joinPieces(pieces);
}

function isIdKeyed(parent: string, grandparent: string | undefined): boolean {
  return parent === 'variants' || keyList(parent, grandparent) !== undefined;
}

function replaceLast(pieces: Piece[], text: string): void {
  if (pieces.length > 0) pieces.pop();
  pieces.push({ text, named: true });
}

/** `Leak %s` with the key: the map's or list's entry words, else its label and the key. */
function entryText(parent: string | undefined, grandparent: string | undefined, key: string, lang: Lang): string {
  const words = parent === undefined ? undefined : fieldWords(parent, grandparent, lang);
  if (words?.entry !== undefined) return words.entry.replace('%s', key);
  return words === undefined ? key : `${words.label}${lang === 'ja' ? '' : ' '}${key}`;
}

function quote(name: string, lang: Lang): string {
  return lang === 'ja' ? `「${name}」` : `"${name}"`;
}

/** `a.b[1].c` → `['a', 'b', 1, 'c']`. */
function splitPath(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const [head, ...indices] = part.split('[');
    return [...(head === '' ? [] : [head!]), ...indices.map((i) => Number(i.replace(']', '')))];
  });
}

function at(node: unknown, segment: string | number): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return Object.hasOwn(node, segment) ? (node as Record<string | number, unknown>)[segment] : undefined;
}

/** A name as a scenario writes it: one string, or `{ ja, en }`. */
function textOf(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value;
  const localized = at(value, lang);
  return typeof localized === 'string' ? localized : undefined;
}

/** A list item's name, quoted (a leak cause without one: the presets' name for its id); its number from 1 when it has none. */
function itemName(item: unknown, index: number, lang: Lang, scenario: unknown, list: string | undefined): string {
  const site = at(item, 'site');
  const id = at(item, 'id');
  const name =
    textOf(at(item, 'name'), lang) ??
    (list === 'leaks' && typeof id === 'string' && Object.hasOwn(PRESET_LEAK_CAUSE_NAMES, id) ? textOf(PRESET_LEAK_CAUSE_NAMES[id], lang) : undefined) ??
    textOf(at(item, 'label'), lang) ??
    (typeof site === 'string' ? nameOfId(scenario, 'sites', site, lang) : undefined) ??
    textOf(at(item, 'id'), lang);
  return name === undefined ? String(index + 1) : quote(name, lang);
}

/** The top-level list whose item ids key the map `parent`, if it is one. */
function keyList(parent: string | undefined, grandparent: string | undefined): string | undefined {
  return KEYED_BY[`${grandparent}.${parent}`] ?? (parent === undefined ? undefined : KEYED_BY[parent]);
}

function keyName(key: string, parent: string | undefined, grandparent: string | undefined, lang: Lang, scenario: unknown, entry: unknown): string {
  if (parent === 'variants') return textOf(at(entry, 'label'), lang) ?? key;
  const list = keyList(parent, grandparent);
  return (list === undefined ? undefined : nameOfId(scenario, list, key, lang)) ?? key;
}

function nameOfId(scenario: unknown, list: string, id: string, lang: Lang): string | undefined {
  const items = at(scenario, list);
  if (!Array.isArray(items)) return undefined;
  const item = items.find((i) => at(i, 'id') === id);
  return item === undefined ? undefined : textOf(at(item, 'name'), lang);
}

/** Pieces joined by `›`, with a colon after the last named one (or after the first, when none is named). */
function joinPieces(pieces: readonly Piece[]): string {
  const subject = Math.max(0, pieces.map((p) => p.named).lastIndexOf(true));
  return pieces.map((p, i) => (i === 0 ? p.text : `${i === subject + 1 ? ': ' : ' › '}${p.text}`)).join('');
}
