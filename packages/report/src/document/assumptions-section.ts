import { MODEL_ASSUMPTIONS, resolvePolicy, type ModelAssumption, type ModelAssumptionId, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import { digits } from '../format/digits.ts';
import { formatHours, formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import type { ModelChoice } from '../locales/report-locale.ts';
import { Table } from '../table.ts';
import { bibliography, bibliographyBlocks, numberCitations } from './bibliography.ts';
import { heading, link, paragraph, tableBlock, type Block } from './blocks.ts';

const valueText = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/**
 * Every number of the scenario with its source: first those marked `assumption` (no reference backs
 * them: the first place to look when a figure surprises), then the sourced ones; then the numbers
 * built into the model itself (`MODEL_ASSUMPTIONS`); then the bibliography of the references all of them
 * and the scenario's response policy cite — the tables print `[n]` for a reference, pointing into it —
 * and any other web pages they name. Without provenance (a scenario built in code) the section says so
 * rather than staying silent.
 */
export function assumptionsSection(provenance: readonly ProvenanceEntry[] | undefined, lang: Lang, scenario?: Scenario): Block[] {
  const t = localeOf(lang).assumptions;
  const blocks: Block[] = [heading(2, t.heading, 'assumptions')];
  const columns = [
    { key: 'path', label: t.field },
    { key: 'value', label: t.value },
    { key: 'source', label: t.source, citations: true },
  ];
  const policySources = scenario ? resolvePolicy(scenario.policy).rules.map((rule) => rule.basis.source ?? '') : [];
  const modelSources = Object.values(MODEL_ASSUMPTIONS).map((a) => a.source);
  const bib = bibliography([...(provenance ?? []).map((e) => e.source), ...policySources, ...modelSources]);
  const cite = (source: string) => numberCitations(source, bib.numbers);
  if (provenance === undefined) blocks.push(paragraph(t.none));
  else {
    const assumed = provenance.filter((e) => e.assumed);
    const sourced = provenance.filter((e) => !e.assumed);
    blocks.push(paragraph(t.counts(provenance.length, sourced.length, assumed.length)));
    const rows = (entries: readonly ProvenanceEntry[]) => entries.map((e) => [e.path, valueText(e.value), cite(e.source)]);
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

/** The numbers the model itself uses, what each is, its value in its unit, and its source. */
function modelAssumptionBlocks(lang: Lang, columns: readonly { key: string; label: string }[], cite: (source: string) => string): Block[] {
  const t = localeOf(lang).modelAssumptions;
  const entries = Object.entries(MODEL_ASSUMPTIONS) as [ModelAssumptionId, ModelAssumption][];
  const assumed = entries.filter(([, a]) => a.source.startsWith('assumption:')).length;
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
    paragraph(t.intro(entries.length, entries.length - assumed, assumed)),
    tableBlock(
      new Table({
        id: 'model-assumptions',
        title: t.title,
        columns,
        rows: entries.map(([id, a]) => [t.items[id], value(a), cite(a.source)]),
        data: MODEL_ASSUMPTIONS,
      }),
    ),
  ];
}
