import type { MonteCarloStamp } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { shellWord } from '../shell-word.ts';
import { Table } from '../table.ts';
import { code, heading, paragraph, tableBlock, type Block } from './blocks.ts';

/**
 * The command that regenerates a run from the `scenario.resolved.json` written beside its report in
 * folder `out`:
 * the same scenario (by hash), seed, runs, horizon, variants and precision give the same result.json.
 * With a precision target the run may stop early, so the command repeats the target and the maximum.
 * Each argument is shell-quoted (`shellWord`), so the command is one line whatever the folder's name.
 *
 * @example
 * regenerateCommand(result.stamp, 'ja', 'out'); // 'machi run out/scenario.resolved.json --runs 2000 --seed 1 --years 10 --variants onprem --lang ja --out out'
 */
export function regenerateCommand(stamp: MonteCarloStamp, lang: Lang, out = 'out'): string {
  const folder = out.replace(/[\\/]+$/, '');
  const parts = ['machi', 'run', `${folder}/scenario.resolved.json`, '--runs', String(stamp.maxRuns), '--seed', String(stamp.seed), '--years', String(stamp.horizonYears)];
  parts.push('--variants', stamp.variants.join(','));
  if (stamp.precision.requested) parts.push('--precision', String(stamp.precision.relativeHalfWidth));
  parts.push('--lang', lang, '--out', out);
  return parts.map(shellWord).join(' ');
}

/** The run's stamp (version, scenario hash, seed, runs, algorithms) and the command that regenerates it. */
export function stampSection(stamp: MonteCarloStamp, lang: Lang, command?: string): Block[] {
  const t = localeOf(lang).stamp;
  const rows: [string, string][] = [
    ...stampIdentity(stamp, lang),
    [t.replications, `${stamp.runs} / ${stamp.maxRuns}`],
    [t.years, String(stamp.horizonYears)],
    [t.variants, stamp.variants.join(', ')],
    [t.stoppedBy, localeOf(lang).stopReasons[stamp.stoppedBy]],
    ...Object.entries(stamp.algorithms).map(([k, v]): [string, string] => [k, v]),
  ];
  return stampBlocks(rows, stamp, lang, t.regenerate, command ?? regenerateCommand(stamp, lang));
}

/** The rows that identify what ran, first in every stamp: model version, scenario, its hash, the seed. */
export function stampIdentity(stamp: { readonly version: string; readonly scenarioName: string; readonly scenarioSha256: string; readonly seed: number | string }, lang: Lang): [string, string][] {
  const t = localeOf(lang).stamp;
  return [
    [t.version, stamp.version],
    [t.scenario, stamp.scenarioName],
    [t.hash, stamp.scenarioSha256],
    [t.seed, String(stamp.seed)],
  ];
}

/**
 * The stamp section of a report (a run's or a study's): its heading, the item–value table of `rows` (with
 * `data` behind it), and `regenerate` with the command. `tab` places the table (default: a block not
 * listed among the report's tables).
 */
export function stampBlocks(rows: readonly (readonly [string, string])[], data: unknown, lang: Lang, regenerate: string, command: string, tab: (table: Table) => Block = tableBlock): Block[] {
  const t = localeOf(lang).stamp;
  const columns = [
    { key: 'item', label: t.item },
    { key: 'value', label: t.value },
  ];
  return [heading(2, t.heading, 'stamp'), tab(new Table({ id: 'stamp', title: t.title, columns, rows: rows.map((r) => [...r]), data })), paragraph(regenerate), code(command)];
}
