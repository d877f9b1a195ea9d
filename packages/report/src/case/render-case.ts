import type { Scenario, SimulationResult } from '@machi/scenarios';
import { JUPYTER_DISPLAY, elementFrom, type DocumentLike, type ElementLike, type MimeBundle } from '../displayable.ts';
import { htmlPage } from '../document/html-page.ts';
import type { Figure } from '../figure.ts';
import type { Lang } from '../lang.ts';
import { buildCase } from './build-case.ts';
import type { Block as CaseBlock } from '../document/blocks.ts';
import { blocksToHTML as caseHTML } from '../document/blocks-html.ts';
import { blocksToMarkdown as caseMarkdown, type MarkdownFigures } from '../document/blocks-markdown.ts';
import { caseBlocks } from './case-document.ts';
import { caseGanttFigure } from './case-gantt.ts';
import type { PickedYear } from './pick-year.ts';
import type { VirtualCase } from './virtual-case.ts';

export interface RenderCaseOptions {
  /** The scenario that ran (its names, calendar, cohorts and policy wording). */
  readonly scenario: Scenario;
  /** Simulated year to tell, 0-based. */
  readonly year: number;
  /** Default `ja`. */
  readonly lang?: Lang;
  /** How the year was chosen (`pickYear`), told in the introduction. */
  readonly selection?: PickedYear;
  /** The command that reproduces the case, shown in the introduction. */
  readonly command?: string;
  /** Folder of the figure files `markdown` links to (default `figures`). */
  readonly figureFolder?: string;
}

/**
 * A virtual case rendered: the plain-data `case`, its Gantt `figure`, `markdown` (figures linked as
 * `<figureFolder>/<id>.svg`, see `figureFiles`) and `html` (one self-contained page: inline SVG and
 * CSS, no script). The last expression of a Deno Jupyter cell displays it as HTML and Markdown.
 */
export class RenderedCase {
  readonly case: VirtualCase;
  readonly figure: Figure;
  readonly blocks: readonly CaseBlock[];
  readonly lang: Lang;
  readonly title: string;
  readonly markdown: string;
  readonly html: string;
  readonly #folder: string;

  constructor(vc: VirtualCase, figure: Figure, blocks: readonly CaseBlock[], lang: Lang, folder: string) {
    this.case = vc;
    this.figure = figure;
    this.blocks = blocks;
    this.lang = lang;
    const first = blocks[0];
    this.title = first?.kind === 'heading' ? first.text : vc.town;
    this.#folder = folder;
    this.markdown = caseMarkdown(blocks, lang, { folder });
    this.html = htmlPage({ title: this.title, lang, body: caseHTML(blocks, lang) });
  }

  /** The Markdown; `figures` as links (default, to `figureFiles`), inline data URIs, or left out (for a terminal). */
  toMarkdown(options: { figures?: MarkdownFigures } = {}): string {
    return options.figures === undefined ? this.markdown : caseMarkdown(this.blocks, this.lang, options.figures);
  }

  /** The self-contained HTML page. */
  toHTML(): string {
    return this.html;
  }

  /** The case as one element (`<article>`) of `document`. */
  toElement(document: DocumentLike): ElementLike {
    return elementFrom(document, `<article class="machi-case">${caseHTML(this.blocks, this.lang)}</article>`);
  }

  /** The SVG files `markdown` links to, as `{ path, text }` relative to it. */
  figureFiles(): { path: string; text: string }[] {
    return [{ path: `${this.#folder}/${this.figure.id}.svg`, text: this.figure.toSVG() }];
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return {
      'text/plain': this.toString(),
      'text/markdown': caseMarkdown(this.blocks, this.lang, 'inline'),
      'text/html': `<article class="machi-case">${caseHTML(this.blocks, this.lang)}</article>`,
    };
  }

  /** `VirtualCase(例示町, onprem, replication 0, year 0: 2 incidents)`. */
  toString(): string {
    const vc = this.case;
    return `VirtualCase(${vc.town}, ${vc.variant}, replication ${vc.replication}, year ${vc.year}: ${vc.incidents.length} incidents)`;
  }
}

/**
 * One simulated year of a `simulate` result (run it with `trace: true` for the notes of what happened
 * and what recovery waited for) told as a virtual case in `lang`: a dated tabletop-exercise script with
 * the year's incidents, what stopped and why, who was affected, recovery, thresholds crossed with rule,
 * basis and deadline, personas, the year's metrics and a Gantt chart of the outages against each RTO.
 * Pure: the same result and options give the same bytes; every user text is escaped in both formats.
 *
 * @throws RangeError for a year outside the result's horizon or a variant the scenario does not have.
 * @example
 * const result = simulate(scenario, { variant: 'onprem', seed: 1, replication: 0, horizonYears: 1, trace: true });
 * renderCase(result, { scenario, year: 0, lang: 'ja' }); // displays itself in a notebook
 */
export function renderCase(result: SimulationResult, options: RenderCaseOptions): RenderedCase {
  const lang = options.lang ?? 'ja';
  const vc = buildCase(result, { scenario: options.scenario, year: options.year });
  const figure = caseGanttFigure(vc, { lang, scenario: options.scenario });
  const blocks = caseBlocks(vc, {
    lang,
    scenario: options.scenario,
    figure,
    ...(options.selection ? { selection: options.selection } : {}),
    ...(options.command ? { command: options.command } : {}),
  });
  return new RenderedCase(vc, figure, blocks, lang, options.figureFolder ?? 'figures');
}
