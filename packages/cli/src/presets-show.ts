import { collectProvenance, countProvenance, presetNames, PRESETS } from '@machi/scenarios';
import { alignColumns } from './align-columns.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { presetYaml } from './preset-yaml.ts';

/**
 * `machi presets show NAME [--sources]`: the preset as a YAML scenario file (`name` first; it
 * validates and runs as it is), or with `sources` every number it holds as aligned
 * `path  value  source` lines and a last line counting sourced and assumed numbers.
 *
 * @throws CliError (usage) for an unknown preset.
 * @example
 * presetsShowCommand('small-town', { sources: true }, ctx).split('\n').at(-2); // 'sourced … / assumed … / total …'
 */
export function presetsShowCommand(name: string, options: { sources?: boolean }, ctx: Context): string {
  const presets = presetNames();
  if (!presets.includes(name)) throw new CliError(EXIT.usage, ctx.t.unknownPreset(name, presets));
  if (options.sources !== true) return presetYaml(name);
  const entries = collectProvenance(PRESETS[name]!);
  const rows = entries.map((entry) => [entry.path, formatValue(entry.value), entry.source]);
  const { sourced, assumed, total } = countProvenance(entries);
  return `${alignColumns([ctx.t.sourceColumns, ...rows], [Infinity, VALUE_WIDTH])}${ctx.t.provenanceCount(sourced, assumed, total)}\n`;
}

// Numbers and most quantity specs fit; a list of bands would widen every line to 200 columns.
const VALUE_WIDTH = 24;

/** A number as written; a quantity spec as its kind and parameters: `lognormal90 [4,24]`. */
function formatValue(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  return entries.length === 1 ? `${entries[0]![0]} ${JSON.stringify(entries[0]![1])}` : JSON.stringify(value);
}
