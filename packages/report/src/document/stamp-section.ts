import type { MonteCarloStamp } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
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
  const ja = lang === 'ja';
  const rows: [string, string][] = [
    [ja ? 'Machi のバージョン' : 'Machi version', stamp.version],
    [ja ? 'シナリオ' : 'scenario', stamp.scenarioName],
    [ja ? 'シナリオのハッシュ (SHA-256)' : 'scenario hash (SHA-256)', stamp.scenarioSha256],
    [ja ? '乱数の種 (seed)' : 'seed', String(stamp.seed)],
    [ja ? '試行数' : 'replications', `${stamp.runs} / ${stamp.maxRuns}`],
    [ja ? '1試行の年数' : 'years per replication', String(stamp.horizonYears)],
    [ja ? '案' : 'options', stamp.variants.join(', ')],
    [ja ? '停止理由' : 'stopped by', stamp.stoppedBy],
    ...Object.entries(stamp.algorithms).map(([k, v]): [string, string] => [k, v]),
  ];
  return [
    heading(2, ja ? '再現のための情報' : 'Stamp and how to regenerate', 'stamp'),
    tableBlock(new Table({ id: 'stamp', title: ja ? '実行の記録' : 'Run stamp', columns: [{ key: 'item', label: ja ? '項目' : 'item' }, { key: 'value', label: ja ? '値' : 'value' }], rows, data: stamp })),
    paragraph(
      ja
        ? 'このレポートの隣にある scenario.resolved.json から、次のコマンドで同じ result.json を作り直せます(どの計算機・ワーカー数でも同じバイト列になります)。'
        : 'The scenario.resolved.json beside this report regenerates the same result.json with this command (byte for byte, on any machine and any number of workers):',
    ),
    code(command ?? regenerateCommand(stamp, lang)),
  ];
}
