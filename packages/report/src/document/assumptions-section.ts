import type { ProvenanceEntry } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { heading, link, paragraph, tableBlock, type Block } from './blocks.ts';

const valueText = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/**
 * Every number of the scenario with its source: first those marked `assumption` (no reference backs
 * them: the first place to look when a figure surprises), then the sourced ones. Without provenance
 * (a scenario built in code) the section says so rather than staying silent.
 */
export function assumptionsSection(provenance: readonly ProvenanceEntry[] | undefined, lang: Lang): Block[] {
  const ja = lang === 'ja';
  const blocks: Block[] = [heading(2, ja ? '前提と出典' : 'Assumptions and sources', 'assumptions')];
  if (provenance === undefined) {
    blocks.push(paragraph(ja ? 'このシナリオには出典の情報がありません(コードで組み立てたシナリオなど)。' : 'This scenario carries no sources (it was built in code).'));
    return blocks;
  }
  const assumed = provenance.filter((e) => e.assumed);
  const sourced = provenance.filter((e) => !e.assumed);
  blocks.push(
    paragraph(
      ja
        ? `数値${provenance.length}件のうち、出典のある数値が${sourced.length}件、出典のない仮定(assumption)が${assumed.length}件です。仮定の値は町の実情に合わせて見直してください。`
        : `Of ${provenance.length} numbers, ${sourced.length} cite a source and ${assumed.length} are assumptions; review the assumptions against the town's own figures.`,
    ),
  );
  const columns = [
    { key: 'path', label: ja ? '項目' : 'field' },
    { key: 'value', label: ja ? '値' : 'value' },
    { key: 'source', label: ja ? '出典・根拠' : 'source' },
  ];
  const rows = (entries: readonly ProvenanceEntry[]) => entries.map((e) => [e.path, valueText(e.value), e.source]);
  if (assumed.length > 0) blocks.push(tableBlock(new Table({ id: 'assumptions', title: ja ? '仮定(出典なし)' : 'Assumptions (no source)', columns, rows: rows(assumed) })));
  if (sourced.length > 0) blocks.push(tableBlock(new Table({ id: 'sources', title: ja ? '出典のある数値' : 'Sourced numbers', columns, rows: rows(sourced) })));
  // Web addresses cited in sources become plain links (nothing is fetched; a reader clicks them).
  const urls = [...new Set(provenance.flatMap((e) => e.source.match(/https:\/\/[^\s)>\]]+/g) ?? []))].sort();
  if (urls.length > 0) blocks.push(heading(3, ja ? '出典のウェブページ' : 'Web pages cited'), ...urls.map((href) => link(href, href)));
  return blocks;
}
