/** A MIME bundle as Jupyter kernels (Deno's among them) display it. */
export type MimeBundle = Record<string, string>;

/**
 * The symbol Deno's Jupyter kernel looks for: an object with a method under it displays itself with
 * the MIME bundle that method returns.
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display') as never;

/**
 * The part of a DOM `Document` that `toElement` uses (a browser's, linkedom's or jsdom's); typed here
 * so that the package needs no DOM library types.
 */
export interface DocumentLike {
  createElement(tagName: 'template'): { innerHTML: string; content: { firstElementChild: unknown } };
}

/** A DOM element as `toElement` returns it (`Element` in a browser). */
export type ElementLike = { readonly outerHTML: string };

/** Anything that renders itself to HTML and can be placed in a browser document. */
export interface Displayable {
  toHTML(): string;
  toElement(document: DocumentLike): ElementLike;
  [JUPYTER_DISPLAY](): MimeBundle;
}

/**
 * The first element of `html` made in `document` (a browser's, linkedom's or jsdom's). Nothing runs:
 * reports hold no scripts, and every user text in them is escaped.
 */
export function elementFrom(document: DocumentLike, html: string): ElementLike {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild;
  if (!element) throw new Error('nothing to render');
  return element as ElementLike;
}

/** How a document shows a figure or table in HTML: its numbered caption, and the anchor references link to. */
export interface CaptionOptions {
  /** The caption text (default the title). */
  readonly caption?: string;
  /** An `id` for the element. */
  readonly anchor?: string;
}
