/**
 * One public document the project's numbers come from. The project carries these itself so that a reader
 * of a report, of `presets show --sources` or of a case can follow every sourced number to its original:
 * the publisher, the title as published, the date and the address or document number. `facts` restates,
 * in our own words, what the project takes from it — figures and facts, never copied text.
 */
export interface Reference {
  /** The key a source string cites as `[id]`: lower-case letters, digits and hyphens. */
  readonly id: string;
  /** The publisher as it names itself (Japanese bodies in Japanese). */
  readonly publisher: string;
  /** The title as published. */
  readonly title: string;
  /** Publication date, ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `n.d.` when the document shows none. */
  readonly date: string;
  /** A URL, or a document number where the document has no stable address. */
  readonly address: string;
  /** What the project takes from the document, in our own words, in both report languages. */
  readonly facts: { readonly ja: string; readonly en: string };
}

const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REFERENCE_DATE = /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|n\.d\.)$/;
const CITATION = /\[([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

/** Whether a string can be a reference id. */
export function isReferenceId(id: string): boolean {
  return REFERENCE_ID.test(id);
}

/**
 * The reference ids a source string cites, in order of first appearance, each once.
 *
 * @example
 * citedReferenceIds('[ppc-annual-2024] 1,951 reports in FY2024; see also [npa-white-paper-2025]');
 * // ['ppc-annual-2024', 'npa-white-paper-2025']
 */
export function citedReferenceIds(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(CITATION)) if (!ids.includes(match[1]!)) ids.push(match[1]!);
  return ids;
}

/** A lookup by id that refuses two references with one id or an id that cannot be cited. */
export function referenceIndex(references: readonly Reference[]): ReadonlyMap<string, Reference> {
  const index = new Map<string, Reference>();
  for (const reference of references) {
    if (!isReferenceId(reference.id)) throw new RangeError(`reference id "${reference.id}" is not lower-case letters, digits and hyphens`);
    if (index.has(reference.id)) throw new RangeError(`two references have the id "${reference.id}"`);
    if (!REFERENCE_DATE.test(reference.date)) throw new RangeError(`reference "${reference.id}" has the date "${reference.date}", not YYYY, YYYY-MM, YYYY-MM-DD or n.d.`);
    for (const field of ['publisher', 'title', 'address'] as const) {
      if (reference[field].trim() === '') throw new RangeError(`reference "${reference.id}" has no ${field}`);
    }
    if (reference.facts.ja.trim() === '' || reference.facts.en.trim() === '') throw new RangeError(`reference "${reference.id}" states no facts in one of its languages`);
    index.set(reference.id, reference);
  }
  return index;
}

/**
 * A reference as one line a reader can follow: publisher, title, year and address. Japanese titles keep
 * their 「」; others are quoted. Plain text: callers escape it for their medium.
 *
 * @example
 * referenceShortForm({ id: 'x', publisher: '総務省', title: '情報通信白書', date: '2004-07', address: 'https://…', facts }, 'en');
 * // '総務省「情報通信白書」(2004), https://…'
 */
export function referenceShortForm(reference: Reference, lang: 'ja' | 'en'): string {
  const year = reference.date === 'n.d.' ? (lang === 'ja' ? '日付なし' : 'n.d.') : reference.date.slice(0, 4);
  return `${reference.publisher}「${reference.title}」(${year}), ${reference.address}`;
}

/**
 * A source string with each cited reference followed by its short form, so a reader of a case or a
 * terminal can follow it without the bibliography: `[jshis-2018] 1.5%` →
 * `[jshis-2018: 地震調査研究推進本部…「全国地震動予測地図 2018年版」(2018), https://…] 1.5%`. Ids not in
 * `index` stay as written. Plain text.
 */
export function expandCitations(source: string, index: ReadonlyMap<string, Reference>, lang: 'ja' | 'en'): string {
  return source.replace(CITATION, (token, id: string) => {
    const reference = index.get(id);
    return reference === undefined ? token : `[${id}: ${referenceShortForm(reference, lang)}]`;
  });
}
