import { formatIssues, loadScenario, parseText, variantIds } from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { loadPolicy } from './load-policy.ts';
import { scenarioSource } from './scenario-source.ts';

/**
 * `machi validate FILE|PRESET`: a one-line summary of a valid scenario (or policy file), ending in
 * "\n". A file whose top level has `rules` and no `municipality` is checked as a policy: a scenario
 * cannot have `rules`, and examples/town-policy.yaml tells its reader to check it this way.
 *
 * @throws CliError (invalid input, located) listing every issue; (usage) for an unknown preset.
 * @example
 * validateCommand('small-town', ctx); // 'OK: small-town — 仮想町、拠点 …\n'
 */
export function validateCommand(arg: string, ctx: Context): string {
  const { file, text, preset } = scenarioSource(arg, ctx);
  if (!preset && looksLikePolicy(text, file)) {
    const policy = loadPolicy(text, file);
    if (!policy.ok) throw new CliError(EXIT.invalidInput, formatIssues(policy.issues, ctx.lang), true);
    const { id, rules, extends: parent } = policy.value;
    return `${ctx.t.policyOk(file, id, rules.length, parent)}\n`;
  }
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new CliError(EXIT.invalidInput, formatIssues(loaded.issues, ctx.lang), true);
  const { name, sites, systems } = loaded.value;
  return `${ctx.t.scenarioOk(file, name, sites.length, systems.length, variantIds(loaded.value))}\n`;
}

function looksLikePolicy(text: string, file: string): boolean {
  const parsed = parseText(text, file);
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) return false;
  return Object.hasOwn(parsed.data, 'rules') && !Object.hasOwn(parsed.data, 'municipality');
}
