import type { Figure } from '../figure.ts';
import type { Table } from '../table.ts';

/**
 * The pieces a report or a virtual case is made of, rendered once as Markdown and once as HTML. Text is
 * plain: each renderer escapes it for its format, so a town or system named `<script>` stays text.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'figure'; readonly figure: Figure }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'references'; readonly items: readonly BibliographyItem[] };

/** One numbered entry of a bibliography: the anchor `ref-<number>` is what `[number]` citations link to. */
export interface BibliographyItem {
  readonly number: number;
  /** Publisher, title and date. */
  readonly text: string;
  /** The web address or document number. */
  readonly address: string;
  /** What the report takes from it. */
  readonly facts: string;
}

export const heading = (level: 1 | 2 | 3 | 4, text: string, id?: string): Block => ({ kind: 'heading', level, text, ...(id ? { id } : {}) });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export const tableBlock = (table: Table): Block => ({ kind: 'table', table });
export const figureBlock = (figure: Figure): Block => ({ kind: 'figure', figure });
export const code = (text: string): Block => ({ kind: 'code', text });
export const link = (text: string, href: string): Block => ({ kind: 'link', text, href });
export const references = (items: readonly BibliographyItem[]): Block => ({ kind: 'references', items });
