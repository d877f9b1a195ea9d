import {
  builtInPolicies,
  evaluatePolicy,
  formatIssues,
  loadText,
  NOT_LEGAL_ADVICE,
  outcomeForClassificationSchema,
  type Policy,
} from '@machi/scenarios';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { loadPolicy } from './load-policy.ts';
import { readTextFile } from './read-text-file.ts';

/**
 * `machi classify FILE [--policy NAME|FILE]`: the actions a policy (default `jp-municipal`) requires
 * for one incident outcome — a full outcome record from `simulate` or just the classification
 * fields, in JSON or YAML — as 2-space JSON `{ actions, notice }` ending in "\n", where `notice` is
 * the not-legal-advice disclaimer in the context's language. A built-in name wins over a file of the
 * same name.
 *
 * @throws CliError (invalid input, located) for an outcome or policy file with issues; (usage) when
 *   the policy is neither a built-in name nor a file.
 * @example
 * classifyCommand('leak.yaml', 'examples/town-policy.yaml', ctx);
 */
export function classifyCommand(file: string, policyArg: string, ctx: Context): string {
  const policy = policyFromArg(policyArg, ctx);
  const outcome = loadText(outcomeForClassificationSchema, readTextFile(file, ctx), file);
  if (!outcome.ok) throw new CliError(EXIT.invalidInput, formatIssues(outcome.issues, ctx.lang), true);
  const { actions } = evaluatePolicy(policy, outcome.value);
  return `${JSON.stringify({ actions, notice: NOT_LEGAL_ADVICE[ctx.lang] }, null, 2)}\n`;
}

function policyFromArg(arg: string, ctx: Context): Policy {
  if (Object.hasOwn(builtInPolicies, arg)) return builtInPolicies[arg]!;
  if (!ctx.io.fileExists(arg)) throw new CliError(EXIT.usage, ctx.t.notFileOrPolicy(arg, Object.keys(builtInPolicies)));
  const loaded = loadPolicy(readTextFile(arg, ctx), arg);
  if (!loaded.ok) throw new CliError(EXIT.invalidInput, formatIssues(loaded.issues, ctx.lang), true);
  return loaded.value;
}
