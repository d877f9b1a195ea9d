import { citedReferenceIds, referenceIndex, REFERENCES, type Reference } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { heading, paragraph, references, type Block } from './blocks.ts';

/** The references a report cites, numbered in order of first citation. */
export interface Bibliography {
  /** Reference id → its number in the report. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly entries: readonly Reference[];
}

const KNOWN = referenceIndex(REFERENCES);

/**
 * Numbers the project references that `sources` cite, 1, 2, … in order of first citation; ids the project
 * does not carry get no number (they stay as written, so a reader sees what was cited). Pure.
 *
 * @example
 * bibliography(['[jshis-2018] 1.5%', 'assumption: x; [jshis-2018] [soumu-ict-bcp]']).numbers; // Map { 'jshis-2018' => 1, 'soumu-ict-bcp' => 2 }
 */
export function bibliography(sources: readonly string[]): Bibliography {
  const numbers = new Map<string, number>();
  const entries: Reference[] = [];
  for (const id of sources.flatMap(citedReferenceIds)) {
    const reference = KNOWN.get(id);
    if (reference === undefined || numbers.has(id)) continue;
    entries.push(reference);
    numbers.set(id, entries.length);
  }
  return { numbers, entries };
}

/**
 * A source string with each cited reference replaced by its number, `[jshis-2018]` → `[3]`, so a table
 * cell points into the bibliography instead of printing ids. Unknown ids are left as written.
 */
export function numberCitations(source: string, numbers: ReadonlyMap<string, number>): string {
  return source.replace(/\[([a-z0-9]+(?:-[a-z0-9]+)*)\]/g, (token, id: string) => {
    const number = numbers.get(id);
    return number === undefined ? token : `[${number}]`;
  });
}

/** The bibliography as a heading, a line saying what it is, and its numbered entries; nothing when empty. */
export function bibliographyBlocks(bib: Bibliography, lang: Lang): Block[] {
  if (bib.entries.length === 0) return [];
  const t = localeOf(lang).bibliography;
  return [
    heading(3, t.heading, 'bibliography'),
    paragraph(t.intro(bib.entries.length)),
    references(
      bib.entries.map((r, i) => ({
        number: i + 1,
        text: `${r.publisher}「${r.title}」(${r.date === 'n.d.' ? t.noDate : r.date})`,
        address: r.address,
        facts: r.facts[lang],
      })),
    ),
  ];
}
