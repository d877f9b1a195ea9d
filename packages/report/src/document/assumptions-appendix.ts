import type { ProvenanceEntry, Scenario } from '@machi/scenarios';
import { fieldLabel } from '@machi/scenarios';
import { csvText } from '../csv/csv-text.ts';
import { JUPYTER_DISPLAY, type MimeBundle } from '../displayable.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { Table } from '../table.ts';
import { assumptionValue } from './assumption-value.ts';
import { assumptionsBlocks, sourceText } from './assumptions-section.ts';
import { blocksToHTML } from './blocks-html.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import { heading, paragraph, type Block } from './blocks.ts';
import { htmlPage } from './html-page.ts';

export interface AssumptionsOptions {
  readonly lang: Lang;
  /** Every sourced number of the scenario as written (`collectProvenance` of the file or preset). */
  readonly provenance?: readonly ProvenanceEntry[];
  /** The scenario that ran: the names of its items in the labels, its policy's sources, its title. */
  readonly scenario?: Scenario;
}

/** The appendix of a report: every number with its source, renderable as HTML, Markdown and CSV. */
export interface AssumptionsAppendix {
  readonly title: string;
  readonly lang: Lang;
  readonly blocks: readonly Block[];
  readonly tables: readonly Table[];
  /** assumptions.html: one self-contained, printable file that looks like report.html. */
  toHTML(): string;
  toMarkdown(): string;
  /** assumptions.csv as text pieces (UTF-8 with BOM, headings in `lang`, text guarded against formulas). */
  toCSV(): Generator<string>;
  [JUPYTER_DISPLAY](): MimeBundle;
}

// The appendix is mostly tables of hundreds of rows: kept whole, each would start on a fresh page and
// leave the one before it blank; split, the browser repeats their headings on every printed page.
const LONG_TABLES_CSS = '\n.machi-table { break-inside: auto; }\n';

/**
 * The appendix of assumptions and sources that a report links to (`machi run` writes it as
 * assumptions.html and assumptions.csv beside report.html): every number of the scenario named by its
 * label, written in its unit, with its source or the reason it is assumed; the numbers built into the
 * model; the numbered bibliography. In `lang`; the reasons the project wrote in English stay in English,
 * and the Japanese appendix says so (each reference carries its Japanese summary). Pure: the same
 * options give the same bytes.
 *
 * @example
 * const appendix = renderAssumptions({ lang: 'ja', scenario, provenance: collectProvenance(PRESETS['small-town']) });
 * writeFileSync('assumptions.html', appendix.toHTML());
 */
export function renderAssumptions(options: AssumptionsOptions): AssumptionsAppendix {
  const { lang, scenario, provenance } = options;
  const t = localeOf(lang).appendix;
  const town = scenario?.name ?? '';
  const title = t.title(town);
  const blocks: Block[] = [
    heading(1, title),
    paragraph(t.intro(town)),
    ...(t.reasonsLanguage === '' ? [] : [paragraph(t.reasonsLanguage)]),
    ...assumptionsBlocks(provenance, lang, scenario),
  ];
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  return {
    title,
    lang,
    blocks,
    tables,
    toHTML: () => htmlPage({ title, lang, body: blocksToHTML(blocks, lang), css: LONG_TABLES_CSS }),
    toMarkdown: () => blocksToMarkdown(blocks, lang, 'inline'),
    toCSV: () => assumptionsCSV(provenance ?? [], lang, scenario),
    [JUPYTER_DISPLAY]: () => ({ 'text/plain': title, 'text/html': blocksToHTML(blocks, lang), 'text/markdown': blocksToMarkdown(blocks, lang, 'inline') }),
  };
}

/** One row per number: its label, its path (for scripts and the YAML), its value in words and as written, assumed or sourced, its source. */
function assumptionsCSV(provenance: readonly ProvenanceEntry[], lang: Lang, scenario: Scenario | undefined): Generator<string> {
  const t = localeOf(lang).appendix;
  const headings = (['label', 'path', 'value', 'raw', 'kind', 'source'] as const).map((key) => `${t.csv[key]} [${key}]`);
  return csvText(
    headings,
    provenance.map((e) => [
      fieldLabel(e.path, lang, scenario),
      e.path,
      assumptionValue(e.path, e.value, lang),
      typeof e.value === 'number' ? e.value : JSON.stringify(e.value),
      e.assumed ? t.assumed : t.sourced,
      sourceText(e.source, lang),
    ]),
  );
}
