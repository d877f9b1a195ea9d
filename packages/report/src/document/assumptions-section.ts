import type { ProvenanceEntry } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { heading, link, paragraph, tableBlock, type Block } from './blocks.ts';

const valueText = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/**
 * Every number of the scenario with its source: first those marked `assumption` (no reference backs
 * them: the first place to look when a figure surprises), then the sourced ones. Without provenance
 * (a scenario built in code) the section says so rather than staying silent.
 */
export function assumptionsSection(provenance: readonly ProvenanceEntry[] | undefined, lang: Lang): Block[] {
  const t = localeOf(lang).assumptions;
  const blocks: Block[] = [heading(2, t.heading, 'assumptions')];
  if (provenance === undefined) {
    blocks.push(paragraph(t.none));
    return blocks;
  }
  const assumed = provenance.filter((e) => e.assumed);
  const sourced = provenance.filter((e) => !e.assumed);
  blocks.push(paragraph(t.counts(provenance.length, sourced.length, assumed.length)));
  const columns = [
    { key: 'path', label: t.field },
    { key: 'value', label: t.value },
    { key: 'source', label: t.source },
  ];
  const rows = (entries: readonly ProvenanceEntry[]) => entries.map((e) => [e.path, valueText(e.value), e.source]);
  if (assumed.length > 0) blocks.push(tableBlock(new Table({ id: 'assumptions', title: t.assumedTitle, columns, rows: rows(assumed) })));
  if (sourced.length > 0) blocks.push(tableBlock(new Table({ id: 'sources', title: t.sourcedTitle, columns, rows: rows(sourced) })));
  // Web addresses cited in sources become plain links (nothing is fetched; a reader clicks them).
  const urls = [...new Set(provenance.flatMap((e) => e.source.match(/https:\/\/[^\s)>\]]+/g) ?? []))].sort();
  if (urls.length > 0) blocks.push(heading(3, t.webPages), ...urls.map((href) => link(href, href)));
  return blocks;
}
