import type { Basis } from '@machi/scenarios';
import { bibliography, bibliographyBlocks, numberCitations } from '../document/bibliography.ts';
import { heading, list, paragraph, type Block } from '../document/blocks.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

interface RuleNote {
  readonly rule: string;
  readonly basis: Basis;
}

/**
 * The numbered notes of one case: the prose says what the policy required and by when, and points here
 * for why — the rule's basis in the policy's words, its id, kind and source. A basis is written once
 * however many actions and incidents it stands behind, and ids and citations stay out of the exercise. A rule is numbered at its first mention and keeps its number; the sources its notes cite
 * are numbered in turn, in order of first citation, and listed with the facts Machi takes from them.
 *
 * @example
 * const notes = new CaseFootnotes('ja');
 * notes.rule('appi-sensitive', basis); // 1
 * notes.blocks(); // [heading 注, intro, '注1 個人情報保護法68条…(規則「appi-sensitive」、法令)。出典: [1] art. 43(1)', heading 出典, [1] 個人情報保護委員会…]
 */
export class CaseFootnotes {
  readonly #lang: Lang;
  readonly #rules = new Map<string, number>();
  readonly #notes: RuleNote[] = [];

  constructor(lang: Lang) {
    this.#lang = lang;
  }

  /** The number of the note on `rule`, given it at the first call. */
  rule(rule: string, basis: Basis): number {
    let number = this.#rules.get(rule);
    if (number === undefined) {
      this.#notes.push({ rule, basis });
      number = this.#notes.length;
      this.#rules.set(rule, number);
    }
    return number;
  }

  /** The notes section (nothing when no rule was cited): the rule notes, then their sources. */
  blocks(): Block[] {
    if (this.#notes.length === 0) return [];
    const t = localeOf(this.#lang);
    const w = t.case.footnotes;
    const sources = this.#notes.flatMap((n) => (n.basis.source ? [n.basis.source] : []));
    const bib = bibliography(sources);
    const meta = (b: Basis) => t.list.comma([t.basisKinds[b.kind], ...(b.confirmed ? [] : [t.incident.unconfirmed])]);
    const notes = this.#notes.map((n, i) =>
      w.rule(i + 1, n.basis[this.#lang], n.rule, meta(n.basis), n.basis.source ? numberCitations(n.basis.source, bib.numbers) : undefined),
    );
    // The references block of the report's bibliography, under the case's own heading.
    const references = bibliographyBlocks(bib, this.#lang).filter((b) => b.kind === 'references');
    return [
      heading(2, w.heading, 'footnotes'),
      paragraph(w.intro),
      list(notes),
      ...(references.length > 0 ? [heading(3, w.sourcesHeading, 'sources'), ...references] : []),
    ];
  }
}
