import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { safeId } from '../svg/safe-id.ts';
import type { Block } from './blocks.ts';

// A reference sits in a block's plain text between two private-use characters, which no escaping
// touches and no report text uses; the renderer turns it into the number once every block is known.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const REFERENCE = /\u{E000}(figure|table):([^\u{E000}\u{E001}]+)\u{E001}/gu;

type Kind = 'figure' | 'table';

/**
 * A reference to the figure with this id, for a paragraph or list item: rendered as its number
 * (`図3`, `Figure 3`; in HTML a link to it), whatever else is added before it.
 *
 * @example
 * paragraph(`${figureRef('oep-costYen')}のとおり…`); // 「図7のとおり…」
 */
export const figureRef = (id: string): string => `${OPEN}figure:${id}${CLOSE}`;

/** A reference to the table with this id (see `figureRef`). */
export const tableRef = (id: string): string => `${OPEN}table:${id}${CLOSE}`;

/** The numbers of a document's figures and tables, and their words in its language. */
export interface Numbering {
  /** `図3` / `Figure 3` for a figure or table of the document. */
  label(kind: Kind, id: string): string;
  /** The caption of a numbered figure or table: its number, then `title`. */
  caption(kind: Kind, id: string, title: string): string;
  /** `text` with every reference replaced by `render(kind, id, label)`; throws for an id not in the document. */
  resolve(text: string, render: (kind: Kind, id: string, label: string) => string): string;
}

/**
 * Figures and tables numbered 1, 2, … each in order of appearance in `blocks` (a figure or table
 * that appears twice keeps its first number), so a section added anywhere shifts the numbers after
 * it and every reference follows.
 *
 * @throws RangeError when a reference names a figure or table the document does not have.
 */
export function numbering(blocks: readonly Block[], lang: Lang): Numbering {
  const words = localeOf(lang).numbering;
  const numbers: Record<Kind, Map<string, number>> = { figure: new Map(), table: new Map() };
  for (const block of blocks) {
    if (block.kind === 'figure') numberOnce(numbers.figure, block.figure.id);
    if (block.kind === 'table') numberOnce(numbers.table, block.table.id);
  }
  const label = (kind: Kind, id: string) => {
    const n = numbers[kind].get(id);
    if (n === undefined) throw new RangeError(`a reference to ${kind} "${id}", which this document does not have`);
    return words[kind](n);
  };
  return {
    label,
    caption: (kind, id, title) => words.caption(label(kind, id), title),
    resolve: (text, render) => text.replace(REFERENCE, (_, kind: Kind, id: string) => render(kind, id, label(kind, id))),
  };
}

function numberOnce(numbers: Map<string, number>, id: string): void {
  if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
}

/** The anchor of a numbered figure or table in HTML, which its references link to. */
export const anchorOf = (kind: Kind, id: string): string => `${kind}-${safeId(id)}`;
