import { countDistinctFacts, fieldLabel, HOSTING_KINDS, MODEL_ASSUMPTIONS, resolvePolicy, type ModelAssumption, type ModelAssumptionId, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import { digits } from '../format/digits.ts';
import { formatPercent } from '../format/percent.ts';
import { formatHours, formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { ModelChoice } from '../locales/report-locale.ts';
import { Table } from '../table.ts';
import { assumptionValue } from './assumption-value.ts';
import { bibliography, bibliographyBlocks, numberCitations } from './bibliography.ts';
import { heading, link, paragraph, tableBlock, type Block } from './blocks.ts';

/** Where the appendix is written beside report.html (`machi run`), for the report's links. */
export const ASSUMPTIONS_FILES = { html: 'assumptions.html', csv: 'assumptions.csv' } as const;

const MODEL_ENTRIES = Object.entries(MODEL_ASSUMPTIONS) as [ModelAssumptionId, ModelAssumption][];
const isModelAssumed = ([, a]: [ModelAssumptionId, ModelAssumption]) => a.source.startsWith('assumption:');

/**
 * The report's short account of its numbers: how many there are, how many cite a source (entries and
 * distinct facts), how many of them decide between the options, a table of the areas by their number of
 * assumptions, and links to the appendix that lists them all (`renderAssumptions`). The numbers that
 * matter most are chosen by a rule a reader can check: those that differ by hosting kind or belong to an
 * option (they alone separate the options), and the areas with the most assumptions (where the town's own
 * figures change most). Without provenance (a scenario built in code) it says so.
 */
export function assumptionsSummary(provenance: readonly ProvenanceEntry[] | undefined, lang: Lang, scenario?: Scenario): Block[] {
  const t = localeOf(lang).appendix;
  const blocks: Block[] = [heading(2, localeOf(lang).assumptions.heading, 'assumptions')];
  if (provenance === undefined) return [...blocks, paragraph(localeOf(lang).assumptions.none)];
  const { entries, distinct, sourcedShare } = countDistinctFacts(provenance);
  const deciding = provenance.filter(decidesBetweenOptions);
  blocks.push(
    paragraph(t.counts(entries.total, entries.sourced, entries.assumed, distinct.total, distinct.sourced, formatPercent(sourcedShare))),
    paragraph(t.optionNumbers(deciding.length, deciding.filter((e) => e.assumed).length)),
    tableBlock(areasTable(provenance, lang, scenario)),
    paragraph(t.sectionsNote),
    paragraph(t.modelCount(MODEL_ENTRIES.length, MODEL_ENTRIES.filter(isModelAssumed).length)),
    link(t.seeAppendix, ASSUMPTIONS_FILES.html),
    link(t.csvLink, ASSUMPTIONS_FILES.csv),
  );
  return blocks;
}

/** A number that differs by hosting kind (`annualCostYen.housing`) or belongs to an option (`variants.…`). */
function decidesBetweenOptions({ path }: ProvenanceEntry): boolean {
  const segments = path.split(/[.[\]]+/);
  return segments[0] === 'variants' || segments.some((s) => (HOSTING_KINDS as readonly string[]).includes(s));
}

// Sections that only group others: an area is one hazard, one threat, one provider setting.
const GROUPS = new Set(['hazards', 'threats', 'providers', 'people']);

/** The areas of the scenario (a hazard, the systems, the costs…) with their numbers, most assumptions first. */
function areasTable(provenance: readonly ProvenanceEntry[], lang: Lang, scenario: Scenario | undefined): Table {
  const t = localeOf(lang).appendix;
  const areas = new Map<string, { sourced: number; assumed: number }>();
  for (const entry of provenance) {
    const [first, second] = entry.path.split(/[.[]/);
    const key = GROUPS.has(first!) && second !== undefined ? `${first}.${second}` : first!;
    const area = areas.get(key) ?? { sourced: 0, assumed: 0 };
    area[entry.assumed ? 'assumed' : 'sourced'] += 1;
    areas.set(key, area);
  }
  // Stable sort: areas with as many assumptions keep the order in which the scenario lists them.
  const rows = [...areas].sort(([, a], [, b]) => b.assumed - a.assumed);
  return new Table({
    id: 'assumption-areas',
    title: t.sectionsTitle,
    columns: [
      { key: 'area', label: t.section },
      { key: 'numbers', label: t.numbers, align: 'right' },
      { key: 'sourced', label: t.sourced, align: 'right' },
      { key: 'assumed', label: t.assumed, align: 'right' },
    ],
    rows: rows.map(([key, a]) => [fieldLabel(key, lang, scenario), digits(a.sourced + a.assumed), digits(a.sourced), digits(a.assumed)]),
  });
}

/**
 * Every number of the scenario with its source, each named by its label (`fieldLabel`) and written in
 * its unit (`assumptionValue`): first those marked `assumption` (no reference backs them: the first
 * place to look when a figure surprises), then the sourced ones; then the numbers built into the model
 * itself (`MODEL_ASSUMPTIONS`); then the bibliography of the references all of them and the scenario's
 * response policy cite — the tables print `[n]` for a reference, pointing into it — and any other web
 * pages they name. The body of the appendix (`renderAssumptions`).
 */
export function assumptionsBlocks(provenance: readonly ProvenanceEntry[] | undefined, lang: Lang, scenario?: Scenario): Block[] {
  const t = localeOf(lang).assumptions;
  const blocks: Block[] = [];
  const columns = [
    { key: 'field', label: t.field },
    { key: 'value', label: t.value },
    { key: 'source', label: t.source, citations: true },
  ];
  const policySources = scenario ? resolvePolicy(scenario.policy).rules.map((rule) => rule.basis.source ?? '') : [];
  const modelSources = MODEL_ENTRIES.map(([, a]) => a.source);
  const bib = bibliography([...(provenance ?? []).map((e) => e.source), ...policySources, ...modelSources]);
  const cite = (source: string) => sourceText(numberCitations(source, bib.numbers), lang);
  if (provenance === undefined) blocks.push(paragraph(t.none));
  else {
    const assumed = provenance.filter((e) => e.assumed);
    const sourced = provenance.filter((e) => !e.assumed);
    blocks.push(paragraph(t.counts(provenance.length, sourced.length, assumed.length)));
    const rows = (entries: readonly ProvenanceEntry[]) => entries.map((e) => [fieldLabel(e.path, lang, scenario), assumptionValue(e.path, e.value, lang), cite(e.source)]);
    if (assumed.length > 0) blocks.push(tableBlock(new Table({ id: 'assumptions', title: t.assumedTitle, columns, rows: rows(assumed) })));
    if (sourced.length > 0) blocks.push(tableBlock(new Table({ id: 'sources', title: t.sourcedTitle, columns, rows: rows(sourced) })));
  }
  blocks.push(...modelAssumptionBlocks(lang, columns, cite), ...bibliographyBlocks(bib, lang));
  // Web addresses cited in sources become plain links (nothing is fetched; a reader clicks them); the
  // punctuation of the sentence around one is not part of it.
  const sources = [...(provenance ?? []).map((e) => e.source), ...modelSources];
  const cited = (source: string) => (source.match(/https:\/\/[^\s)>\]]+/g) ?? []).map((url) => url.replace(/[.,;:]+$/, ''));
  const urls = [...new Set(sources.flatMap(cited))].sort();
  if (urls.length > 0) blocks.push(heading(3, t.webPages), ...urls.map((href) => link(href, href)));
  return blocks;
}

/** A source as a reader reads it: a leading `assumption:` in the report's language. */
export function sourceText(source: string, lang: Lang): string {
  return source.replace(/^assumption:\s*/, localeOf(lang).appendix.assumptionPrefix);
}

/** The numbers the model itself uses, what each is, its value in its unit, and its source. */
function modelAssumptionBlocks(lang: Lang, columns: readonly { key: string; label: string }[], cite: (source: string) => string): Block[] {
  const t = localeOf(lang).modelAssumptions;
  const assumed = MODEL_ENTRIES.filter(isModelAssumed).length;
  const value = ({ value, unit }: ModelAssumption): string => {
    if (typeof value === 'string') return t.choices[value as ModelChoice] ?? value;
    if (typeof value !== 'number') return unit === 'factor' ? t.factor(digits(value[0], 2), digits(value[1], 2)) : formatRange(digits(value[0], 2), digits(value[1], 2), lang);
    // A quarter hour is a quarter hour: below 10 hours, two decimals rather than the report's one.
    if (unit === 'hours') return value < 10 ? localeOf(lang).format.hours(digits(value, 2), undefined) : formatHours(value, lang);
    if (unit === 'km') return t.km(digits(value));
    if (unit === 'jmaIntensity') return t.intensity(digits(value, 1));
    return digits(value, 2);
  };
  return [
    paragraph(t.intro(MODEL_ENTRIES.length, MODEL_ENTRIES.length - assumed, assumed)),
    tableBlock(
      new Table({
        id: 'model-assumptions',
        title: t.title,
        columns,
        rows: MODEL_ENTRIES.map(([id, a]) => [t.items[id], value(a), cite(a.source)]),
        data: MODEL_ASSUMPTIONS,
      }),
    ),
  ];
}
