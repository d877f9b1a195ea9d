import { join } from 'node:path';
import { canonicalScenario, replicationsCSV, resultToJSON, type MonteCarloResult, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import { csvHeading, regenerateCommand, renderReport } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';

/** Files a run writes into `--out` (and the report's figures as `figures/<id>.svg`). */
export const RUN_FILES = ['result.json', 'replications.csv', 'scenario.resolved.json', 'report.md', 'report.html'] as const;

/**
 * Writes a Monte Carlo result into `out` all or nothing: result.json, replications.csv (headings in the
 * `--lang` language), scenario.resolved.json, report.md and report.html, and the report's figures.
 * What `machi run`, `compare` (in one process or through a queue) and `merge` write, so that the same
 * study gives the same files whichever way it was computed. Returns the main files' paths.
 *
 * @throws CliError (invalid input) when a file cannot be written; nothing is written then.
 */
export function writeRunOutputs(result: MonteCarloResult, scenario: Scenario, provenance: readonly ProvenanceEntry[], out: string, ctx: Context): string[] {
  const report = renderReport(result, { lang: ctx.lang, scenario, provenance: [...provenance], command: regenerateCommand(result.stamp, ctx.lang, out) });
  try {
    ctx.io.writeFiles([
      { path: join(out, 'result.json'), pieces: [resultToJSON(result)] },
      { path: join(out, 'replications.csv'), pieces: replicationsCSV(result.tables, { heading: csvHeading(ctx.lang, scenario) }) },
      { path: join(out, 'scenario.resolved.json'), pieces: [`${JSON.stringify(JSON.parse(canonicalScenario(scenario)), null, 2)}\n`] },
      { path: join(out, 'report.md'), pieces: [report.toMarkdown()] },
      { path: join(out, 'report.html'), pieces: [report.toHTML()] },
      ...report.figureFiles().map((f) => ({ path: join(out, f.path), pieces: [f.text] })),
    ]);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, ctx.t.cannotWrite(out, error instanceof Error ? error.message : String(error)));
  }
  return RUN_FILES.map((f) => join(out, f));
}
