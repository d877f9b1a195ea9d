import { collectProvenance, formatIssues, loadScenario, parseText, presetNames, PRESETS, type ProvenanceEntry, type Scenario } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { presetYaml } from './preset-yaml.ts';
import { readTextFile } from './read-text-file.ts';

/** A scenario's text and the name its issues are located in (the path, or the preset's name). */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
  readonly preset: boolean;
}

/**
 * The text behind a FILE|PRESET argument: an existing file wins over a preset of the same name.
 *
 * @throws CliError (usage) when `arg` is neither an existing file nor a preset, naming both.
 * @example
 * scenarioSource('small-town', ctx).file; // 'small-town'
 */
export function scenarioSource(arg: string, ctx: Context): ScenarioSource {
  if (ctx.io.fileExists(arg)) return { file: arg, text: readTextFile(arg, ctx), preset: false };
  const presets = presetNames();
  if (presets.includes(arg)) return { file: arg, text: presetYaml(arg), preset: true };
  throw new CliError(EXIT.usage, ctx.t.notFileOrPreset(arg, presets));
}

/**
 * The validated scenario of a FILE|PRESET argument; with `horizonYears`, scripted events after that
 * many simulated years are issues too (they would never happen).
 *
 * @throws CliError (invalid input, located) with every issue of the file in the context's language.
 * @example
 * loadScenarioArg('town.yaml', ctx, 10).scenario.name;
 */
export function loadScenarioArg(arg: string, ctx: Context, horizonYears?: number): { file: string; scenario: Scenario } {
  const { file, text } = scenarioSource(arg, ctx);
  const loaded = loadScenario(text, file, horizonYears === undefined ? {} : { horizonYears });
  if (!loaded.ok) throw new CliError(EXIT.invalidInput, formatIssues(loaded.issues, ctx.lang), true);
  return { file, scenario: loaded.value };
}

/**
 * Every sourced number of a FILE|PRESET argument as written (sources are dropped by validation, so
 * they are read from the text or the preset itself), for a report's "assumptions and sources".
 */
export function provenanceOfArg(arg: string, ctx: Context): ProvenanceEntry[] {
  const { file, text, preset } = scenarioSource(arg, ctx);
  if (preset) return collectProvenance(PRESETS[arg]!);
  const parsed = parseText(text, file);
  return parsed.ok ? collectProvenance(parsed.data) : [];
}
