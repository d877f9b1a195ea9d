import { citedReferenceIds, collectProvenance, countDistinctFacts, presetNames, PRESETS, referenceIndex, referenceShortForm, REFERENCES } from '@machi/scenarios';
import { alignColumns } from './align-columns.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { presetYaml } from './preset-yaml.ts';
import { schemaModeline } from './schema.ts';

/**
 * `machi presets show NAME [--sources]`: the preset as a YAML scenario file (the yaml-language-server
 * line first, so editors check and complete it, then `name`; it validates and runs as it is), or with `sources` every number it holds as aligned
 * `path  value  source` lines, then each reference they cite in its short form (publisher, title, year,
 * address), then two lines of counts: every entry, and the distinct facts with the share sourced.
 *
 * @throws CliError (usage) for an unknown preset.
 * @example
 * presetsShowCommand('small-town', { sources: true }, ctx).split('\n').at(-2); // '異なる事実…: 出典あり … / 仮定 … / 合計 …、出典ありの割合 …%'
 */
export function presetsShowCommand(name: string, options: { sources?: boolean }, ctx: Context): string {
  const presets = presetNames();
  if (!presets.includes(name)) throw new CliError(EXIT.usage, ctx.t.unknownPreset(name, presets));
  if (options.sources !== true) return schemaModeline(ctx.t) + presetYaml(name);
  const entries = collectProvenance(PRESETS[name]!);
  const rows = entries.map((entry) => [entry.path, formatValue(entry.value), entry.source]);
  const share = countDistinctFacts(entries);
  const { sourced, assumed, total } = share.entries;
  const distinct = share.distinct;
  const percent = `${(share.sourcedShare * 100).toFixed(1)}%`;
  return (
    alignColumns([ctx.t.sourceColumns, ...rows], [Infinity, VALUE_WIDTH]) +
    citedReferenceLines(entries.map((e) => e.source), ctx) +
    `${ctx.t.provenanceCount(sourced, assumed, total)}\n` +
    `${ctx.t.distinctFactCount(distinct.sourced, distinct.assumed, distinct.total, percent)}\n`
  );
}

/**
 * `[id]  short form` for every reference the sources cite, in order of first citation, under the heading;
 * nothing when they cite none. An id the project does not carry is listed as unknown rather than dropped.
 */
function citedReferenceLines(sources: readonly string[], ctx: Context): string {
  const lang = ctx.lang;
  const known = referenceIndex(REFERENCES);
  const ids = [...new Set(sources.flatMap(citedReferenceIds))];
  if (ids.length === 0) return '';
  const line = (id: string) => {
    const reference = known.get(id);
    return `[${id}]  ${reference === undefined ? (lang === 'ja' ? '(不明な文献)' : '(unknown reference)') : referenceShortForm(reference, lang)}`;
  };
  return `\n${ctx.t.citedReferences}\n${ids.map(line).join('\n')}\n\n`;
}

// Numbers and most quantity specs fit; a list of bands would widen every line to 200 columns.
const VALUE_WIDTH = 24;

/** A number as written; a quantity spec as its kind and parameters: `lognormal90 [4,24]`. */
function formatValue(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  return entries.length === 1 ? `${entries[0]![0]} ${JSON.stringify(entries[0]![1])}` : JSON.stringify(value);
}
