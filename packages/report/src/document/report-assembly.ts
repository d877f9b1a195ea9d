import { JUPYTER_DISPLAY } from '../displayable.ts';
import type { Figure } from '../figure.ts';
import type { Lang } from '../lang.ts';
import type { Table } from '../table.ts';
import { figureBlock, tableBlock, type Block } from './blocks.ts';
import { blocksToHTML } from './blocks-html.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import { htmlPage } from './html-page.ts';
import type { Report } from './render-report.ts';

/** The figures and tables of a report as its sections add them: `fig` and `tab` record one and return its block. */
export interface ReportParts {
  readonly figures: Figure[];
  readonly tables: Table[];
  /** Charts for analysts: written as files beside the report and linked from it, not printed in it. */
  readonly files: Figure[];
  readonly fig: (figure: Figure) => Block;
  readonly tab: (table: Table) => Block;
}

/** An empty `ReportParts`, for the sections of one report to fill in document order. */
export function reportParts(): ReportParts {
  const figures: Figure[] = [];
  const tables: Table[] = [];
  return { figures, tables, files: [], fig: (f) => (figures.push(f), figureBlock(f)), tab: (t) => (tables.push(t), tableBlock(t)) };
}

/**
 * A `Report` of finished blocks: Markdown with figures linked as `<figureFolder>/<id>.svg` (default
 * `figures`), one self-contained HTML page, the SVG files (printed and linked-only), and the notebook display. What every report
 * of the package (a run's, a study's) hands back, so they render alike.
 */
export function assembleReport(title: string, lang: Lang, blocks: readonly Block[], parts: ReportParts, figureFolder = 'figures'): Report {
  const { figures, tables, files } = parts;
  return {
    title,
    lang,
    blocks,
    figures,
    tables,
    toMarkdown: () => blocksToMarkdown(blocks, lang, { folder: figureFolder }),
    toHTML: () => htmlPage({ title, lang, body: blocksToHTML(blocks, lang) }),
    figureFiles: () => [...figures, ...files].map((f) => ({ path: `${figureFolder}/${f.id}.svg`, text: f.toSVG() })),
    [JUPYTER_DISPLAY]: () => ({ 'text/plain': `${title}: ${figures.length} figures, ${tables.length} tables`, 'text/html': blocksToHTML(blocks, lang), 'text/markdown': blocksToMarkdown(blocks, lang, 'inline') }),
  };
}
