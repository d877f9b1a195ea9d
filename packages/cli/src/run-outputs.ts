import { join } from 'node:path';
import { canonicalScenario, replayIncidents, resultToJSON, type MonteCarloResult, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import { exceedanceCSV, incidentsCSV, regenerateCommand, renderAssumptions, renderReport, replicationsCsvOf, shellWord, summaryCSV, type UncertaintyStudies } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import type { PngRenderer } from './png-renderer.ts';
import type { FileToWrite } from './write-files.ts';

/** Files a run writes into `--out` (and the report's figures as `figures/<id>.svg`). */
export const RUN_FILES = ['result.json', 'replications.csv', 'exceedance.csv', 'summary.csv', 'scenario.resolved.json', 'report.md', 'report.html', 'assumptions.html', 'assumptions.csv'] as const;

/** What a run writes beyond `RUN_FILES` when asked. */
export interface ExtraOutputs {
  /** `incidents.csv`, one row per incident (`--incidents`): simulates every replication again. */
  readonly incidents?: boolean;
  /** Draws `figures/<id>.png` beside each SVG (`--png`; see `loadPngRenderer`). */
  readonly png?: PngRenderer;
  /** Studies of input uncertainty the report includes (`--study`), and the files they were read from (for the command). */
  readonly studies?: { readonly studies: UncertaintyStudies; readonly files: readonly string[] };
}

/**
 * Writes a Monte Carlo result into `out` all or nothing: result.json, the CSV tables for Excel (UTF-8
 * with BOM, headings in the `--lang` language: replications.csv, exceedance.csv, summary.csv, and with
 * `incidents` incidents.csv), scenario.resolved.json, report.md and report.html, the report's appendix of
 * assumptions and sources (assumptions.html, and assumptions.csv for Excel), and the report's
 * figures as SVG (with `png`, as PNG too). What `machi run`, `compare` (in one process or through a
 * queue) and `merge` write, so that the same study gives the same files whichever way it was computed:
 * incidents.csv is simulated again from the seed (`replayIncidents`), so it does not depend on how the
 * run was split either. Returns the main files' paths.
 *
 * @throws CliError (invalid input) when a file cannot be written; nothing is written then.
 */
export function writeRunOutputs(
  result: MonteCarloResult,
  scenario: Scenario,
  provenance: readonly ProvenanceEntry[],
  out: string,
  ctx: Context,
  extra: ExtraOutputs = {},
): string[] {
  const command = [regenerateCommand(result.stamp, ctx.lang, out), ...(extra.studies?.files ?? []).map((f) => `--study ${shellWord(f)}`)].join(' ');
  const uncertainty = extra.studies === undefined ? {} : { uncertainty: extra.studies.studies };
  const report = renderReport(result, { lang: ctx.lang, scenario, provenance: [...provenance], command, ...uncertainty });
  const appendix = renderAssumptions({ lang: ctx.lang, scenario, provenance });
  const csv = { lang: ctx.lang, scenario };
  const figures = report.figureFiles();
  const files: FileToWrite[] = [
    { path: join(out, 'result.json'), pieces: [resultToJSON(result)] },
    { path: join(out, 'replications.csv'), pieces: replicationsCsvOf(result, csv) },
    { path: join(out, 'exceedance.csv'), pieces: exceedanceCSV(result, csv) },
    { path: join(out, 'summary.csv'), pieces: summaryCSV(result, csv) },
    ...(extra.incidents ? [{ path: join(out, 'incidents.csv'), pieces: incidentsCSV(replayIncidents(scenario, result.stamp), csv) }] : []),
    { path: join(out, 'scenario.resolved.json'), pieces: [`${JSON.stringify(JSON.parse(canonicalScenario(scenario)), null, 2)}\n`] },
    { path: join(out, 'report.md'), pieces: [report.toMarkdown()] },
    { path: join(out, 'report.html'), pieces: [report.toHTML()] },
    { path: join(out, 'assumptions.html'), pieces: [appendix.toHTML()] },
    { path: join(out, 'assumptions.csv'), pieces: appendix.toCSV() },
    ...figures.map((f) => ({ path: join(out, f.path), pieces: [f.text] })),
    ...(extra.png ? figures.map((f) => ({ path: join(out, f.path.replace(/\.svg$/, '.png')), pieces: drawnWhenWritten(extra.png!, f.text) })) : []),
  ];
  try {
    ctx.io.writeFiles(files);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return [...RUN_FILES, ...(extra.incidents ? ['incidents.csv'] : [])].map((f) => join(out, f));
}

// Drawn when written, one at a time, so that only one PNG is in memory.
function* drawnWhenWritten(png: PngRenderer, svg: string): Generator<Uint8Array> {
  yield png(svg);
}
