import { elementFrom, JUPYTER_DISPLAY, type CaptionOptions, type Displayable, type DocumentLike, type ElementLike, type MimeBundle } from './displayable.ts';
import { escapeHTML } from './escape.ts';
import { svgDocument, type SvgDocumentInput } from './svg/svg-document.ts';

/** Options of `Figure.toPNG`. */
export interface PngOptions {
  /** Pixels per SVG unit (default 2: sharp when pasted into Word at its drawn size). */
  readonly scale?: number;
}

// A variable specifier: bundlers for the browser do not follow it, and only `toPNG` loads the renderer
// (a native module and a Japanese font, Node only).
const PNG_MODULE = '@machi/report/node';

/**
 * One chart: a standalone SVG with its title, description and the numbers it draws. Plain to build
 * and to compare (the same input gives the same bytes); renders as SVG, as an HTML `<figure>`, as a
 * DOM element, as a Jupyter MIME bundle and (in Node) as PNG.
 *
 * @example
 * const figure = exceedanceFigure(result, { metric: 'costYen', lang: 'ja' });
 * writeFileSync('aep.svg', figure.toSVG());
 */
export class Figure implements Displayable {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** The numbers drawn (also embedded in the SVG as `data-values`). */
  readonly data: unknown;
  readonly #body: string;

  constructor(input: SvgDocumentInput) {
    this.id = input.id;
    this.title = input.title;
    this.description = input.description;
    this.width = input.width;
    this.height = input.height;
    this.data = input.data;
    this.#body = input.body;
  }

  /** The standalone SVG file's text. */
  toSVG(): string {
    return svgDocument({ id: this.id, title: this.title, description: this.description, width: this.width, height: this.height, data: this.data, body: this.#body });
  }

  /** An HTML `<figure>` with the SVG inline and the title (or a document's numbered caption) as caption. */
  toHTML(options: CaptionOptions = {}): string {
    const anchor = options.anchor === undefined ? '' : ` id="${escapeHTML(options.anchor)}"`;
    return `<figure class="machi-figure"${anchor} data-figure="${escapeHTML(this.id)}">${this.toSVG()}<figcaption>${escapeHTML(options.caption ?? this.title)}</figcaption></figure>`;
  }

  toElement(document: DocumentLike): ElementLike {
    return elementFrom(document, this.toHTML());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': `${this.title}\n${this.description}`, 'text/html': this.toHTML(), 'image/svg+xml': this.toSVG() };
  }

  /** A PNG of the figure, drawn with the bundled Japanese font (Node and Deno only). */
  async toPNG(options: PngOptions = {}): Promise<Uint8Array> {
    const { svgToPNG } = (await import(/* @vite-ignore */ PNG_MODULE)) as { svgToPNG: (svg: string, options: PngOptions) => Uint8Array };
    return svgToPNG(this.toSVG(), options);
  }

  toString(): string {
    return `Figure(${this.id})`;
  }
}
