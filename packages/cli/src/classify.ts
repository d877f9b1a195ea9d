import {
  builtInPolicies,
  evaluatePolicy,
  formatIssues,
  loadText,
  NOT_LEGAL_ADVICE,
  outcomeForClassificationSchema,
  type Policy,
} from '@machi/scenarios';
import { classifyTable } from './classify-table.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { loadPolicy } from './load-policy.ts';
import { readTextFile } from './read-text-file.ts';

/**
 * `machi classify FILE [--policy NAME|FILE] [--json]`: the actions a policy (default `jp-municipal`)
 * requires for one incident outcome — a full outcome record from `simulate` or just the classification
 * fields (`examples/leak-outcome.yaml`), in JSON or YAML — as a table with each rule's basis
 * (`classifyTable`), or with `--json` as 2-space JSON `{ actions, notice }`; both end with the
 * not-legal-advice disclaimer in the context's language. A built-in name wins over a file of the same
 * name.
 *
 * @throws CliError (invalid input, located) for an outcome or policy file with issues; (usage) when
 *   the policy is neither a built-in name nor a file.
 * @example
 * classifyCommand('examples/leak-outcome.yaml', { policy: 'examples/town-policy.yaml' }, ctx);
 */
export function classifyCommand(file: string, options: { policy: string; json?: boolean }, ctx: Context): string {
  const policy = policyFromArg(options.policy, ctx);
  const outcome = loadText(outcomeForClassificationSchema, readTextFile(file, ctx), file);
  if (!outcome.ok) throw new CliError(EXIT.invalidInput, formatIssues(outcome.issues, ctx.lang), true);
  const decision = evaluatePolicy(policy, outcome.value);
  const notice = NOT_LEGAL_ADVICE[ctx.lang];
  if (options.json === true) return `${JSON.stringify({ actions: decision.actions, notice }, null, 2)}\n`;
  return `${classifyTable(decision, ctx)}\n${notice}\n`;
}

function policyFromArg(arg: string, ctx: Context): Policy {
  if (Object.hasOwn(builtInPolicies, arg)) return builtInPolicies[arg]!;
  if (!ctx.io.fileExists(arg)) throw new CliError(EXIT.usage, ctx.t.notFileOrPolicy(arg, Object.keys(builtInPolicies)));
  const loaded = loadPolicy(readTextFile(arg, ctx), arg);
  if (!loaded.ok) throw new CliError(EXIT.invalidInput, formatIssues(loaded.issues, ctx.lang), true);
  return loaded.value;
}
